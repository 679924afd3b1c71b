import type { XmlRule } from '../rule';
import { classOf, clusterParts, DELTA_MANAGER } from './clusterParts';
import { configuredElements } from './configuredElements';

const SESSION_LISTENER = 'org.apache.catalina.ha.session.ClusterSessionListener';

/** Declared ClusterListeners replace the implicit ClusterSessionListener, which DeltaManager needs to receive session messages. */
export const sessionListenerMissing: XmlRule = {
  meta: {
    id: 'tomcat/session-listener-missing',
    defaultSeverity: 'warning',
    description: 'The Cluster declares ClusterListeners but not ClusterSessionListener while the manager is a DeltaManager.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const parts = clusterParts(element);
      if (parts.managerClass !== DELTA_MANAGER || parts.clusterListeners.length === 0) continue;
      if (parts.clusterListeners.some((l) => classOf(l) === SESSION_LISTENER)) continue;
      report({
        start: element.nameStart,
        end: element.nameEnd,
        message: 'This Cluster declares ClusterListeners but not ClusterSessionListener: declared listeners replace the default one, and without it a DeltaManager never receives the other nodes\' session messages.',
        related: parts.clusterListeners.map((l) => ({ start: l.nameStart, end: l.nameEnd, message: 'a declared ClusterListener' })),
      });
    }
  },
};
