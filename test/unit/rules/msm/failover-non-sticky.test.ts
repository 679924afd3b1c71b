import { failoverNonSticky } from '../../../../server/src/rules/msm/failover-non-sticky';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });
const twoNodes = 'memcachedNodes="n1:host1:11211,n2:host2:11211"';

ruleTester(failoverNonSticky, 'tomcat-xml', {
  valid: [{ name: 'sticky with failover', ...ctx(`${twoNodes} failoverNodes="n1" sticky="true"`) }, { name: 'non-sticky without failover', ...ctx(`${twoNodes} sticky="false"`) }],
  invalid: [{ name: 'non-sticky with failover', ...ctx(`${twoNodes} sticky="false" failoverNodes="n1"`), findings: [{ at: 'n1', message: /must not be used for non-sticky sessions/ }] }],
});
