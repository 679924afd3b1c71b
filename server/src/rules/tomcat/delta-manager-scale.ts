import { descendants } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { clusterParts, DELTA_MANAGER } from './clusterParts';
import { configuredElements } from './configuredElements';

/** Cluster members beyond which all-to-all replication stops scaling (the Tomcat docs: "more than 4 nodes or so"). */
const MAX_NODES = 4;

/**
 * DeltaManager replicates every session to every node; the docs advise
 * BackupManager beyond about four nodes. Counts the static members the
 * Cluster lists (plus this node).
 */
export const deltaManagerScale: XmlRule = {
  meta: {
    id: 'tomcat/delta-manager-scale',
    defaultSeverity: 'information',
    description: 'DeltaManager (all-to-all replication) in a cluster of more than 4 nodes.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const parts = clusterParts(element);
      if (parts.managerClass !== DELTA_MANAGER || !parts.channel) continue;
      const members = descendants(parts.channel, 'Member').length;
      const nodes = members + 1;
      if (nodes <= MAX_NODES) continue;
      const at = parts.manager ?? element;
      report({
        start: at.nameStart,
        end: at.nameEnd,
        message: `DeltaManager sends every session change to every node; with ${nodes} nodes (${members} static members and this one) the Tomcat docs advise BackupManager, which keeps one backup copy per session.`,
        related: descendants(parts.channel, 'Member').map((m) => ({ start: m.nameStart, end: m.nameEnd, message: 'a static member' })),
      });
    }
  },
};
