import { majority } from '../../model/cluster/clusterModel';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

interface ChannelSetting {
  name: string;
  value(node: ClusterNode): string;
  place(node: ClusterNode): Place;
  why: string;
}

/** Keys are compared as Tomcat reads them (hex, any case) and named by order of appearance: a key never goes into a message. */
function keyNames(nodes: ClusterNode[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of nodes) {
    const key = n.cluster?.encryption?.key?.toLowerCase();
    if (key !== undefined && !names.has(key)) names.set(key, `key ${String.fromCharCode(65 + (names.size % 26))}`);
  }
  return names;
}

function settingsFor(nodes: ClusterNode[]): ChannelSetting[] {
  const keys = keyNames(nodes);
  return SETTINGS.map((s) =>
    s.name !== 'EncryptInterceptor'
      ? s
      : {
          ...s,
          value: (n: ClusterNode) => {
            const e = n.cluster!.encryption;
            if (!e) return 'not encrypted';
            return `encrypted (${e.algorithm}, ${e.key ? keys.get(e.key.toLowerCase()) : 'no key'})`;
          },
        },
  );
}

const SETTINGS: ChannelSetting[] = [
  {
    name: 'channelSendOptions',
    value: (n) => String(n.cluster!.channelSendOptions.value),
    place: (n) => n.cluster!.channelSendOptions.place ?? n.cluster!.place,
    why: 'nodes that send with different options (asynchronous or acknowledged) replicate inconsistently',
  },
  {
    name: 'EncryptInterceptor',
    value: (n) => (n.cluster!.encryption ? `encrypted (${n.cluster!.encryption.algorithm}${n.cluster!.encryption.key ? `, key ${n.cluster!.encryption.key}` : ''})` : 'not encrypted'),
    place: (n) => n.cluster!.encryption?.place ?? n.cluster!.place,
    why: 'a node cannot read messages encrypted with another key or algorithm, nor plain messages when it expects encrypted ones',
  },
  {
    name: 'DomainFilterInterceptor domain',
    value: (n) => n.cluster!.domain?.value ?? '(none)',
    place: (n) => n.cluster!.domain?.place ?? n.cluster!.place,
    why: 'a node drops the messages of members outside its domain',
  },
];

/** Channel settings that must agree across the nodes of a group, and static member lists that omit one of them. */
export const channelMismatch: ClusterRule = {
  meta: {
    id: 'cluster/channel-mismatch',
    defaultSeverity: 'warning',
    description: 'Clustered nodes of one group differ in channel settings that must agree (send options, encryption, domain, static members).',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const group of model.groups) {
      const clustered = group.nodes.filter((n) => n.cluster);
      if (clustered.length < 2) continue;
      for (const setting of settingsFor(clustered)) {
        const { counts, winner } = majority(clustered, setting.value);
        if (counts.size < 2) continue;
        for (const node of clustered) {
          if (setting.value(node) === winner) continue;
          const others = clustered.filter((o) => o !== node);
          report({
            place: setting.place(node),
            message: `${setting.name} on ${nodeLabel(node)} is ${setting.value(node)}, ${winner ? `the other nodes have ${winner}` : listOf(others.map((o) => `${setting.value(o)} on ${nodeLabel(o)}`))}: ${setting.why}.`,
            related: others.slice(0, RELATED_LIMIT).map((o) => ({ place: setting.place(o), message: `${nodeLabel(o)}: ${setting.name} ${setting.value(o)}` })),
          });
        }
      }
      // A static member list must name every other node of the group (by its host and Receiver port).
      for (const node of clustered) {
        const members = node.cluster!.staticMembers;
        if (members.length === 0) continue;
        const listed = new Set(members.map((m) => `${m.host.toLowerCase()}:${m.port}`));
        for (const other of clustered) {
          if (other === node) continue;
          const host = model.hostOf(other);
          if (!host) continue;
          const port = other.cluster!.receiver.port.value;
          const address = other.cluster!.receiver.address;
          const names = [host, address].filter((h): h is string => !!h && h !== 'auto').map((h) => `${h.toLowerCase()}:${port}`);
          if (names.some((n) => listed.has(n))) continue;
          report({
            place: members[0].place,
            message: `the static members of ${nodeLabel(node)} do not include ${nodeLabel(other)} (${host}:${port}): it never replicates to that node.`,
            related: other.cluster!.receiver.port.place ? [{ place: other.cluster!.receiver.port.place, message: `${nodeLabel(other)}: Receiver port ${port}` }] : [],
          });
        }
      }
    }
  },
};
