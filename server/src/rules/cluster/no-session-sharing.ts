import { keepsSessionsLocally } from '../../model/cluster/clusterModel';
import type { ClusterRule } from '../rule';
import { nodesBehind, sessionPlace } from './balancedNodes';
import { RELATED_LIMIT, balancerLabel, listOf, nodeLabel } from './nodeLabels';

/** A balancer that spreads one user's requests over nodes that each keep their own sessions: users are logged out at random. */
export const noSessionSharing: ClusterRule = {
  meta: {
    id: 'cluster/no-session-sharing',
    defaultSeverity: 'error',
    description: 'A balancer without session affinity fronts nodes whose sessions live only in local memory.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const balancer of model.balancers) {
      if (balancer.sticky) continue;
      const nodes = nodesBehind(model, balancer);
      if (nodes.length === 0 || !nodes.every(keepsSessionsLocally)) continue;
      report({
        place: balancer.methodPlace,
        message: `${balancerLabel(balancer)} balances with ${balancer.method}, which sends one user's requests to different nodes, but ${listOf(nodes.map(nodeLabel))} keep sessions in local memory (no cluster, no memcached-session-manager, no shared store): users lose their session whenever a request lands on another node. Use session affinity, or share the sessions.`,
        related: nodes.slice(0, RELATED_LIMIT).flatMap((n) => {
          const place = sessionPlace(n);
          return place ? [{ place, message: `${nodeLabel(n)} keeps its sessions in local memory` }] : [];
        }),
      });
    }
  },
};
