import { majority } from '../../model/cluster/clusterModel';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

/**
 * Multicast Membership address and port must be the same on every node of a
 * group, or the nodes form separate clusters and never replicate. The odd
 * ones out are told, with every other node's value as related information.
 */
export const membershipMismatch: ClusterRule = {
  meta: {
    id: 'cluster/membership-mismatch',
    defaultSeverity: 'error',
    description: 'Nodes that belong together have different multicast Membership address or port, so they form separate clusters.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const group of model.groups) {
      const clustered = group.nodes.filter((n) => n.cluster?.membership.kind === 'multicast');
      if (clustered.length < 2) continue;
      for (const field of ['address', 'port'] as const) {
        const valueOf = (n: ClusterNode): string => n.cluster!.membership[field].value;
        const { counts, winner } = majority(clustered, valueOf);
        if (counts.size < 2) continue;
        for (const node of clustered) {
          const value = valueOf(node);
          if (value === winner) continue;
          const written = node.cluster!.membership[field];
          const place = written.place ?? node.cluster!.membership.place;
          const others = clustered.filter((o) => o !== node);
          report({
            place,
            message:
              `Membership ${field} ${value}${written.place ? '' : ' (the default)'} on ${nodeLabel(node)} differs from ` +
              `${winner ? `the ${winner} of the other nodes` : listOf(others.map((o) => `${valueOf(o)} on ${nodeLabel(o)}`))}: ` +
              `nodes on different multicast ${field === 'address' ? 'groups' : 'ports'} never see each other, so their sessions are not replicated.`,
            related: others.slice(0, RELATED_LIMIT).map((o) => ({
              place: o.cluster!.membership[field].place ?? o.cluster!.membership.place,
              message: `${nodeLabel(o)}: Membership ${field} ${valueOf(o)}`,
            })),
            fix:
              winner && written.place
                ? { title: `Use the Membership ${field} of the other nodes (${winner})`, edits: [{ place: written.place, text: winner }] }
                : undefined,
          });
        }
      }
    }
  },
};
