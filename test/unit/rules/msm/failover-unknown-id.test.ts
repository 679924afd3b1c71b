import { failoverUnknownId } from '../../../../server/src/rules/msm/failover-unknown-id';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });
const twoNodes = 'memcachedNodes="n1:host1:11211,n2:host2:11211"';

ruleTester(failoverUnknownId, 'tomcat-xml', {
  valid: [{ name: 'the wiki example', ...ctx(`${twoNodes} failoverNodes="n1"`) }],
  invalid: [{ name: 'a failover id memcachedNodes lacks', ...ctx(`${twoNodes} failoverNodes="n3"`), findings: [{ at: 'n3', message: /Invalid failover node id n3/ }] }],
});
