import { stickyWithoutFailover } from '../../../../server/src/rules/cluster/sticky-without-failover';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = `      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
        <Manager className="org.apache.catalina.ha.session.BackupManager" notifyListenersOnReplication="true" mapSendOptions="6"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
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
const context = (manager: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  ${manager}
</Context>
`;
const msm = (failover: string): string =>
  context(`<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" failoverNodes="${failover}" requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$"/>`);
const webXml = (distributable: boolean): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>shop</display-name>${distributable ? '\n  <distributable/>' : ''}
</web-app>
`;
const httpd = (proxySet: string): string => `<Proxy "balancer://tcsrvs">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    ProxySet ${proxySet}
</Proxy>
ProxyPass "/" "balancer://tcsrvs/"
ProxyPassReverse "/" "balancer://tcsrvs/"
`;
const nginx = (method: string): string => `http {
  upstream tomcats {
    ${method};
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
  }
}
`;
const workers = `worker.list=loadbalancer,jkstatus
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=tomcat1,tomcat2
worker.jkstatus.type=status
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } };
const plain = { 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') };

clusterRuleTester(stickyWithoutFailover, {
  valid: [
    {
      name: 'a sticky httpd balancer over nodes that keep a copy of their sessions in memcached (msm, sticky)',
      files: { 'lb/httpd.conf': httpd('stickysession=JSESSIONID|jsessionid'), ...plain, 'tomcat1/conf/context.xml': msm('n1'), 'tomcat2/conf/context.xml': msm('n2') },
      settings: hosts,
    },
    {
      name: 'ip_hash over clustered nodes (BackupManager) with a <distributable/> app',
      files: {
        'lb/nginx.conf': nginx('ip_hash'),
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(true),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(true),
      },
      settings: hosts,
    },
    {
      name: 'a balancer without affinity over local nodes is cluster/no-session-sharing, not this rule',
      files: { 'lb/httpd.conf': httpd('lbmethod=bybusyness'), ...plain },
      settings: hosts,
    },
    {
      name: 'a sticky balancer whose members match no node of the workspace',
      files: { 'lb/nginx.conf': nginx('ip_hash'), ...plain },
      settings: { nodes: { tomcat1: { host: '10.0.1.11' }, tomcat2: { host: '10.0.1.12' } } },
    },
  ],
  invalid: [
    {
      name: 'httpd stickysession over nodes with no Cluster and no Manager: on the stickysession',
      files: { 'lb/httpd.conf': httpd('stickysession=JSESSIONID|jsessionid'), ...plain },
      settings: hosts,
      findings: [
        {
          file: 'lb/httpd.conf',
          at: 'stickysession=JSESSIONID|jsessionid',
          message: /httpd balancer "tcsrvs" keeps each user on one node \(stickysession=JSESSIONID\|jsessionid\), and node tomcat1, node tomcat2 keep sessions only in local memory/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'nginx ip_hash over plain nodes: on ip_hash',
      files: { 'lb/nginx.conf': nginx('ip_hash'), ...plain },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'ip_hash', message: /nginx upstream "tomcats" keeps each user on one node \(ip_hash\)/ }],
    },
    {
      name: 'a mod_jk lb worker, sticky by default: on the first line of the lb worker',
      files: { 'lb/workers.properties': workers, ...plain },
      settings: hosts,
      findings: [
        {
          file: 'lb/workers.properties',
          at: 'worker.loadbalancer.type',
          message: /mod_jk lb worker "loadbalancer" keeps each user on one node \(sticky_session \(mod_jk default\)\)/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'PersistentManager with a FileStore in conf/context.xml: related to each Manager',
      files: {
        'lb/workers.properties': `${workers}worker.loadbalancer.sticky_session=true\n`,
        ...plain,
        'tomcat1/conf/context.xml': context('<Manager className="org.apache.catalina.session.PersistentManager" saveOnRestart="true">\n    <Store className="org.apache.catalina.session.FileStore"/>\n  </Manager>'),
        'tomcat2/conf/context.xml': context('<Manager className="org.apache.catalina.session.PersistentManager" saveOnRestart="true">\n    <Store className="org.apache.catalina.session.FileStore"/>\n  </Manager>'),
      },
      settings: hosts,
      findings: [{ file: 'lb/workers.properties', at: 'worker.loadbalancer.sticky_session=true', related: ['tomcat1/conf/context.xml', 'tomcat2/conf/context.xml'] }],
    },
    {
      name: 'clustered nodes whose app lacks <distributable/>: no copy either',
      files: {
        'lb/nginx.conf': nginx('hash $remote_addr consistent'),
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(false),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(false),
      },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'hash $remote_addr consistent', message: /keeps each user on one node \(hash \$remote_addr consistent\)/ }],
    },
  ],
});
