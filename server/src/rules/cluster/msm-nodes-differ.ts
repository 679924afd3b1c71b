import { majority, normaliseHost } from '../../model/cluster/clusterModel';
import type { ClusterNode } from '../../model/cluster/clusterNode';
import type { Place } from '../../model/cluster/place';
import type { ClusterRule } from '../rule';
import { RELATED_LIMIT, listOf, nodeLabel } from './nodeLabels';

interface MsmUse {
  node: ClusterNode;
  app: string;
  nodes: string;
  place: Place;
}

/** msm's docs: memcachedNodes "should be the same for all tomcats"; otherwise a session id names a memcached the next node does not know. */
export const msmNodesDiffer: ClusterRule = {
  meta: {
    id: 'cluster/msm-nodes-differ',
    defaultSeverity: 'warning',
    description: 'Nodes of one balancer have different memcachedNodes for the same app.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const group of model.groups) {
      const uses = new Map<string, MsmUse[]>();
      for (const node of group.nodes) {
        const seen = new Set<string>();
        for (const msm of node.msmManagers) {
          if (!msm.nodesAttribute || seen.has(`${msm.path}#${msm.nodesAttribute.valueStart}`)) continue;
          seen.add(`${msm.path}#${msm.nodesAttribute.valueStart}`);
          const value = msm.nodes.nodes.map((n) => `${n.id ? n.id + ':' : ''}${normaliseHost(n.host)}:${n.port}`).sort().join(' ');
          const use = { node, app: msm.app, nodes: value, place: { path: msm.path, start: msm.nodesAttribute.valueStart, end: msm.nodesAttribute.valueEnd } };
          uses.set(msm.app, [...(uses.get(msm.app) ?? []), use]);
        }
      }
      for (const [app, list] of uses) {
        const { counts, winner } = majority(list, (u) => u.nodes);
        if (counts.size < 2) continue;
        for (const use of list) {
          if (use.nodes === winner) continue;
          const others = list.filter((o) => o !== use);
          report({
            place: use.place,
            message: `memcachedNodes of ${app} on ${nodeLabel(use.node)} differ from ${winner ? 'those of the other nodes' : listOf(others.map((o) => nodeLabel(o.node)))}: msm puts the memcached node id into the session id, so every Tomcat must know the same nodes ("should be the same for all tomcats").`,
            related: others.slice(0, RELATED_LIMIT).map((o) => ({ place: o.place, message: `${app} on ${nodeLabel(o.node)}: memcachedNodes` })),
          });
        }
      }
    }
  },
};
