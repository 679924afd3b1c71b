import { failoverAllNodes } from '../../../../server/src/rules/msm/failover-all-nodes';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });
const twoNodes = 'memcachedNodes="n1:host1:11211,n2:host2:11211"';

ruleTester(failoverAllNodes, 'tomcat-xml', {
  valid: [{ name: 'one of two', ...ctx(`${twoNodes} failoverNodes="n2"`) }],
  invalid: [{ name: 'both of two', ...ctx(`${twoNodes} failoverNodes="n1 n2"`), findings: [{ at: 'n1 n2', message: /Every memcached node is a failover node/ }] }],
});
