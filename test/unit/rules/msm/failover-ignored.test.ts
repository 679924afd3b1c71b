import { failoverIgnored } from '../../../../server/src/rules/msm/failover-ignored';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });

ruleTester(failoverIgnored, 'tomcat-xml', {
  valid: [{ name: 'redis without failover', ...ctx('memcachedNodes="redis://r1:6379"') }],
  invalid: [{ name: 'redis with failover', ...ctx('memcachedNodes="redis://r1:6379" failoverNodes="n1"'), findings: [{ at: 'n1', severity: 'warning', message: /ignored with redis/ }] }],
});
