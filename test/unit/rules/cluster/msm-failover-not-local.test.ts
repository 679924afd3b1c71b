import { msmFailoverNotLocal } from '../../../../server/src/rules/cluster/msm-failover-not-local';
import {
  ajpWorkers, cluster, DELTA_MANAGER, hostMap, httpdBalancer, KRYO_TRANSCODER_FACTORY, MSM_STATIC_RESOURCES, msmContext, nginxConf, nodeAddresses,
  routedMembers, serverXml, tomcatHosts, tomcatNodes, workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** A Cluster that replicates the other apps (shop); cart keeps its sessions in memcached. */
const CLUSTER = cluster({ manager: DELTA_MANAGER });
const server = (route: string, clusterXml?: string): string => serverXml({ jvmRoute: route, cluster: clusterXml });
const NODES = 'm1:10.0.0.11:11211,m2:10.0.0.12:11211';
/** cart's context: sticky msm (non-sticky when `sticky` is "false") failing over to `failover`. */
const msm = (failover: string, nodes = NODES, sticky?: string): string =>
  msmContext(
    { memcachedNodes: nodes, sticky, failoverNodes: failover, requestUriIgnorePattern: MSM_STATIC_RESOURCES, transcoderFactoryClass: KRYO_TRANSCODER_FACTORY },
    { attributePerLine: true, watchedResource: false },
  );

const nginx = (nodeCount = 2): string => nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(nodeCount) }] });
const httpd = httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2']) });
const workers = workersProperties({ workers: ajpWorkers(2) });
const hosts = tomcatHosts(2);
const two = tomcatNodes(2, server);

clusterRuleTester(msmFailoverNotLocal, {
  valid: [
    {
      name: 'each Tomcat names the memcached on its own host (the msm setup guide)',
      files: {
        'lb/nginx.conf': nginx(),
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m2'),
      },
      settings: hosts,
    },
    {
      name: 'the node hosts come from the httpd members matched by route',
      files: {
        'lb/httpd.conf': httpd,
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m2'),
      },
    },
    {
      name: 'non-sticky msm: failoverNodes is not this rule (msm/failover-non-sticky)',
      files: {
        'lb/nginx.conf': nginx(),
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m2', NODES, 'false'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m2', NODES, 'false'),
      },
      settings: hosts,
    },
    {
      name: 'clustered nodes, hosts unknown, each node a failover node of its own: nothing to judge',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m2'),
      },
    },
  ],
  invalid: [
    {
      name: 'tomcat2 (10.0.0.12) names m1 (10.0.0.11): fixed to its local m2',
      files: {
        'lb/nginx.conf': nginx(),
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m1'),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat2/webapps/cart/META-INF/context.xml',
          at: 'm1',
          message: /failoverNodes of cart on node tomcat2 \(10\.0\.0\.12\) is m1 on 10\.0\.0\.11, not the memcached on its own host \(m2\)/,
          fixed: msm('m2'),
        },
      ],
    },
    {
      name: 'failoverNodes swapped on both nodes behind mod_jk: each fixed to its own',
      files: {
        'lb/workers.properties': workers,
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m2'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m1'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/webapps/cart/META-INF/context.xml', at: 'm2', message: /node tomcat1 \(10\.0\.0\.11\) is m2 on 10\.0\.0\.12.*\(m1\)/, fixed: msm('m1') },
        { file: 'tomcat2/webapps/cart/META-INF/context.xml', at: 'm1', message: /node tomcat2 \(10\.0\.0\.12\) is m1 on 10\.0\.0\.11.*\(m2\)/, fixed: msm('m2') },
      ],
    },
    {
      name: 'clustered nodes behind no balancer, hosts unknown, every node names the same failover node: on each, related the other',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m1'),
      },
      findings: [
        { file: 'tomcat1/webapps/cart/META-INF/context.xml', at: 'm1', message: /every node of cart names the same failoverNodes \(m1\)/, related: ['tomcat2/webapps/cart/META-INF/context.xml'] },
        { file: 'tomcat2/webapps/cart/META-INF/context.xml', at: 'm1', message: /every node of cart names the same failoverNodes \(m1\)/, related: ['tomcat1/webapps/cart/META-INF/context.xml'] },
      ],
    },
    {
      name: 'localhost and 127.0.0.1 are one host: a single-machine node naming the other machine',
      files: {
        'lb/httpd.conf': httpd,
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m2', 'm1:127.0.0.1:11211,m2:10.0.0.12:11211'),
      },
      settings: hostMap({ tomcat1: 'localhost', tomcat2: '10.0.0.12' }),
      findings: [
        {
          file: 'tomcat1/webapps/cart/META-INF/context.xml',
          at: 'm2',
          message: /failoverNodes of cart on node tomcat1 \(localhost\) is m2 on 10\.0\.0\.12, not the memcached on its own host \(m1\)/,
          fixed: msm('m1', 'm1:127.0.0.1:11211,m2:10.0.0.12:11211'),
        },
      ],
    },
  ],
});

// Regression cases: each node against its own host without any group; hosts compared only when spelled alike; a host with no memcached.
const N_NODES = 'n1:10.0.0.11:11211,n2:10.0.0.12:11211';
clusterRuleTester(msmFailoverNotLocal, {
  valid: [
    {
      name: 'memcached given by host name (app1.internal) while the node hosts are IPs: not compared',
      files: {
        'lb/nginx.conf': nginx(),
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('n2', 'n1:app1.internal:11211,n2:app2.internal:11211'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('n1', 'n1:app1.internal:11211,n2:app2.internal:11211'),
      },
      settings: hosts,
    },
    {
      name: 'a node on a host with no memcached (10.0.0.13): nothing local to fail over to',
      files: {
        'lb/nginx.conf': nginx(3),
        ...two,
        'tomcat3/conf/server.xml': server('tomcat3'),
        'tomcat1/webapps/cart/META-INF/context.xml': msm('n1', N_NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('n2', N_NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n1', N_NODES),
      },
      settings: tomcatHosts(3),
    },
  ],
  invalid: [
    {
      name: 'two nodes with known hosts, no balancer and no Cluster: tomcat1 (10.0.0.11) names n2, fixed to n1',
      files: {
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('n2', N_NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('n2', N_NODES),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat1/webapps/cart/META-INF/context.xml',
          at: 'n2',
          message: /failoverNodes of cart on node tomcat1 \(10\.0\.0\.11\) is n2 on 10\.0\.0\.12, not the memcached on its own host \(n1\)/,
          fixed: msm('n1', N_NODES),
        },
      ],
    },
  ],
});
