import { jvmRouteDuplicate } from '../../../../server/src/rules/cluster/jvmroute-duplicate';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string | undefined): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost"${route === undefined ? '' : ` jvmRoute="${route}"`}>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;

const nginx = `http {
  upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080;
  }
}
`;
const httpd = (members: [string, string][]): string => `<Proxy "balancer://tcsrvs">
${members.map(([url, route]) => `    BalancerMember "${url}" route=${route}\n`).join('')}    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/" "balancer://tcsrvs/"
`;
const workers = `worker.list=loadbalancer
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=tomcat1,tomcat2
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } };

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
        'lb/httpd.conf': `<Proxy "balancer://shop">
    BalancerMember "http://10.0.0.11:8080" route=node1
    BalancerMember "http://10.0.0.12:8080" route=node2
    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
<Proxy "balancer://crm">
    BalancerMember "http://10.0.0.13:8080" route=node1
    BalancerMember "http://10.0.0.14:8080" route=node2
    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/shop" "balancer://shop/shop"
ProxyPass "/crm" "balancer://crm/crm"
`,
        'shop1/conf/server.xml': server('node1'),
        'shop2/conf/server.xml': server('node2'),
        'crm1/conf/server.xml': server('node1'),
        'crm2/conf/server.xml': server('node2'),
      },
      settings: { nodes: { shop1: { host: '10.0.0.11' }, shop2: { host: '10.0.0.12' }, crm1: { host: '10.0.0.13' }, crm2: { host: '10.0.0.14' } } },
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
        'lb/httpd.conf': httpd([
          ['http://10.0.0.11:8080', 'tomcat1'],
          ['http://10.0.0.12:8080', 'tomcat2'],
          ['http://10.0.0.13:8080', 'tomcat3'],
        ]),
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
        'lb/nginx.conf': `http {
  upstream shop {
    ip_hash;
    server 10.0.0.11:8080;
  }
  upstream crm {
    ip_hash;
    server 10.0.0.12:8080;
  }
}
`,
        'shop1/conf/server.xml': server('node1'),
        'crm1/conf/server.xml': server('node1'),
      },
      settings: { nodes: { shop1: { host: '10.0.0.11' }, crm1: { host: '10.0.0.12' } } },
    },
  ],
  invalid: [
    {
      name: 'mod_jk workers node1 and node3, no hosts: tomcat1 and tomcat2 both on node1 (no member matches them) are both told',
      files: {
        'lb/workers.properties': `worker.list=loadbalancer
worker.node1.type=ajp13
worker.node1.host=10.0.0.11
worker.node1.port=8009
worker.node3.type=ajp13
worker.node3.host=10.0.0.13
worker.node3.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=node1,node3
`,
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
