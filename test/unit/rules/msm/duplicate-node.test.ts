import { duplicateNode } from '../../../../server/src/rules/msm/duplicate-node';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';

const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });

ruleTester(duplicateNode, 'tomcat-xml', {
  valid: [
    { name: 'two memcached on two hosts (seed 001)', ...ctx('memcachedNodes="n1:172.25.0.1:11211,n2:172.25.0.2:11211" failoverNodes="n1"') },
    { name: 'two memcached on one host, two ports', ...ctx('memcachedNodes="n1:10.0.0.1:11211,n2:10.0.0.1:11212"') },
  ],
  invalid: [
    {
      name: 'both ids on one server (seed 000)',
      ...ctx('memcachedNodes="m1:192.168.169.131:11211,m2:192.168.169.131:11211" failoverNodes="m2"'),
      findings: [{ at: 'm2:192.168.169.131:11211', message: /same memcached \(192\.168\.169\.131:11211\) as m1:192\.168\.169\.131:11211.*loses both copies/ }],
    },
    { name: 'an id used twice', ...ctx('memcachedNodes="n1:h1:11211 n1:h2:11211"'), findings: [{ at: 'n1:h2:11211', message: /Node id "n1" is already used/ }] },
  ],
});
