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
            message: `EncryptInterceptor must be the last interceptor (only TcpFailureDetector may follow it); ${after.map((i) => simpleName(classOf(i))).join(', ')} come${after.length === 1 ? 's' : ''} after it, so they see encrypted bytes.`,
            related: after.map((i) => ({ ...classRange(i), message: 'after EncryptInterceptor' })),
          });
        }
      }
      const staticIndex = classes.indexOf(STATIC_MEMBERSHIP);
      if (staticIndex >= 0) {
        const detector = classes.indexOf(FAILURE_DETECTOR);
        if (detector > staticIndex) {
          report({
            ...classRange(interceptors[staticIndex]),
            message: 'StaticMembershipInterceptor must come after TcpFailureDetector (the docs), so that the detector sees the static members.',
            related: [{ ...classRange(interceptors[detector]), message: 'TcpFailureDetector' }],
          });
        }
        if (detector < 0 && !classes.includes(PING)) {
          report({
            ...classRange(interceptors[staticIndex]),
            message: 'StaticMembershipInterceptor without TcpFailureDetector or TcpPingInterceptor: nothing notices a static member going away (Tomcat warns at start). Add TcpFailureDetector before it.',
          });
        }
      }
    }
  },
};
