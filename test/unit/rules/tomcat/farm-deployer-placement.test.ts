import { farmDeployerPlacement } from '../../../../server/src/rules/tomcat/farm-deployer-placement';
import { ruleTester } from '../../../support/ruleTester';
import { C, clusterWith } from './cluster-structure.shared';

const farm = (attrs: string): string => `<Deployer className="${C}.deploy.FarmWarDeployer" ${attrs}/>`;

ruleTester(farmDeployerPlacement, 'tomcat-xml', {
  valid: [{ name: 'in a Host cluster with both folders (seed 000)', text: clusterWith(farm('tempDir="/tmp/war-temp/" deployDir="/tmp/war-deploy/"'), { inHost: true }) }],
  invalid: [
    { name: 'in an Engine cluster', text: clusterWith(farm('tempDir="/tmp/t/" deployDir="webapps"')), findings: [{ at: `${C}.deploy.FarmWarDeployer`, message: /only works in a Cluster inside a <Host>/ }] },
    { name: 'without tempDir', text: clusterWith(farm('deployDir="webapps"'), { inHost: true }), findings: [{ at: 'Deployer', message: /needs tempDir/ }] },
  ],
});
