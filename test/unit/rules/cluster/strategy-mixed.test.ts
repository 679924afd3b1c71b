import { strategyMixed } from '../../../../server/src/rules/cluster/strategy-mixed';
import {
  ajpWorkers, backupManager, contextXml, httpdBalancer, msmContext, nginxConf, nodeAddresses, persistentManager, replicationCluster, routedMembers,
  serverXml, tomcatHosts, tomcatNodes, webXml, workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = replicationCluster();
/** A node, clustered with CLUSTER unless given another Cluster (or '' for none). */
const server = (route: string, clusterXml = CLUSTER): string => serverXml({ jvmRoute: route, cluster: clusterXml });
const distributableApp = (app: string): string => webXml({ app, distributable: true });
const MSM = msmContext({ memcachedNodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211', sticky: 'false', sessionBackupAsync: 'false', lockingMode: 'auto' }, { watchedResource: false });
const JDBC = contextXml(
  persistentManager({ attributes: 'maxIdleBackup="0" saveOnRestart="true"', store: 'DataSourceStore', storeAttributes: 'dataSourceName="jdbc/sessions" sessionTable="tomcat_sessions"' }),
  { watchedResource: false },
);

const nginx = nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(3) }] });
const httpd = httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2']) });
const workers = workersProperties({ workers: ajpWorkers(2) });
const hosts = tomcatHosts(3);
/** Three clustered nodes behind the nginx upstream, each with the shop app. */
const three = {
  'lb/nginx.conf': nginx,
  ...tomcatNodes(3, server),
  'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
  'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
  'tomcat3/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/META-INF/context.xml': MSM,
      },
    },
    {
      name: 'an app on one node only',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/admin/WEB-INF/web.xml': distributableApp('admin'),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
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
const BACKUP_CLUSTER = replicationCluster({ manager: backupManager() });
clusterRuleTester(strategyMixed, {
  valid: [],
  invalid: [
    {
      name: "behind one httpd balancer, tomcat1's Cluster uses DeltaManager and tomcat2's BackupManager, shop distributable on both: both told",
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2', BACKUP_CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
        'tomcat2/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
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
