import { membershipMismatch } from '../../../../server/src/rules/cluster/membership-mismatch';
import { BARE_HTTP_CONNECTOR, cluster, mcastMembership, nginxConf, nodeAddresses, serverXml, tomcatHosts, TWO_CLUSTER_HOSTS, twoClusterNginx } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** A node whose Cluster has only a Channel holding `membership` (none when ''). */
const server = (route: string, membership: string): string =>
  serverXml({ jvmRoute: route, connectors: [BARE_HTTP_CONNECTOR], cluster: cluster({ channel: [membership] }), bareHost: true });

const upstream = nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(3) }] });
const hosts = tomcatHosts(3);

clusterRuleTester(membershipMismatch, {
  valid: [
    {
      name: 'three nodes on the same multicast group',
      files: {
        'lb/nginx.conf': upstream,
        'tomcat1/conf/server.xml': server('t1', mcastMembership('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcastMembership('228.0.0.4')),
        'tomcat3/conf/server.xml': server('t3', mcastMembership('228.0.0.4')),
      },
      settings: hosts,
    },
    {
      name: 'a written default equals an implicit one',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcastMembership('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', ''),
      },
    },
    {
      name: 'two separate balancers, two separate clusters',
      files: {
        'lb/nginx.conf': twoClusterNginx({ method: 'ip_hash' }),
        'a1/conf/server.xml': server('a1', mcastMembership('228.0.0.4')),
        'a2/conf/server.xml': server('a2', mcastMembership('228.0.0.4')),
        'b1/conf/server.xml': server('b1', mcastMembership('228.0.0.5')),
        'b2/conf/server.xml': server('b2', mcastMembership('228.0.0.5')),
      },
      settings: TWO_CLUSTER_HOSTS,
    },
  ],
  invalid: [
    {
      name: 'one node of three on 228.0.0.5: the odd one out, fixed to the majority',
      files: {
        'lb/nginx.conf': upstream,
        'tomcat1/conf/server.xml': server('t1', mcastMembership('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcastMembership('228.0.0.5')),
        'tomcat3/conf/server.xml': server('t3', mcastMembership('228.0.0.4')),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat2/conf/server.xml',
          at: '228.0.0.5',
          message: /228\.0\.0\.5 on node tomcat2 differs from the 228\.0\.0\.4 of the other nodes/,
          related: ['tomcat1/conf/server.xml', 'tomcat3/conf/server.xml'],
          fixed: server('t2', mcastMembership('228.0.0.4')),
        },
      ],
    },
    {
      name: 'two clustered nodes behind no balancer, 228.0.0.4 vs 228.0.0.5: both told, no fix',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcastMembership('228.0.0.4')),
        'tomcat2/conf/server.xml': server('t2', mcastMembership('228.0.0.5')),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '228.0.0.4', message: /228\.0\.0\.5 on node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '228.0.0.5', message: /228\.0\.0\.4 on node tomcat1/ },
      ],
    },
    {
      name: 'a different multicast port',
      files: {
        'tomcat1/conf/server.xml': server('t1', mcastMembership('228.0.0.4', '45564')),
        'tomcat2/conf/server.xml': server('t2', mcastMembership('228.0.0.4', '45565')),
        'tomcat3/conf/server.xml': server('t3', mcastMembership('228.0.0.4', '45564')),
      },
      findings: [{ file: 'tomcat2/conf/server.xml', at: '45565', message: /Membership port 45565/ }],
    },
  ],
});
