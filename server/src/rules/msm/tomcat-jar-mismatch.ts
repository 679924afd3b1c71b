import { MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';
import { releaseNumber } from '../../model/tomcat/tomcatVersion';
import type { XmlRule } from '../rule';
import { jarsOf } from './artifacts';
import { jarsIn, managersOf, nodeLibraryFolders } from './managers';
import { versionPhrase } from '../tomcat/configuredElements';

/**
 * The memcached-session-manager-tcN jar must match the Tomcat major version,
 * and only one may be present; there is no official msm for Tomcat 10+ (jakarta).
 */
export const tomcatJarMismatch: XmlRule = {
  meta: {
    id: 'msm/tomcat-jar-mismatch',
    defaultSeverity: 'error',
    description: "The memcached-session-manager-tcN jar does not match the node's Tomcat, several tcN jars are present, or msm runs on Tomcat 10+.",
    language: 'tomcat-xml',
  },
  check(context) {
    const node = context.node();
    const jars = jarsIn(nodeLibraryFolders(node));
    for (const m of managersOf(context)) {
      const className = m.element.attributes.find((a) => a.name === 'className')!;
      const range = { start: className.valueStart, end: className.valueEnd };
      const tcJars = MSM_CATALOGUE.tomcatModules.flatMap((t) => jarsOf(t.artifact, jars).map((jar) => ({ jar, module: t })));
      const version = node?.version;
      if (new Set(tcJars.map((t) => t.module.artifact)).size > 1) {
        context.report({
          ...range,
          message: `Several Tomcat-specific msm jars are in lib at once (${tcJars.map((t) => t.jar.fileName).join(', ')}): keep only the one for this Tomcat${version ? ` (${versionPhrase(version)})` : ''}; the others' classes clash.`,
        });
        continue;
      }
      if (version && version.low >= releaseNumber(10, 0, 0)) {
        context.report({
          ...range,
          message: `memcached-session-manager has no official release for Tomcat 10 or later (jakarta.servlet; the last release, 2.3.2, supports Tomcat 6–9); ${versionPhrase(version)}.`,
        });
        continue;
      }
      const [only] = tcJars;
      if (!only || !version) continue;
      const major = Math.floor(version.low / 1_000_000);
      if (major === Math.floor(version.high / 1_000_000) && major !== only.module.tomcatMajor && !version.source.includes(only.jar.fileName)) {
        const fitting = MSM_CATALOGUE.tomcatModules.find((t) => t.tomcatMajor === major);
        context.report({
          ...range,
          message: `${only.jar.fileName} is built for Tomcat ${only.module.tomcatMajor}, but ${versionPhrase(version)}${fitting ? `: use ${fitting.artifact}` : ''}.`,
        });
      }
    }
  },
};
