import { msmFailoverNotLocal } from '../../../../server/src/rules/cluster/msm-failover-not-local';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** A Cluster that replicates the other apps (shop); cart keeps its sessions in memcached. */
const CLUSTER = `      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
      </Cluster>
`;
const server = (route: string, cluster = ''): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" address="0.0.0.0" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
${cluster}      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;
const NODES = 'm1:10.0.0.11:11211,m2:10.0.0.12:11211';
const msm = (failover: string, nodes = NODES, sticky = ''): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"
           memcachedNodes="${nodes}"${sticky}
           failoverNodes="${failover}"
           requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$"
           transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory"/>
</Context>
`;

const nginx = `http {
  upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
  }
}
`;
const httpd = `<Proxy "balancer://tcsrvs">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    ProxySet stickysession=JSESSIONID|jsessionid
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
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } };
const two = { 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') };

clusterRuleTester(msmFailoverNotLocal, {
  valid: [
    {
      name: 'each Tomcat names the memcached on its own host (the msm setup guide)',
      files: {
        'lb/nginx.conf': nginx,
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
        'lb/nginx.conf': nginx,
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('m2', NODES, ' sticky="false"'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m2', NODES, ' sticky="false"'),
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
        'lb/nginx.conf': nginx,
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
      settings: { nodes: { tomcat1: { host: 'localhost' }, tomcat2: { host: '10.0.0.12' } } },
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
        'lb/nginx.conf': nginx,
        ...two,
        'tomcat1/webapps/cart/META-INF/context.xml': msm('n2', 'n1:app1.internal:11211,n2:app2.internal:11211'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('n1', 'n1:app1.internal:11211,n2:app2.internal:11211'),
      },
      settings: hosts,
    },
    {
      name: 'a node on a host with no memcached (10.0.0.13): nothing local to fail over to',
      files: {
        'lb/nginx.conf': nginx.replace('    server 10.0.0.12:8080;\n', '    server 10.0.0.12:8080;\n    server 10.0.0.13:8080;\n'),
        ...two,
        'tomcat3/conf/server.xml': server('tomcat3'),
        'tomcat1/webapps/cart/META-INF/context.xml': msm('n1', N_NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('n2', N_NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n1', N_NODES),
      },
      settings: { nodes: { ...hosts.nodes, tomcat3: { host: '10.0.0.13' } } },
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
