import type { ClusterNode, Port } from '../../model/cluster/clusterNode';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

/** Two nodes on one host cannot listen on the same port: the second fails to start (or its Connector does). */
export const portCollision: ClusterRule = {
  meta: {
    id: 'cluster/port-collision',
    defaultSeverity: 'error',
    description: 'Two nodes on the same host use the same Connector, shutdown or Receiver port.',
    language: 'workspace',
  },
  check({ model, report }) {
    const byHostPort = new Map<string, { node: ClusterNode; port: Port }[]>();
    for (const node of model.nodes) {
      const host = model.hostOf(node);
      if (!host) continue;
      const ports: Port[] = [...node.connectors, ...(node.shutdownPort ? [node.shutdownPort] : [])];
      const receiver = node.cluster?.receiver;
      // autoBind moves the Receiver to the next free port, so only a Receiver that cannot move collides.
      if (receiver && receiver.autoBind <= 1 && receiver.port.place) ports.push({ port: receiver.port.value, kind: 'Receiver', place: receiver.port.place });
      for (const port of ports) {
        const key = `${host}:${port.port}`;
        byHostPort.set(key, [...(byHostPort.get(key) ?? []), { node, port }]);
      }
    }
    for (const [key, users] of byHostPort) {
      const nodes = new Set(users.map((u) => u.node));
      if (nodes.size < 2) continue;
      for (const { node, port } of users) {
        // Bound to two different addresses of one host, two Connectors share a port number without colliding.
        const others = users.filter((u) => u.node !== node && (isWildcard(u.port.address) || isWildcard(port.address) || u.port.address === port.address));
        if (others.length === 0) continue;
        report({
          place: port.place,
          message: `${port.kind === 'shutdown' ? 'shutdown port' : `${port.kind} port`} ${port.port} of ${nodeLabel(node)} is also used on ${key.slice(0, key.lastIndexOf(':'))} by ${listOf([...new Set(others.map((o) => nodeLabel(o.node)))])}: the node started second cannot bind it.`,
          related: others.slice(0, RELATED_LIMIT).map((o) => ({ place: o.port.place, message: `${nodeLabel(o.node)}: ${o.port.kind} port ${o.port.port}` })),
        });
      }
    }
  },
};

function isWildcard(address: string | undefined): boolean {
  return address === undefined || ['', '0.0.0.0', '::', '*', '[::]'].includes(address);
}
