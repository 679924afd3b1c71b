import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { classOf, classRange, clusterParts } from './clusterParts';
import { configuredElements } from './configuredElements';

const FARM = 'org.apache.catalina.ha.deploy.FarmWarDeployer';

/** FarmWarDeployer only works in a Host's Cluster, and needs deployDir and tempDir. */
export const farmDeployerPlacement: XmlRule = {
  meta: {
    id: 'tomcat/farm-deployer-placement',
    defaultSeverity: 'warning',
    description: 'FarmWarDeployer is in a Cluster outside a Host, or lacks deployDir / tempDir.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const { deployer } = clusterParts(element);
      if (!deployer || classOf(deployer) !== FARM) continue;
      if (element.parent?.name !== 'Host') {
        report({
          ...classRange(deployer),
          message: `FarmWarDeployer only works in a Cluster inside a <Host>; this Cluster is in <${element.parent?.name}>, so Tomcat logs "FarmWarDeployer can only work as host cluster subelement!" and deploys nothing.`,
        });
      }
      const missing = ['deployDir', 'tempDir'].filter((a) => !attribute(deployer, a));
      if (missing.length > 0) {
        report({
          start: deployer.nameStart,
          end: deployer.nameEnd,
          message: `FarmWarDeployer needs ${missing.join(' and ')} (deployDir is where WARs are deployed, normally the Host's appBase; tempDir holds WARs while they arrive).`,
        });
      }
    }
  },
};
