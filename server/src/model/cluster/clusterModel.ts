/**
 * The workspace as one cluster: its nodes, the balancers in front of them
 * with each member matched to a node, the groups of nodes that belong
 * together, and the session stores (memcached / redis) they use.
 *
 * Matching goes through indexes (host:port → node, jvmRoute → node), so the
 * cost grows with the number of nodes and members, never with their product.
 */
import type { ClusterBalancer, BalancerMemberRef } from './clusterBalancer';
import type { ClusterNode } from './clusterNode';

export interface MemberMatch {
  balancer: ClusterBalancer;
  member: BalancerMemberRef;
  node?: ClusterNode;
  matchedBy?: 'address' | 'route';
}

export interface NodeGroup {
  /** The balancer that groups them, or undefined for the clustered nodes no balancer groups. */
  balancer?: ClusterBalancer;
  nodes: ClusterNode[];
}

export interface SessionStore {
  kind: 'memcached' | 'redis' | 'couchbase';
  host: string;
  port: number;
  /** The msm node id (n1), when the memcachedNodes form has one. */
  id?: string;
  /** The nodes whose msm Managers use it. */
  nodes: ClusterNode[];
}

export interface ClusterModel {
  nodes: ClusterNode[];
  balancers: ClusterBalancer[];
  members: MemberMatch[];
  /** The members of one balancer (an index: rules never scan every member per balancer). */
  membersOf(balancer: ClusterBalancer): MemberMatch[];
  groups: NodeGroup[];
  stores: SessionStore[];
  /** The host a node runs on, when the settings, an address or a matched member tells it. */
  hostOf(node: ClusterNode): string | undefined;
  /** The nodes known to run on a host. */
  nodesOnHost(host: string): ClusterNode[];
  /** Text of a workspace file as the model read it (for turning offsets into positions). */
  textOf(filePath: string): string | undefined;
}

const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '*', '[::]', '']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** One spelling per host: case-insensitive names, and every loopback form as one. */
export function normaliseHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return LOOPBACK.has(h) ? 'localhost' : h;
}

export function buildClusterModel(
  nodes: ClusterNode[],
  balancers: ClusterBalancer[],
  hostSetting: (node: ClusterNode) => string | undefined,
  textOf: (filePath: string) => string | undefined,
): ClusterModel {
  const hosts = new Map<ClusterNode, string>();
  for (const node of nodes) {
    const configured = hostSetting(node);
    const address = node.connectors.find((c) => c.address && !WILDCARD_ADDRESSES.has(c.address))?.address;
    const host = configured ?? address;
    if (host) hosts.set(node, normaliseHost(host));
  }
  const byRoute = new Map<string, ClusterNode[]>();
  for (const node of nodes) if (node.jvmRoute) push(byRoute, node.jvmRoute.value, node);

  const byAddress = new Map<string, ClusterNode[]>();
  const indexAddresses = (node: ClusterNode): void => {
    const host = hosts.get(node);
    if (!host) return;
    for (const c of node.connectors) {
      // A Connector bound to one address answers there only; one bound to all answers on the node's host.
      const on = c.address && !WILDCARD_ADDRESSES.has(c.address) ? normaliseHost(c.address) : host;
      push(byAddress, `${on}:${c.port}`, node);
    }
  };
  nodes.forEach(indexAddresses);

  const members: MemberMatch[] = [];
  const byBalancer = new Map<ClusterBalancer, MemberMatch[]>();
  for (const balancer of balancers) {
    for (const member of balancer.members) {
      const byAddr = member.port !== undefined ? byAddress.get(`${normaliseHost(member.host)}:${member.port}`) : undefined;
      if (byAddr?.length === 1) {
        members.push({ balancer, member, node: byAddr[0], matchedBy: 'address' });
        continue;
      }
      const byName = member.route !== undefined ? byRoute.get(member.route) : undefined;
      if (byName?.length === 1) {
        members.push({ balancer, member, node: byName[0], matchedBy: 'route' });
        // The member's address is where that node runs, unless something better said so.
        if (!hosts.has(byName[0]) && !/^\$/.test(member.host)) hosts.set(byName[0], normaliseHost(member.host));
        continue;
      }
      members.push({ balancer, member });
    }
  }

  for (const m of members) push(byBalancer, m.balancer, m);
  const byHost = new Map<string, ClusterNode[]>();
  for (const [node, host] of hosts) push(byHost, host, node);

  const groups: NodeGroup[] = [];
  const grouped = new Set<ClusterNode>();
  const seenGroups = new Set<string>();
  for (const balancer of balancers) {
    const groupNodes = [...new Set((byBalancer.get(balancer) ?? []).filter((m) => m.node).map((m) => m.node!))];
    if (groupNodes.length === 0) continue;
    groupNodes.forEach((n) => grouped.add(n));
    const key = groupNodes.map((n) => n.node.base).sort().join('\n');
    // nginx and httpd in front of the same nodes are one group for the node-to-node rules.
    if (seenGroups.has(key)) continue;
    seenGroups.add(key);
    groups.push({ balancer, nodes: groupNodes });
  }
  const ungroupedClustered = nodes.filter((n) => n.cluster && !grouped.has(n));
  if (ungroupedClustered.length > 1) groups.push({ nodes: ungroupedClustered });

  const stores = new Map<string, SessionStore>();
  for (const node of nodes) {
    for (const msm of node.msmManagers) {
      for (const m of msm.nodes.nodes) {
        const kind = msm.nodes.form === 'redis' ? 'redis' : msm.nodes.form === 'couchbase' ? 'couchbase' : 'memcached';
        const key = `${kind}|${normaliseHost(m.host)}:${m.port}`;
        let store = stores.get(key);
        if (!store) stores.set(key, (store = { kind, host: m.host, port: m.port, id: m.id, nodes: [] }));
        if (!store.nodes.includes(node)) store.nodes.push(node);
      }
    }
  }

  return {
    nodes,
    balancers,
    members,
    membersOf: (balancer) => byBalancer.get(balancer) ?? [],
    groups,
    stores: [...stores.values()],
    hostOf: (node) => hosts.get(node),
    nodesOnHost: (host) => byHost.get(normaliseHost(host)) ?? [],
    textOf,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Values by how many items have them; the majority value when one value is held by more items than any other. */
export function majority<T>(items: T[], valueOf: (item: T) => string): { counts: Map<string, T[]>; winner?: string } {
  const counts = new Map<string, T[]>();
  for (const item of items) push(counts, valueOf(item), item);
  const sorted = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  const winner = sorted.length > 0 && (sorted.length === 1 || sorted[0][1].length > sorted[1][1].length) ? sorted[0][0] : undefined;
  return { counts, winner };
}

/** Whether every app of a node keeps its sessions in the node's own memory (no cluster, no msm, no shared store). */
export function keepsSessionsLocally(node: ClusterNode): boolean {
  // A node with no app folders in the workspace: judge by its Cluster and default context.
  if (node.apps.length === 0 && node.cluster?.manager.strategy === 'replication') return false;
  if (node.apps.length === 0) return !node.cluster && (node.defaultManager?.strategy ?? 'local') === 'local';
  return node.apps.every((a) => a.manager.strategy === 'local');
}
