import type { XmlRule } from '../rule';
import { classOf, clusterParts } from './clusterParts';
import { configuredElements } from './configuredElements';

const REPLICATION_VALVE = 'org.apache.catalina.ha.tcp.ReplicationValve';

/** Declared Valves replace the implicit ones, ReplicationValve among them: without it no request triggers replication. */
export const replicationValveMissing: XmlRule = {
  meta: {
    id: 'tomcat/replication-valve-missing',
    defaultSeverity: 'warning',
    description: 'The Cluster declares Valves but no ReplicationValve.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const { valves } = clusterParts(element);
      if (valves.length === 0 || valves.some((v) => classOf(v) === REPLICATION_VALVE)) continue;
      report({
        start: element.nameStart,
        end: element.nameEnd,
        message: 'This Cluster declares Valves but no ReplicationValve: declared valves replace the default ones, so no request end triggers session replication. Add <Valve className="org.apache.catalina.ha.tcp.ReplicationValve"/>.',
        related: valves.map((v) => ({ start: v.nameStart, end: v.nameEnd, message: 'a declared Valve' })),
        fix: {
          title: 'Add ReplicationValve',
          edits: [{ start: valves[0].start, end: valves[0].start, text: `<Valve className="${REPLICATION_VALVE}"/>\n${indentBefore(tree.text, valves[0].start)}` }],
        },
      });
    }
  },
};

function indentBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
