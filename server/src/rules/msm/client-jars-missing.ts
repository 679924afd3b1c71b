import { MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';
import type { XmlRule } from '../rule';
import { compareVersions } from '../../model/tomcat/jars';
import { hasArtifact, jarsOf } from './artifacts';

const FIRST_SPLIT_RELEASE = '1.5.0';
import { describeFolders, jarsIn, managersOf, nodeLibraryFolders } from './managers';

/**
 * msm itself (core + memcached-session-manager-tcN) and its client (spymemcached
 * for memcached, jedis for redis) must be in Tomcat's lib: the Manager is
 * loaded by the server class loader, not the app's.
 */
export const clientJarsMissing: XmlRule = {
  meta: {
    id: 'msm/client-jars-missing',
    defaultSeverity: 'error',
    description: 'The msm core jar, the memcached-session-manager-tcN jar, spymemcached or jedis is missing from the library folders.',
    language: 'tomcat-xml',
  },
  check(context) {
    const node = context.node();
    const folders = nodeLibraryFolders(node);
    if (folders.length === 0) return;
    const jars = jarsIn(folders);
    for (const m of managersOf(context)) {
      const className = m.element.attributes.find((a) => a.name === 'className')!;
      const missing: string[] = [];
      const core = jarsOf(MSM_CATALOGUE.coreArtifact, jars).find((j) => j.version);
      if (!hasArtifact(MSM_CATALOGUE.coreArtifact, jars)) missing.push(`the msm core jar (${MSM_CATALOGUE.coreArtifact}-<version>.jar)`);
      // msm up to 1.4 was one jar; the Tomcat-specific module came with 1.5.0.
      const needsModule = !core?.version || compareVersions(core.version, FIRST_SPLIT_RELEASE) >= 0;
      if (needsModule && !MSM_CATALOGUE.tomcatModules.some((t) => hasArtifact(t.artifact, jars))) missing.push('memcached-session-manager-tcN (N = the Tomcat major version)');
      const store = m.nodes.form === 'redis' ? 'redis' : m.nodes.form === 'couchbase' ? 'couchbase' : m.nodes.form ? 'memcached' : undefined;
      const client = MSM_CATALOGUE.clients.find((c) => c.store === store);
      for (const a of client?.artifacts ?? []) if (!hasArtifact(a, jars)) missing.push(a.artifact);
      if (missing.length === 0) continue;
      context.report({
        start: className.valueStart,
        end: className.valueEnd,
        message: `This Manager needs ${missing.join(', ')} in Tomcat's lib folder; ${missing.length === 1 ? 'it is' : 'they are'} not in ${describeFolders(folders, node)}, so Tomcat cannot create this Manager.`,
      });
    }
  },
};
