import { MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';
import type { XmlRule } from '../rule';
import { compareVersions } from '../../model/tomcat/jars';
import { hasArtifact, jarsOf } from './artifacts';
import { describeFolders, jarsIn, managersOf, nodeLibraryFolders, serializerLibraryFolders } from './managers';

/**
 * The transcoder (kryo, javolution, xstream, flexjson) needs jars that are in
 * none of the node's library folders: Tomcat fails to load the factory and
 * sessions are not stored. Silent when no library folder is known.
 */
export const serializerJarsMissing: XmlRule = {
  meta: {
    id: 'msm/serializer-jars-missing',
    defaultSeverity: 'error',
    description: "The transcoderFactoryClass needs jars that are in none of the node's library folders.",
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      const transcoder = MSM_CATALOGUE.transcoders.find((t) => t.className === m.transcoderClass);
      if (!transcoder || transcoder.artifacts.length === 0 || !m.transcoderAttribute) continue;
      const folders = serializerLibraryFolders(context, m);
      if (folders.length === 0) continue;
      const jars = jarsIn(folders);
      // An artifact only some msm releases need counts when the msm version is known to need it.
      const msmVersion = jarsOf(MSM_CATALOGUE.coreArtifact, jarsIn(nodeLibraryFolders(context.node()))).find((j) => j.version)?.version;
      const needed = transcoder.artifacts.filter((a) => !a.since || (msmVersion !== undefined && compareVersions(msmVersion, a.since) >= 0));
      const missing = needed.filter((a) => !hasArtifact(a, jars));
      if (missing.length === 0) continue;
      const present = MSM_CATALOGUE.transcoders
        .filter((t) => t !== transcoder && t.artifacts.length > 0 && t.artifacts.every((a) => hasArtifact(a, jars)))
        .map((t) => t.name);
      context.report({
        start: m.transcoderAttribute.valueStart,
        end: m.transcoderAttribute.valueEnd,
        message:
          `The ${transcoder.name} serializer needs ${missing.map((a) => a.artifact).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} in none of this node's library folders (${describeFolders(folders, context.node())}).` +
          (present.length ? ` The jars there are for the ${present.join(' and ')} serializer${present.length > 1 ? 's' : ''}.` : ''),
      });
    }
  },
};
