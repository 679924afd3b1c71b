import { keepsSessionsLocally } from '../../model/cluster/clusterModel';
import type { ClusterRule } from '../rule';
import { nodesBehind, sessionPlace } from './balancedNodes';
import { RELATED_LIMIT, balancerLabel, listOf, nodeLabel } from './nodeLabels';

/** Sticky sessions over nodes with no copy of each other's sessions: fine until a node dies and its users are logged out. */
export const stickyWithoutFailover: ClusterRule = {
  meta: {
    id: 'cluster/sticky-without-failover',
    defaultSeverity: 'information',
    description: 'Sticky balancing over nodes that share no session copy: sessions are lost when a node dies.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const balancer of model.balancers) {
      if (!balancer.sticky) continue;
      const nodes = nodesBehind(model, balancer);
      if (nodes.length === 0 || !nodes.every(keepsSessionsLocally)) continue;
      report({
        place: balancer.methodPlace,
        message: `${balancerLabel(balancer)} keeps each user on one node (${balancer.method}), and ${listOf(nodes.map(nodeLabel))} keep sessions only in local memory: when a node stops, its users' sessions are gone. Replicate them (a Cluster) or keep them in memcached/redis (memcached-session-manager) if that matters.`,
        related: nodes.slice(0, RELATED_LIMIT).flatMap((n) => {
          const place = sessionPlace(n);
          return place ? [{ place, message: `${nodeLabel(n)} keeps its sessions in local memory` }] : [];
        }),
      });
    }
  },
};
