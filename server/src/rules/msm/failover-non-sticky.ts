import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** failoverNodes "must not be used for non-sticky sessions". */
export const failoverNonSticky: XmlRule = {
  meta: {
    id: 'msm/failover-non-sticky',
    defaultSeverity: 'error',
    description: 'failoverNodes with sticky="false".',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      // With redis failoverNodes is never read (msm/failover-ignored), with couchbase it is refused (msm/failover-single-node).
      if (m.sticky || !m.failoverAttribute || m.failoverIds.length === 0 || m.nodes.form === 'redis' || m.nodes.form === 'couchbase') continue;
      context.report({
        start: m.failoverAttribute.valueStart,
        end: m.failoverAttribute.valueEnd,
        message: 'failoverNodes must not be used for non-sticky sessions (msm\'s own words): in non-sticky mode every request reads the session from memcached, and msm picks primary and backup nodes itself. Remove failoverNodes.',
        related: m.stickyAttribute ? [{ start: m.stickyAttribute.valueStart, end: m.stickyAttribute.valueEnd, message: 'non-sticky here' }] : undefined,
      });
    }
  },
};
