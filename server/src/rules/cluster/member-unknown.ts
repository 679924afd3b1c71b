import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, balancerLabel, listOf } from './nodeLabels';

/** A member address that is no Connector of the nodes the workspace holds for that host: a typo, or a port that changed. */
export const memberUnknown: ClusterRule = {
  meta: {
    id: 'cluster/member-unknown',
    defaultSeverity: 'warning',
    description: "A balancer member's host:port matches no Connector of any node, while the workspace holds that host's nodes.",
    language: 'workspace',
  },
  check({ model, report }) {
    for (const { balancer, member, matchedBy } of model.members) {
      // Matched by address: it is a Connector. Matched by route (or not at all): its address may still be wrong.
      if (matchedBy === 'address' || member.port === undefined) continue;
      const onHost = model.nodesOnHost(member.host);
      if (onHost.length === 0) continue;
      // Several nodes of that host on this port is cluster/port-collision's finding, not an unknown member.
      if (onHost.some((n) => n.connectors.some((c) => c.port === member.port))) continue;
      const ports = onHost.flatMap((n) => n.connectors.map((c) => `${c.port} (${n.key}, ${c.protocol === 'ajp' ? 'AJP' : 'HTTP'})`));
      report({
        place: member.place,
        message: `member ${member.host}:${member.port} of ${balancerLabel(balancer)} is no Connector of the nodes on ${member.host}, which listen on ${listOf(ports) || 'no port'}: requests sent to it fail.`,
        related: onHost.slice(0, RELATED_LIMIT).flatMap((n) => n.connectors.slice(0, 3).map((c) => ({ place: c.place, message: `node ${n.key}: Connector port ${c.port}` }))),
      });
    }
  },
};
