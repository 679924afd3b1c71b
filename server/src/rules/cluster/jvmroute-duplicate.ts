import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

/** Two nodes of one group (or of the workspace, when no balancer groups them) with the same Engine jvmRoute. */
export const jvmRouteDuplicate: ClusterRule = {
  meta: { id: 'cluster/jvmroute-duplicate', defaultSeverity: 'error', description: 'Two nodes share an Engine jvmRoute.', language: 'workspace' },
  check({ model, report }) {
    const groups = model.groups.some((g) => g.balancer) ? model.groups.map((g) => g.nodes) : [model.nodes];
    const reported = new Set<ClusterNode>();
    for (const nodes of groups) {
      const byRoute = new Map<string, ClusterNode[]>();
      for (const n of nodes) if (n.jvmRoute) byRoute.set(n.jvmRoute.value, [...(byRoute.get(n.jvmRoute.value) ?? []), n]);
      for (const [route, same] of byRoute) {
        if (same.length < 2) continue;
        for (const node of same) {
          if (reported.has(node)) continue;
          reported.add(node);
          report({
            place: node.jvmRoute!.place!,
            message: `jvmRoute "${route}" of ${nodeLabel(node)} is also the jvmRoute of ${listOf(same.filter((o) => o !== node).map(nodeLabel))}: the balancer cannot tell their sessions apart, so sticky requests go to the wrong node.`,
            related: same.filter((o) => o !== node).slice(0, RELATED_LIMIT).map((o) => ({ place: o.jvmRoute!.place!, message: `${nodeLabel(o)}: jvmRoute "${route}"` })),
          });
        }
      }
    }
  },
};
