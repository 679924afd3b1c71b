import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** With a redis URL msm never reads failoverNodes. */
export const failoverIgnored: XmlRule = {
  meta: {
    id: 'msm/failover-ignored',
    defaultSeverity: 'warning',
    description: 'failoverNodes with a redis URL is never read.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (m.nodes.form !== 'redis' || !m.failoverAttribute || m.failoverIds.length === 0) continue;
      context.report({
        start: m.failoverAttribute.valueStart,
        end: m.failoverAttribute.valueEnd,
        message: 'failoverNodes is ignored with redis: msm never reads it for a redis:// URL. Redis failover is redis\'s own (replication, Sentinel).',
      });
    }
  },
};
