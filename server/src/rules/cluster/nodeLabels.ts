/** How cluster findings name the things they compare. */
import type { ClusterBalancer } from '../../model/cluster/clusterBalancer';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';

export function nodeLabel(node: ClusterNode): string {
  return `node ${node.key}`;
}

export function balancerLabel(balancer: ClusterBalancer): string {
  const kind = { nginx: 'nginx upstream', httpd: 'httpd balancer', modjk: 'mod_jk lb worker' }[balancer.kind];
  return `${kind} "${balancer.name}"`;
}

/** Where a node-level finding goes when the value has no place of its own: the Engine, else the server.xml's start. */
export function nodePlace(node: ClusterNode): Place | undefined {
  return node.enginePlace ?? (node.serverXmlPath ? { path: node.serverXmlPath, start: 0, end: 0 } : undefined);
}

/** Related locations per finding, at most: a thousand-node group must not give each finding a thousand. */
export const RELATED_LIMIT = 10;

/** "a, b, c, d and 996 more": a list in a message, kept short. */
export function listOf(items: string[], max = 4): string {
  if (items.length <= max + 1) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
