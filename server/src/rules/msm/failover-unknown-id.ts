import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** A failoverNodes id that memcachedNodes does not define: msm throws "Invalid failover node id". */
export const failoverUnknownId: XmlRule = {
  meta: {
    id: 'msm/failover-unknown-id',
    defaultSeverity: 'error',
    description: 'A failoverNodes id is not in memcachedNodes.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (m.nodes.form !== 'memcached' || m.nodes.nodes.length < 2) continue;
      const ids = m.nodes.nodes.map((n) => n.id!);
      for (const token of m.failoverIds) {
        if (ids.includes(token.text)) continue;
        context.report({
          start: token.start,
          end: token.end,
          message: `Failover node "${token.text}" is not in memcachedNodes (its ids: ${ids.join(', ')}); msm stops with "Invalid failover node id ${token.text}: not existing in memcachedNodes".`,
        });
      }
    }
  },
};
