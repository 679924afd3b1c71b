import { compareVersions, satisfiesRange } from '../../model/tomcat/jars';
import { MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';
import type { XmlRule } from '../rule';
import { jarsOf } from './artifacts';
import { jarsIn, managersOf, nodeLibraryFolders, serializerLibraryFolders } from './managers';

/**
 * msm's jars come in sets of one version (core, tcN, serializer module), and
 * each msm release range was built against certain kryo / kryo-serializers
 * versions (schemas/msm/msm-catalogue.json "compatibility").
 */
export const jarVersions: XmlRule = {
  meta: {
    id: 'msm/jar-versions',
    defaultSeverity: 'warning',
    description: 'msm core, tcN and serializer jars differ in version, or the kryo / kryo-serializers versions do not fit the msm version.',
    language: 'tomcat-xml',
  },
  check(context) {
    const nodeJars = jarsIn(nodeLibraryFolders(context.node()));
    for (const m of managersOf(context)) {
      const core = jarsOf(MSM_CATALOGUE.coreArtifact, nodeJars).find((j) => j.version);
      if (!core?.version) continue;
      const className = m.element.attributes.find((a) => a.name === 'className')!;
      const tc = MSM_CATALOGUE.tomcatModules.flatMap((t) => jarsOf(t.artifact, nodeJars)).find((j) => j.version);
      if (tc?.version && compareVersions(tc.version, core.version) !== 0) {
        context.report({
          start: className.valueStart,
          end: className.valueEnd,
          message: `${tc.fileName} and ${core.fileName} are different msm versions; use the same version of both.`,
        });
      }
      const transcoder = MSM_CATALOGUE.transcoders.find((t) => t.className === m.transcoderClass);
      if (!transcoder || !m.transcoderAttribute || transcoder.artifacts.length === 0) continue;
      const range = { start: m.transcoderAttribute.valueStart, end: m.transcoderAttribute.valueEnd };
      const jars = jarsIn(serializerLibraryFolders(context, m));
      const module = jarsOf(transcoder.artifacts[0], jars).find((j) => j.version);
      const lastBuilt = transcoder.lastRelease && compareVersions(core.version, transcoder.lastRelease) > 0 && module?.version === transcoder.lastRelease;
      if (module?.version && compareVersions(module.version, core.version) !== 0 && !lastBuilt) {
        context.report({ ...range, message: `${module.fileName} does not match ${core.fileName}; use the serializer module of the same msm version.` });
      }
      const row = MSM_CATALOGUE.compatibility.find((r) => compareVersions(core.version!, r.msm.from) >= 0 && compareVersions(core.version!, r.msm.to) <= 0);
      if (!row) continue;
      for (const [artifact, range_] of Object.entries(row.artifacts)) {
        if (!transcoder.artifacts.some((a) => a.artifact === artifact)) continue;
        for (const jar of jarsOf(artifact, jars)) {
          if (!jar.version || satisfiesRange(jar.version, range_)) continue;
          context.report({
            ...range,
            message: `${jar.fileName} does not fit msm ${core.version}, which needs ${artifact} ${range_}${row.doc ? ` (${row.doc})` : ''}.`,
          });
        }
      }
    }
  },
};
