import { normaliseHost } from '../../model/cluster/clusterModel';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, nodeLabel } from './nodeLabels';

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
    for (const group of model.groups) {
      const sticky = group.nodes.flatMap((node) => node.msmManagers.filter((m) => m.sticky && m.failoverIds.length > 0).map((msm) => ({ node, msm })));
      const byApp = new Map<string, typeof sticky>();
      for (const s of sticky) byApp.set(s.msm.app, [...(byApp.get(s.msm.app) ?? []), s]);
      for (const [app, list] of byApp) {
        const failoverSets = new Set(list.map((s) => s.msm.failoverIds.map((t) => t.text).sort().join(',')));
        const allSame = list.length >= 2 && new Set(list.map((s) => s.node)).size >= 2 && failoverSets.size === 1;
        for (const { node, msm } of list) {
          const place = { path: msm.path, start: msm.failoverAttribute!.valueStart, end: msm.failoverAttribute!.valueEnd };
          const host = model.hostOf(node);
          const remote = host
            ? msm.failoverIds.filter((t) => {
                const n = msm.nodes.nodes.find((x) => x.id === t.text);
                return n && normaliseHost(n.host) !== host && !/^\$|^\{/.test(n.host);
              })
            : [];
          if (remote.length > 0) {
            const local = msm.nodes.nodes.find((n) => normaliseHost(n.host) === host);
            report({
              place,
              message: `failoverNodes of ${app} on ${nodeLabel(node)} (${host}) is ${remote.map((t) => `${t.text} on ${msm.nodes.nodes.find((n) => n.id === t.text)!.host}`).join(', ')}, not the memcached on its own host${local?.id ? ` (${local.id})` : ''}: msm should fail over to the local memcached, so that sessions are normally kept on another machine than the Tomcat.`,
              fix: local?.id ? { title: `Use the local memcached (${local.id})`, edits: [{ place, text: local.id }] } : undefined,
            });
          } else if (allSame && !host) {
            // Without hosts, one failover node named by every Tomcat is the tell: they cannot all be local to it.
            report({
              place,
              message: `every node of ${app} names the same failoverNodes (${msm.failoverAttribute!.value.trim()}): each Tomcat should name the memcached on its own host, or all sessions fail over to one memcached.`,
              related: list.filter((o) => o.node !== node).slice(0, RELATED_LIMIT).map((o) => ({ place: { path: o.msm.path, start: o.msm.failoverAttribute!.valueStart, end: o.msm.failoverAttribute!.valueEnd }, message: `${app} on ${nodeLabel(o.node)}: failoverNodes` })),
            });
          }
        }
      }
    }
  },
};
