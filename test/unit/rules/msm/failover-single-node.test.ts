import { failoverSingleNode } from '../../../../server/src/rules/msm/failover-single-node';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });
const twoNodes = 'memcachedNodes="n1:host1:11211,n2:host2:11211"';

ruleTester(failoverSingleNode, 'tomcat-xml', {
  valid: [{ name: 'two nodes', ...ctx(`${twoNodes} failoverNodes="n1"`) }, { name: 'a single node without failover (seed 003)', ...ctx('memcachedNodes="n1:172.168.1.221:11211"') }],
  invalid: [
    { name: 'one id:host:port node with failover', ...ctx('memcachedNodes="n1:host1:11211" failoverNodes="n1"'), findings: [{ at: 'n1', message: /single memcached node/ }] },
    { name: 'couchbase with failover', ...ctx('memcachedNodes="http://h1:8091/pools,http://h2:8091/pools" failoverNodes="x"'), findings: [{ at: 'x', message: /couchbase/ }] },
  ],
});
