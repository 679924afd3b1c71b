import type { ClusterRule } from '../rule';
import { nodeLabel } from './nodeLabels';

/** An app whose Manager replicates, with a web.xml that does not say <distributable/>: Tomcat gives it a StandardManager. */
export const distributableMissing: ClusterRule = {
  meta: {
    id: 'cluster/distributable-missing',
    defaultSeverity: 'error',
    description: 'An app on a node whose sessions replicate has a WEB-INF/web.xml without <distributable/>.',
    language: 'workspace',
  },
  check({ model, report }) {
    for (const node of model.nodes) {
      for (const app of node.apps) {
        // The replicating Manager it would have: the Cluster's (which Tomcat then withholds), or its context's own.
        const replicating = app.notDistributedBy ?? (app.manager.strategy === 'replication' ? app.manager : undefined);
        if (!replicating || app.distributable !== false || !app.webAppPlace) continue;
        const insertAt = app.insertDistributableAt;
        report({
          place: app.webAppPlace,
          message: `${app.name} on ${nodeLabel(node)} is not <distributable/>, so Tomcat gives it a StandardManager instead of the ${replicating.className.split('.').pop()} of ${app.notDistributedBy ? 'the Cluster' : 'its context'}: its sessions are not replicated.`,
          related: replicating.place ? [{ place: replicating.place, message: `the ${replicating.className.split('.').pop()} that would replicate ${app.name}` }] : [],
          fix:
            insertAt !== undefined
              ? { title: 'Insert <distributable/>', edits: [{ place: { path: app.webAppPlace.path, start: insertAt, end: insertAt }, text: '\n    <distributable/>' }] }
              : undefined,
        });
      }
    }
  },
};
