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
        if (app.manager.strategy !== 'replication' || app.distributable !== false || !app.webAppPlace) continue;
        const insertAt = app.insertDistributableAt;
        report({
          place: app.webAppPlace,
          message: `${app.name} on ${nodeLabel(node)} is not <distributable/>, so Tomcat gives it a StandardManager instead of the ${app.manager.className.split('.').pop()} of ${app.manager.place?.path.endsWith('server.xml') || !app.manager.place ? 'the Cluster' : 'its context'}: its sessions are not replicated.`,
          related: app.manager.place ? [{ place: app.manager.place, message: `the ${app.manager.className.split('.').pop()} that would replicate ${app.name}` }] : [],
          fix:
            insertAt !== undefined
              ? { title: 'Insert <distributable/>', edits: [{ place: { path: app.webAppPlace.path, start: insertAt, end: insertAt }, text: '\n    <distributable/>' }] }
              : undefined,
        });
      }
    }
  },
};
