import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** Every node listed as a failover node: none is left to store sessions in normally. */
export const failoverAllNodes: XmlRule = {
  meta: {
    id: 'msm/failover-all-nodes',
    defaultSeverity: 'error',
    description: 'Every memcached node is listed in failoverNodes.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (m.nodes.form !== 'memcached' || m.nodes.nodes.length < 2 || !m.failoverAttribute) continue;
      const failover = new Set(m.failoverIds.map((t) => t.text));
      if (!m.nodes.nodes.every((n) => failover.has(n.id!))) continue;
      context.report({
        start: m.failoverAttribute.valueStart,
        end: m.failoverAttribute.valueEnd,
        message: 'Every memcached node is a failover node, so no node is left to store sessions in normally ("All nodes are also configured as failover nodes"). List only the memcached on this Tomcat\'s own host.',
      });
    }
  },
};
