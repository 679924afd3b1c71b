import { strategyMixed } from '../../../../server/src/rules/cluster/strategy-mixed';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = `      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
`;
const server = (route: string, cluster = CLUSTER): string => `<?xml version="1.0" encoding="UTF-8"?>
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
const webXml = (app: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>${app}</display-name>
  <distributable/>
</web-app>
`;
const context = (manager: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  ${manager}
</Context>
`;
const MSM = context(
  '<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" sticky="false" sessionBackupAsync="false" lockingMode="auto"/>',
);
const JDBC = context(`<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="0" saveOnRestart="true">
    <Store className="org.apache.catalina.session.DataSourceStore" dataSourceName="jdbc/sessions" sessionTable="tomcat_sessions"/>
  </Manager>`);

const nginx = `http {
  upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080;
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
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } };
/** Three clustered nodes behind the nginx upstream, each with the shop app. */
const three = {
  'lb/nginx.conf': nginx,
  'tomcat1/conf/server.xml': server('tomcat1'),
  'tomcat2/conf/server.xml': server('tomcat2'),
  'tomcat3/conf/server.xml': server('tomcat3'),
  'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
  'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
  'tomcat3/webapps/shop/WEB-INF/web.xml': webXml('shop'),
};

clusterRuleTester(strategyMixed, {
  valid: [
    {
      name: "three nodes, shop on the Cluster's DeltaManager everywhere",
      files: three,
      settings: hosts,
    },
    {
      name: 'two apps with two strategies, each the same on every node',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat1/conf/Catalina/localhost/cart.xml': MSM,
        'tomcat2/conf/Catalina/localhost/cart.xml': MSM,
      },
      settings: hosts,
    },
    {
      name: 'clustered nodes behind no balancer are not compared',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/META-INF/context.xml': MSM,
      },
    },
    {
      name: 'an app on one node only',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/admin/WEB-INF/web.xml': webXml('admin'),
        'tomcat2/webapps/admin/META-INF/context.xml': MSM,
      },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'tomcat3 gives shop memcached-session-manager in conf/Catalina/localhost/shop.xml: on that Manager',
      files: { ...three, 'tomcat3/conf/Catalina/localhost/shop.xml': MSM },
      settings: hosts,
      findings: [
        {
          file: 'tomcat3/conf/Catalina/localhost/shop.xml',
          at: 'Manager',
          message:
            /shop on node tomcat3 keeps sessions with memcached-session-manager \(MemcachedBackupSessionManager\), while node tomcat1 uses session replication \(DeltaManager\), node tomcat2 uses session replication \(DeltaManager\) behind nginx upstream "tomcats"/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'the third node has no Cluster: its shop keeps sessions in local memory, reported on its web.xml',
      files: { ...three, 'tomcat3/conf/server.xml': server('tomcat3', '') },
      settings: hosts,
      findings: [
        {
          file: 'tomcat3/webapps/shop/WEB-INF/web.xml',
          at: 'web-app',
          message: /shop on node tomcat3 keeps sessions with local memory \(StandardManager\)/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'one against one behind httpd: msm on tomcat1, a shared DataSourceStore on tomcat2, both told',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1', ''),
        'tomcat2/conf/server.xml': server('tomcat2', ''),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat1/webapps/shop/META-INF/context.xml': MSM,
        'tomcat2/webapps/shop/META-INF/context.xml': JDBC,
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/webapps/shop/META-INF/context.xml', at: 'Manager', message: /shop on node tomcat1 keeps sessions with memcached-session-manager/, related: ['tomcat2/webapps/shop/META-INF/context.xml'] },
        { file: 'tomcat2/webapps/shop/META-INF/context.xml', at: 'Manager', message: /shop on node tomcat2 keeps sessions with PersistentManager with a shared store/, related: ['tomcat1/webapps/shop/META-INF/context.xml'] },
      ],
    },
    {
      name: "mod_jk: conf/context.xml of tomcat2 overrides the Cluster's DeltaManager for every app",
      files: {
        'lb/workers.properties': workers,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/conf/context.xml': MSM,
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'Manager', message: /shop on node tomcat1 keeps sessions with session replication \(DeltaManager\), while node tomcat2 uses memcached-session-manager \(MemcachedBackupSessionManager\) behind mod_jk lb worker "loadbalancer"/ },
        { file: 'tomcat2/conf/context.xml', at: 'Manager', message: /shop on node tomcat2 keeps sessions with memcached-session-manager/ },
      ],
    },
  ],
});

// Regression case: DeltaManager and BackupManager nodes do not exchange sessions.
const BACKUP_CLUSTER = CLUSTER.replace('org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"', 'org.apache.catalina.ha.session.BackupManager" mapSendOptions="6"');
clusterRuleTester(strategyMixed, {
  valid: [],
  invalid: [
    {
      name: "behind one httpd balancer, tomcat1's Cluster uses DeltaManager and tomcat2's BackupManager, shop distributable on both: both told",
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2', BACKUP_CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml('shop'),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat1/conf/server.xml',
          at: 'Manager',
          message: /shop on node tomcat1 keeps sessions with session replication \(DeltaManager\), while node tomcat2 uses session replication \(BackupManager\) behind httpd balancer "tcsrvs"/,
          related: ['tomcat2/conf/server.xml'],
        },
        {
          file: 'tomcat2/conf/server.xml',
          at: 'Manager',
          message: /shop on node tomcat2 keeps sessions with session replication \(BackupManager\), while node tomcat1 uses session replication \(DeltaManager\) behind httpd balancer "tcsrvs"/,
          related: ['tomcat1/conf/server.xml'],
        },
      ],
    },
  ],
});
