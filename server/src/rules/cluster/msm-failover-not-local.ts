import { normaliseHost } from '../../model/cluster/clusterModel';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, nodeLabel } from './nodeLabels';

interface StickyMsm {
  node: ClusterNode;
  msm: ClusterNode['msmManagers'][number];
}

/**
 * Sticky msm: each Tomcat's failoverNodes should be the memcached on its own
 * machine, so the session's backup lives on another machine than the Tomcat.
 */
export const msmFailoverNotLocal: ClusterRule = {
  meta: {
    id: 'cluster/msm-failover-not-local',
    defaultSeverity: 'warning',
    description: "In sticky msm, a node's failoverNodes is not the memcached on its own host, or every node names the same failover node.",
    language: 'workspace',
  },
  check({ model, report }) {
    const placeOf = (msm: StickyMsm['msm']): Place => ({ path: msm.path, start: msm.failoverAttribute!.valueStart, end: msm.failoverAttribute!.valueEnd });
    const reported = new Set<string>();
    // Each node against its own host, wherever it is (no balancer needed).
    for (const node of model.nodes) {
      const host = model.hostOf(node);
      if (!host) continue;
      for (const msm of node.msmManagers) {
        if (!msm.sticky || msm.failoverIds.length === 0) continue;
        const place = placeOf(msm);
        const key = `${place.path}#${place.start}`;
        if (reported.has(key)) continue;
        const comparable = (h: string): boolean => isIp(h) === isIp(host) && !/^\$|^\{/.test(h);
        const local = msm.nodes.nodes.find((n) => comparable(n.host) && normaliseHost(n.host) === host);
        // No memcached on the node's host: msm's advice (fail over to the local one) has nothing to point at.
        if (!local) continue;
        const remote = msm.failoverIds.filter((t) => {
          const n = msm.nodes.nodes.find((x) => x.id === t.text);
          return n !== undefined && comparable(n.host) && normaliseHost(n.host) !== host;
        });
        if (remote.length === 0) continue;
        reported.add(key);
        report({
          place,
          message: `failoverNodes of ${msm.app} on ${nodeLabel(node)} (${host}) is ${remote.map((t) => `${t.text} on ${msm.nodes.nodes.find((n) => n.id === t.text)!.host}`).join(', ')}, not the memcached on its own host${local.id ? ` (${local.id})` : ''}: msm should fail over to the local memcached, so that sessions are normally kept on another machine than the Tomcat.`,
          fix: local.id ? { title: `Use the local memcached (${local.id})`, edits: [{ place, text: local.id }] } : undefined,
        });
      }
    }
    // Without hosts, one failover node named by every Tomcat of a group is the tell: they cannot all be local to it.
    for (const group of model.groups) {
      const sticky: StickyMsm[] = group.nodes
        .filter((node) => !model.hostOf(node))
        .flatMap((node) => node.msmManagers.filter((m) => m.sticky && m.failoverIds.length > 0).map((msm) => ({ node, msm })));
      const byApp = new Map<string, StickyMsm[]>();
      for (const s of sticky) byApp.set(s.msm.app, [...(byApp.get(s.msm.app) ?? []), s]);
      for (const [app, list] of byApp) {
        const failoverSets = new Set(list.map((s) => s.msm.failoverIds.map((t) => t.text).sort().join(',')));
        if (list.length < 2 || new Set(list.map((s) => s.node)).size < 2 || failoverSets.size !== 1) continue;
        for (const { node, msm } of list) {
          const place = placeOf(msm);
          if (reported.has(`${place.path}#${place.start}`)) continue;
          reported.add(`${place.path}#${place.start}`);
          report({
            place,
            message: `every node of ${app} names the same failoverNodes (${msm.failoverAttribute!.value.trim()}): each Tomcat should name the memcached on its own host, or all sessions fail over to one memcached.`,
            related: list.filter((o) => o.node !== node).slice(0, RELATED_LIMIT).map((o) => ({ place: placeOf(o.msm), message: `${app} on ${nodeLabel(o.node)}: failoverNodes` })),
          });
        }
      }
    }
  },
};

function isIp(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':') || host === 'localhost';
}
