import { jvmRouteDuplicate } from '../../../../server/src/rules/cluster/jvmroute-duplicate';
import { ajpConnector, ajpWorkers, hostMap, httpConnector, httpdBalancer, nginxConf, nodeAddresses, routedMembers, serverXml, tomcatHosts, workersProperties } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string | undefined): string => serverXml({ jvmRoute: route, connectors: [httpConnector(), ajpConnector()] });

const nginx = nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(3) }] });
const workers = workersProperties({ workers: ajpWorkers(2) });
const hosts = tomcatHosts(3);

clusterRuleTester(jvmRouteDuplicate, {
  valid: [
    {
      name: 'three nodes behind nginx, each with its own jvmRoute',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat3/conf/server.xml': server('tomcat3'),
      },
      settings: hosts,
    },
    {
      name: 'two httpd balancers, two clusters: the same route names in each are not compared',
      files: {
        'lb/httpd.conf':
          httpdBalancer({ name: 'shop', path: '/shop', members: routedMembers(['node1', 'node2']) }) +
          httpdBalancer({ name: 'crm', path: '/crm', members: [['http://10.0.0.13:8080', 'node1'], ['http://10.0.0.14:8080', 'node2']] }),
        'shop1/conf/server.xml': server('node1'),
        'shop2/conf/server.xml': server('node2'),
        'crm1/conf/server.xml': server('node1'),
        'crm2/conf/server.xml': server('node2'),
      },
      settings: hostMap({ shop1: '10.0.0.11', shop2: '10.0.0.12', crm1: '10.0.0.13', crm2: '10.0.0.14' }),
    },
    {
      name: 'nodes without any jvmRoute are no duplicates (tomcat/jvmroute-missing covers them)',
      files: {
        'tomcat1/conf/server.xml': server(undefined),
        'tomcat2/conf/server.xml': server(undefined),
      },
    },
    {
      name: 'an empty jvmRoute is no route',
      files: {
        'tomcat1/conf/server.xml': server(''),
        'tomcat2/conf/server.xml': server(''),
      },
    },
  ],
  invalid: [
    {
      name: 'a server.xml copied from tomcat1 to tomcat2, no balancer: both told',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat1'),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'tomcat1', message: /jvmRoute "tomcat1" of node tomcat1 is also the jvmRoute of node tomcat2/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'tomcat1', message: /jvmRoute "tomcat1" of node tomcat2 is also the jvmRoute of node tomcat1/, related: ['tomcat1/conf/server.xml'] },
      ],
    },
    {
      name: 'mod_jk workers matched by host and port, both nodes on jvmRoute tomcat1',
      files: {
        'lb/workers.properties': workers,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat1'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'tomcat1', related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'tomcat1', related: ['tomcat1/conf/server.xml'] },
      ],
    },
    {
      name: 'two of three httpd members on one jvmRoute: only those two',
      files: {
        'lb/httpd.conf': httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2', 'tomcat3']) }),
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat3/conf/server.xml': server('tomcat2'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat2/conf/server.xml', at: 'tomcat2', message: /of node tomcat2 is also the jvmRoute of node tomcat3/, related: ['tomcat3/conf/server.xml'] },
        { file: 'tomcat3/conf/server.xml', at: 'tomcat2', message: /of node tomcat3 is also the jvmRoute of node tomcat2/, related: ['tomcat2/conf/server.xml'] },
      ],
    },
    {
      name: 'three nodes on one jvmRoute behind nginx: each told, related the two others',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('node'),
        'tomcat2/conf/server.xml': server('node'),
        'tomcat3/conf/server.xml': server('node'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'node', message: /node tomcat2, node tomcat3/, related: ['tomcat2/conf/server.xml', 'tomcat3/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'node', related: ['tomcat1/conf/server.xml', 'tomcat3/conf/server.xml'] },
        { file: 'tomcat3/conf/server.xml', at: 'node', related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'] },
      ],
    },
  ],
});

// Regression cases: a duplicate route no balancer member can match, and separate clusters behind nginx.
clusterRuleTester(jvmRouteDuplicate, {
  valid: [
    {
      name: 'the same jvmRoute on two nodes behind two different nginx upstreams only: separate clusters',
      files: {
        'lb/nginx.conf': nginxConf({
          upstreams: [
            { name: 'shop', method: 'ip_hash', servers: ['10.0.0.11:8080'] },
            { name: 'crm', method: 'ip_hash', servers: ['10.0.0.12:8080'] },
          ],
        }),
        'shop1/conf/server.xml': server('node1'),
        'crm1/conf/server.xml': server('node1'),
      },
      settings: hostMap({ shop1: '10.0.0.11', crm1: '10.0.0.12' }),
    },
  ],
  invalid: [
    {
      name: 'mod_jk workers node1 and node3, no hosts: tomcat1 and tomcat2 both on node1 (no member matches them) are both told',
      files: {
        'lb/workers.properties': workersProperties({
          workers: [
            { name: 'node1', host: '10.0.0.11', port: '8009' },
            { name: 'node3', host: '10.0.0.13', port: '8009' },
          ],
        }),
        'tomcat1/conf/server.xml': server('node1'),
        'tomcat2/conf/server.xml': server('node1'),
        'tomcat3/conf/server.xml': server('node3'),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'node1', message: /jvmRoute "node1" of node tomcat1 is also the jvmRoute of node tomcat2/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'node1', message: /jvmRoute "node1" of node tomcat2 is also the jvmRoute of node tomcat1/, related: ['tomcat1/conf/server.xml'] },
      ],
    },
  ],
});
