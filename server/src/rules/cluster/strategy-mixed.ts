import { majority } from '../../model/cluster/clusterModel';
import { STRATEGY_LABELS, type ClusterApp, type ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import type { ClusterRule } from '../rule';
import { nodesBehind } from './balancedNodes';
import { RELATED_LIMIT, balancerLabel, listOf, nodeLabel, nodePlace } from './nodeLabels';

/** One app, one balancer, several ways of keeping its sessions: a session created on one node means nothing on the next. */
export const strategyMixed: ClusterRule = {
  meta: {
    id: 'cluster/strategy-mixed',
    defaultSeverity: 'warning',
    description: 'Nodes behind one balancer use different session strategies for the same app.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const group of model.groups) {
      if (!group.balancer) continue;
      const nodes = nodesBehind(model, group.balancer);
      const byApp = new Map<string, { node: ClusterNode; app: ClusterApp }[]>();
      // An app that lost the Cluster's Manager for want of <distributable/> is cluster/distributable-missing's finding.
      for (const node of nodes) for (const app of node.apps.filter((a) => !a.notDistributedBy)) byApp.set(app.name, [...(byApp.get(app.name) ?? []), { node, app }]);
      for (const [name, deployments] of byApp) {
        if (deployments.length < 2) continue;
        // DeltaManager and BackupManager nodes do not exchange sessions either, so the class counts for replication.
        const kindOf = (d: { app: ClusterApp }): string => (d.app.manager.strategy === 'replication' ? d.app.manager.className : d.app.manager.strategy);
        const { counts, winner } = majority(deployments, kindOf);
        if (counts.size < 2) continue;
        const placeOf = (d: { node: ClusterNode; app: ClusterApp }): Place | undefined => d.app.manager.place ?? d.app.webAppPlace ?? nodePlace(d.node);
        for (const d of deployments) {
          if (kindOf(d) === winner) continue;
          const place = placeOf(d);
          if (!place) continue;
          const others = deployments.filter((o) => o !== d);
          report({
            place,
            message: `${name} on ${nodeLabel(d.node)} keeps sessions with ${STRATEGY_LABELS[d.app.manager.strategy]} (${d.app.manager.className.split('.').pop()}), while ${listOf(others.map((o) => `${nodeLabel(o.node)} uses ${STRATEGY_LABELS[o.app.manager.strategy]} (${o.app.manager.className.split('.').pop()})`))} behind ${balancerLabel(group.balancer)}: a session created on one node is not found on the others.`,
            related: others.slice(0, RELATED_LIMIT).flatMap((o) => {
              const p = placeOf(o);
              return p ? [{ place: p, message: `${name} on ${nodeLabel(o.node)}: ${STRATEGY_LABELS[o.app.manager.strategy]}` }] : [];
            }),
          });
        }
      }
    }
  },
};
