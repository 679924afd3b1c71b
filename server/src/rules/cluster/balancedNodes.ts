/** The nodes a balancer sends requests to, and where each one says how it keeps sessions. */
import type { ClusterBalancer } from '../../model/cluster/clusterBalancer';
import type { ClusterModel } from '../../model/cluster/clusterModel';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import { nodePlace } from './nodeLabels';

export function nodesBehind(model: ClusterModel, balancer: ClusterBalancer): ClusterNode[] {
  return [...new Set(model.membersOf(balancer).filter((m) => m.node).map((m) => m.node!))];
}

/** The Manager that keeps the node's sessions in memory, or the node's Engine when it is the implicit StandardManager. */
export function sessionPlace(node: ClusterNode): Place | undefined {
  return node.apps.find((a) => a.manager.place)?.manager.place ?? node.defaultManager?.place ?? nodePlace(node);
}
