import { nodesSyntax } from '../../../../server/src/rules/msm/nodes-syntax';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';

const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(attrs)) });

ruleTester(nodesSyntax, 'tomcat-xml', {
  valid: [
    { name: 'id:host:port entries separated by comma', ...ctx('memcachedNodes="n1:172.25.0.1:11211,n2:172.25.0.2:11211"') },
    { name: 'entries separated by spaces', ...ctx('memcachedNodes="n1:host1:11211 n2:host2:11211"') },
    { name: 'a single host:port', ...ctx('memcachedNodes="172.168.1.221:11211"') },
    { name: 'one redis URL', ...ctx('memcachedNodes="redis://redis.example.com:6379"') },
    { name: 'couchbase buckets', ...ctx('memcachedNodes="http://h1:8091/pools,http://h2:8091/pools" memcachedProtocol="binary"') },
  ],
  invalid: [
    { name: 'an empty memcachedNodes', ...ctx('memcachedNodes=""'), findings: [{ at: 'memcachedNodes', message: /required and empty/ }] },
    { name: 'no memcachedNodes at all', ...ctx('sticky="true"'), findings: [{ at: 'Manager' }] },
    { name: 'one entry without an id', ...ctx('memcachedNodes="n1:h1:11211,h2:11211"'), findings: [{ at: 'h2:11211', message: /write id:host:port/ }] },
    { name: 'an IPv6 host', ...ctx('memcachedNodes="n1:[::1]:11211,n2:h2:11211"'), findings: [{ at: 'n1:[::1]:11211' }] },
    { name: 'a redis URL among memcached nodes', ...ctx('memcachedNodes="n1:h1:11211 redis://h2"'), findings: [{ at: 'redis://h2', message: /only entry/ }] },
  ],
});
