import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import type { ClusterRule } from '../rule';
import { nodeLabel } from './nodeLabels';

/** A context's Manager wins over the Cluster's Manager template: those apps do not replicate through the Cluster. */
export const managerOverridden: ClusterRule = {
  meta: {
    id: 'cluster/manager-overridden',
    defaultSeverity: 'information',
    description: "A Manager in conf/context.xml or an app context replaces the cluster's DeltaManager/BackupManager for the apps it covers.",
    language: 'workspace',
  },
  check({ model, report }) {
    for (const node of model.nodes) {
      const cluster = node.cluster;
      if (!cluster || cluster.manager.strategy !== 'replication') continue;
      const byPlace = new Map<string, { place: Place; className: string; apps: string[] }>();
      for (const app of node.apps) {
        if (!app.overridesCluster || !app.manager.place || app.manager.strategy === 'replication') continue;
        const key = `${app.manager.place.path}#${app.manager.place.start}`;
        const entry = byPlace.get(key) ?? { place: app.manager.place, className: app.manager.className, apps: [] };
        entry.apps.push(app.name);
        byPlace.set(key, entry);
      }
      if (node.defaultManager?.place && node.apps.length === 0 && node.defaultManager.strategy !== 'replication') {
        byPlace.set('default', { place: node.defaultManager.place, className: node.defaultManager.className, apps: [] });
      }
      for (const { place, className, apps } of byPlace.values()) report(overridden(node, place, className, apps));
    }
  },
};

function overridden(node: ClusterNode, place: Place, className: string, apps: string[]) {
  const cluster = node.cluster!;
  const isDefault = place.path === node.defaultManager?.path;
  return {
    place,
    message: `this ${className.split('.').pop()} replaces the Cluster's ${cluster.manager.className.split('.').pop()} on ${nodeLabel(node)} for ${isDefault ? 'every app' : ''}${apps.length > 0 ? `${isDefault ? ' (' : ''}${apps.join(', ')}${isDefault ? ')' : ''}` : ''}: ${isDefault ? 'they do' : 'it does'} not replicate through the Cluster.`,
    related: [{ place: cluster.manager.place ?? cluster.place, message: `the Cluster of ${nodeLabel(node)}` }],
  };
}
