import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** failoverNodes with a single memcached node or with couchbase buckets: msm throws. */
export const failoverSingleNode: XmlRule = {
  meta: {
    id: 'msm/failover-single-node',
    defaultSeverity: 'error',
    description: 'failoverNodes with a single memcached node or with couchbase URLs.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (!m.failoverAttribute || m.failoverIds.length === 0) continue;
      const single = m.nodes.form === 'single' || (m.nodes.form === 'memcached' && m.nodes.nodes.length === 1 && m.nodes.invalid.length === 0);
      const couchbase = m.nodes.form === 'couchbase';
      if (!single && !couchbase) continue;
      context.report({
        start: m.failoverAttribute.valueStart,
        end: m.failoverAttribute.valueEnd,
        message: couchbase
          ? 'failoverNodes cannot be used with couchbase buckets (msm refuses it); remove it.'
          : 'failoverNodes with a single memcached node: there is no other node to fail over from, and msm refuses to start ("For a single memcached node there should/must no failoverNodes be specified").',
      });
    }
  },
};
