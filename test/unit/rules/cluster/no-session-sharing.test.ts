import { noSessionSharing } from '../../../../server/src/rules/cluster/no-session-sharing';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = `      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
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
const webXml = (distributable: boolean): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>shop</display-name>${distributable ? '\n  <distributable/>' : ''}
</web-app>
`;
const context = (manager: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  ${manager}
</Context>
`;
const nginx = (method: string): string => `http {
  upstream tomcats {
${method ? `    ${method};\n` : ''}    server 10.0.0.11:8080 max_fails=3 fail_timeout=30s;
    server 10.0.0.12:8080 max_fails=3 fail_timeout=30s;
  }
  server {
    listen 80;
    location / {
      proxy_pass http://tomcats;
    }
  }
}
`;
const httpd = (proxySet: string): string => `<Proxy "balancer://tcsrvs">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
${proxySet ? `    ProxySet ${proxySet}\n` : ''}</Proxy>
ProxyPass "/" "balancer://tcsrvs/"
ProxyPassReverse "/" "balancer://tcsrvs/"
`;
const workers = (sticky: string): string => `worker.list=loadbalancer
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=tomcat1,tomcat2
${sticky}`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } };
const plain = { 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') };
const MSM_NON_STICKY =
  '<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" sticky="false" sessionBackupAsync="false" lockingMode="auto" requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$"/>';

clusterRuleTester(noSessionSharing, {
  valid: [
    {
      name: 'a round-robin upstream in front of clustered nodes whose app is <distributable/>',
      files: {
        'lb/nginx.conf': nginx(''),
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(true),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(true),
      },
      settings: hosts,
    },
    {
      name: 'least_conn in front of clustered nodes with no app folders in the workspace',
      files: { 'lb/nginx.conf': nginx('least_conn'), 'tomcat1/conf/server.xml': server('tomcat1', CLUSTER), 'tomcat2/conf/server.xml': server('tomcat2', CLUSTER) },
      settings: hosts,
    },
    {
      name: 'ip_hash is affinity (sticky-without-failover tells the rest)',
      files: { 'lb/nginx.conf': nginx('ip_hash'), ...plain },
      settings: hosts,
    },
    {
      name: 'hash $remote_addr consistent is affinity',
      files: { 'lb/nginx.conf': nginx('hash $remote_addr consistent'), ...plain },
      settings: hosts,
    },
    {
      name: 'httpd without stickysession in front of non-sticky memcached-session-manager nodes',
      files: {
        'lb/httpd.conf': httpd('lbmethod=byrequests'),
        ...plain,
        'tomcat1/conf/context.xml': context(MSM_NON_STICKY),
        'tomcat2/conf/context.xml': context(MSM_NON_STICKY),
      },
      settings: hosts,
    },
    {
      name: 'mod_jk sticky by default',
      files: { 'lb/workers.properties': workers(''), ...plain },
      settings: hosts,
    },
    {
      name: 'members that match no node in the workspace',
      files: { 'lb/nginx.conf': nginx('least_conn'), ...plain },
      settings: { nodes: { tomcat1: { host: '10.0.1.11' }, tomcat2: { host: '10.0.1.12' } } },
    },
  ],
  invalid: [
    {
      name: 'nginx least_conn over two nodes without a Cluster or a Manager: on least_conn',
      files: { 'lb/nginx.conf': nginx('least_conn'), ...plain },
      settings: hosts,
      findings: [
        {
          file: 'lb/nginx.conf',
          at: 'least_conn',
          message: /nginx upstream "tomcats" balances with least_conn, which sends one user's requests to different nodes, but node tomcat1, node tomcat2 keep sessions in local memory/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'nginx round robin (no method): on the upstream name',
      files: { 'lb/nginx.conf': nginx(''), ...plain },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'tomcats', message: /balances with round robin/ }],
    },
    {
      name: 'nginx hash $request_uri keeps one URL, not one user, on a node',
      files: { 'lb/nginx.conf': nginx('hash $request_uri consistent'), ...plain },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'hash $request_uri consistent', message: /balances with hash \$request_uri consistent/ }],
    },
    {
      name: 'nginx hash $cookie_jsessionid is no affinity: the first request has no cookie, later ones go where the id hashes',
      files: { 'lb/nginx.conf': nginx('hash $cookie_jsessionid consistent'), ...plain },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'hash $cookie_jsessionid consistent', message: /balances with hash \$cookie_jsessionid consistent/ }],
    },
    {
      name: 'httpd balancer with lbmethod=bybusyness and no stickysession: on the lbmethod',
      files: { 'lb/httpd.conf': httpd('lbmethod=bybusyness'), ...plain },
      settings: hosts,
      findings: [
        {
          file: 'lb/httpd.conf',
          at: 'lbmethod=bybusyness',
          message: /httpd balancer "tcsrvs" balances with lbmethod=bybusyness without stickysession/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'httpd balancer with no ProxySet at all: on the balancer name',
      files: { 'lb/httpd.conf': httpd(''), ...plain },
      settings: hosts,
      findings: [{ file: 'lb/httpd.conf', at: '"balancer://tcsrvs"', message: /balances with lbmethod=byrequests without stickysession/ }],
    },
    {
      name: 'mod_jk sticky_session=false: on that line',
      files: { 'lb/workers.properties': workers('worker.loadbalancer.sticky_session=false\n'), ...plain },
      settings: hosts,
      findings: [
        {
          file: 'lb/workers.properties',
          at: 'worker.loadbalancer.sticky_session=false',
          message: /mod_jk lb worker "loadbalancer" balances with sticky_session=false/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'PersistentManager with a FileStore is local: related to each Manager',
      files: {
        'lb/nginx.conf': nginx('random two least_conn'),
        ...plain,
        'tomcat1/conf/context.xml': context('<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="10">\n    <Store className="org.apache.catalina.session.FileStore" directory="sessions"/>\n  </Manager>'),
        'tomcat2/conf/context.xml': context('<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="10">\n    <Store className="org.apache.catalina.session.FileStore" directory="sessions"/>\n  </Manager>'),
      },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'random two least_conn', related: ['tomcat1/conf/context.xml', 'tomcat2/conf/context.xml'] }],
    },
    {
      name: 'clustered nodes whose app lacks <distributable/> get StandardManagers: round robin loses their sessions',
      files: {
        'lb/nginx.conf': nginx(''),
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(false),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(false),
      },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'tomcats', message: /node tomcat1, node tomcat2 keep sessions in local memory/ }],
    },
  ],
});
