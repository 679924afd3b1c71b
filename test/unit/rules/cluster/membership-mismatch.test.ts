import { membershipMismatch } from '../../../../server/src/rules/cluster/membership-mismatch';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string, membership: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          ${membership}
        </Channel>
      </Cluster>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
`;
const mcast = (address: string, port = '45564'): string =>
  `<Membership className="org.apache.catalina.tribes.membership.McastService" address="${address}" port="${port}" frequency="500" dropTime="3000"/>`;

const upstream = `http {
  upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080;
  }
}
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } };

clusterRuleTester(membershipMismatch, {
  valid: [
    {
      name: 'three nodes on the same multicast group',
      files: {
        'lb/nginx.conf': upstream,
        'tomcat1/conf/server.xml': server('t1', mcast('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcast('228.0.0.4')),
        'tomcat3/conf/server.xml': server('t3', mcast('228.0.0.4')),
      },
      settings: hosts,
    },
    {
      name: 'a written default equals an implicit one',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcast('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', ''),
      },
    },
    {
      name: 'two separate balancers, two separate clusters',
      files: {
        'lb/nginx.conf': `http {\n  upstream a { ip_hash; server 10.0.0.11:8080; server 10.0.0.12:8080; }\n  upstream b { ip_hash; server 10.0.0.13:8080; server 10.0.0.14:8080; }\n}\n`,
        'a1/conf/server.xml': server('a1', mcast('228.0.0.4')),
        'a2/conf/server.xml': server('a2', mcast('228.0.0.4')),
        'b1/conf/server.xml': server('b1', mcast('228.0.0.5')),
        'b2/conf/server.xml': server('b2', mcast('228.0.0.5')),
      },
      settings: { nodes: { a1: { host: '10.0.0.11' }, a2: { host: '10.0.0.12' }, b1: { host: '10.0.0.13' }, b2: { host: '10.0.0.14' } } },
    },
  ],
  invalid: [
    {
      name: 'one node of three on 228.0.0.5: the odd one out, fixed to the majority',
      files: {
        'lb/nginx.conf': upstream,
        'tomcat1/conf/server.xml': server('t1', mcast('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcast('228.0.0.5')),
        'tomcat3/conf/server.xml': server('t3', mcast('228.0.0.4')),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat2/conf/server.xml',
          at: '228.0.0.5',
          message: /228\.0\.0\.5 on node tomcat2 differs from the 228\.0\.0\.4 of the other nodes/,
          related: ['tomcat1/conf/server.xml', 'tomcat3/conf/server.xml'],
          fixed: server('t2', mcast('228.0.0.4')),
        },
      ],
    },
    {
      name: 'two clustered nodes behind no balancer, 228.0.0.4 vs 228.0.0.5: both told, no fix',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcast('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcast('228.0.0.5')),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '228.0.0.4', message: /228\.0\.0\.5 on node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '228.0.0.5', message: /228\.0\.0\.4 on node tomcat1/ },
      ],
    },
    {
      name: 'a different multicast port',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcast('228.0.0.4', '45564')),
        'tomcat2/conf/server.xml': server('t2', mcast('228.0.0.4', '45565')),
        'tomcat3/conf/server.xml': server('t3', mcast('228.0.0.4', '45564')),
      },
      findings: [{ file: 'tomcat2/conf/server.xml', at: '45565', message: /Membership port 45565/ }],
    },
  ],
});
