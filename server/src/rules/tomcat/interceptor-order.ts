import { simpleName } from '../../model/tomcat/configElements';
import type { XmlRule } from '../rule';
import { classOf, classRange, clusterParts } from './clusterParts';
import { configuredElements } from './configuredElements';

const PACKAGE = 'org.apache.catalina.tribes.group.interceptors.';
const ENCRYPT = `${PACKAGE}EncryptInterceptor`;
const FAILURE_DETECTOR = `${PACKAGE}TcpFailureDetector`;
const STATIC_MEMBERSHIP = `${PACKAGE}StaticMembershipInterceptor`;
const PING = `${PACKAGE}TcpPingInterceptor`;

/**
 * Interceptors run in server.xml order when sending (reverse when receiving):
 * EncryptInterceptor last but before TcpFailureDetector, StaticMembershipInterceptor
 * after TcpFailureDetector and with TcpFailureDetector or TcpPingInterceptor.
 */
export const interceptorOrder: XmlRule = {
  meta: {
    id: 'tomcat/interceptor-order',
    defaultSeverity: 'warning',
    description: 'Channel interceptors are in an order (or combination) that does not work as intended.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const interceptors = clusterParts(element).interceptors;
      const classes = interceptors.map(classOf);
      const encrypt = classes.indexOf(ENCRYPT);
      if (encrypt >= 0) {
        const after = interceptors.slice(encrypt + 1).filter((i) => classOf(i) !== FAILURE_DETECTOR);
        if (after.length > 0) {
          report({
            ...classRange(interceptors[encrypt]),
            message: `EncryptInterceptor must be the last interceptor (only TcpFailureDetector may follow it); ${after.map((i) => simpleName(classOf(i))).join(', ')} ${after.length === 1 ? 'comes after it and sees' : 'come after it and see'} encrypted bytes.`,
            related: after.map((i) => ({ ...classRange(i), message: 'after EncryptInterceptor' })),
          });
        }
      }
      const staticIndex = classes.indexOf(STATIC_MEMBERSHIP);
      if (staticIndex >= 0) {
        // StaticMembershipInterceptor.start() looks for both among the interceptors before it, and warns for each one missing.
        const before = classes.slice(0, staticIndex);
        for (const [needed, role] of [
          [FAILURE_DETECTOR, 'notices a static member going away'],
          [PING, 'keeps the static members pinged so they count as alive'],
        ] as const) {
          if (before.includes(needed)) continue;
          const after = classes.indexOf(needed, staticIndex + 1);
          report({
            ...classRange(interceptors[staticIndex]),
            message:
              after >= 0
                ? `StaticMembershipInterceptor must come after ${simpleName(needed)}, which ${role}; Tomcat only sees the interceptors before it and warns at start.`
                : `StaticMembershipInterceptor without ${simpleName(needed)} before it: nothing ${role.replace(/^(\w+)s /, '$1s ')} (Tomcat warns at start). Add ${simpleName(needed)} before it.`,
            related: after >= 0 ? [{ ...classRange(interceptors[after]), message: simpleName(needed) }] : undefined,
          });
        }
      }
    }
  },
};
