import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

/** Two nodes with the same Engine jvmRoute, unless they sit behind different balancers only (separate clusters). */
export const jvmRouteDuplicate: ClusterRule = {
  meta: { id: 'cluster/jvmroute-duplicate', defaultSeverity: 'error', description: 'Two nodes share an Engine jvmRoute.', language: 'workspace' },
  check({ model, report }) {
    // Groups each node is in: two nodes behind different balancers only are separate clusters and may reuse a route.
    const groupsOf = new Map<ClusterNode, Set<number>>();
    model.groups.forEach((g, i) => {
      if (!g.balancer) return;
      for (const n of g.nodes) groupsOf.set(n, (groupsOf.get(n) ?? new Set()).add(i));
    });
    const together = (a: ClusterNode, b: ClusterNode): boolean => {
      const ga = groupsOf.get(a);
      const gb = groupsOf.get(b);
      return !ga || !gb || [...ga].some((i) => gb.has(i));
    };
    const byRoute = new Map<string, ClusterNode[]>();
    for (const n of model.nodes) if (n.jvmRoute?.place) byRoute.set(n.jvmRoute.value, [...(byRoute.get(n.jvmRoute.value) ?? []), n]);
    for (const [route, same] of byRoute) {
      if (same.length < 2) continue;
      for (const node of same) {
        const others = same.filter((o) => o !== node && together(node, o));
        if (others.length === 0) continue;
        report({
          place: node.jvmRoute!.place!,
          message: `jvmRoute "${route}" of ${nodeLabel(node)} is also the jvmRoute of ${listOf(others.map(nodeLabel))}: the balancer cannot tell their sessions apart, so sticky requests go to the wrong node.`,
          related: others.slice(0, RELATED_LIMIT).map((o) => ({ place: o.jvmRoute!.place!, message: `${nodeLabel(o)}: jvmRoute "${route}"` })),
        });
      }
    }
  },
};
