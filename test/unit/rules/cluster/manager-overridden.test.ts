import { managerOverridden } from '../../../../server/src/rules/cluster/manager-overridden';
import { backupManager, cluster, contextXml, httpConnector, msmContext, persistentManager, replicationCluster, serverXml, webXml } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** tomcat1, clustered (replicationCluster() unless given; none when ''), with one HTTP Connector. */
const server = (clusterXml = replicationCluster({ channelSendOptions: '8' })): string => serverXml({ jvmRoute: 'tomcat1', connectors: [httpConnector()], cluster: clusterXml });
const distributableApp = (app: string): string => webXml({ app, distributable: true });
const MSM = msmContext({ memcachedNodes: 'm1:10.0.0.11:11211,m2:10.0.0.12:11211', failoverNodes: 'm1' }, { attributePerLine: true });
const PERSISTENT = contextXml(
  persistentManager({
    attributes: 'maxIdleBackup="0" saveOnRestart="true"',
    store: 'JDBCStore',
    storeAttributes: 'driverName="org.postgresql.Driver" connectionURL="jdbc:postgresql://db.internal/sessions" sessionTable="tomcat_sessions"',
  }),
);

clusterRuleTester(managerOverridden, {
  valid: [
    {
      name: "an app context without <Manager> uses the Cluster's DeltaManager",
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/conf/context.xml': contextXml('<Resources cachingAllowed="true" cacheMaxSize="100000"/>'),
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': contextXml('<Valve className="org.apache.catalina.valves.RemoteAddrValve" allow="10\\.0\\.0\\.\\d+"/>'),
      },
    },
    {
      name: 'a Manager in conf/context.xml on a node without a Cluster replaces nothing',
      files: {
        'tomcat1/conf/server.xml': server(''),
        'tomcat1/conf/context.xml': MSM,
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
      },
    },
    {
      name: 'a clustered node without any context Manager',
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
      },
    },
  ],
  invalid: [
    {
      name: "msm in cart's META-INF/context.xml on a clustered node: on the Manager, related the Cluster's",
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': MSM,
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
      },
      findings: [
        {
          file: 'tomcat1/webapps/cart/META-INF/context.xml',
          at: 'Manager',
          message: /this MemcachedBackupSessionManager replaces the Cluster's DeltaManager on node tomcat1 for cart: it does not replicate through the Cluster/,
          related: ['tomcat1/conf/server.xml'],
        },
      ],
    },
    {
      name: 'a PersistentManager in conf/context.xml covers every app: one finding naming them',
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/conf/context.xml': PERSISTENT,
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': distributableApp('shop'),
      },
      findings: [
        {
          file: 'tomcat1/conf/context.xml',
          at: 'Manager',
          message: /this PersistentManager replaces the Cluster's DeltaManager on node tomcat1 for every app \((cart, shop|shop, cart)\): they do not replicate through the Cluster/,
          related: ['tomcat1/conf/server.xml'],
        },
      ],
    },
    {
      name: 'a Manager in conf/context.xml of a node with no app folders in the workspace',
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/conf/context.xml': MSM,
      },
      findings: [{ file: 'tomcat1/conf/context.xml', at: 'Manager', message: /this MemcachedBackupSessionManager replaces the Cluster's DeltaManager on node tomcat1 for every app: they do not/ }],
    },
    {
      name: 'conf/Catalina/localhost/cart.xml wins over META-INF/context.xml: the finding is on its Manager',
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/conf/Catalina/localhost/cart.xml': PERSISTENT,
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': MSM,
      },
      findings: [{ file: 'tomcat1/conf/Catalina/localhost/cart.xml', at: 'Manager', message: /this PersistentManager replaces .* for cart/ }],
    },
    {
      name: "a Cluster without <Manager>: related to the <Cluster> itself",
      files: {
        'tomcat1/conf/server.xml': server(cluster()),
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': MSM,
      },
      findings: [{ file: 'tomcat1/webapps/cart/META-INF/context.xml', at: 'Manager', message: /replaces the Cluster's DeltaManager/, related: ['tomcat1/conf/server.xml'] }],
    },
  ],
});

// Regression case: a replication Manager set in a context still replicates through the Cluster.
clusterRuleTester(managerOverridden, {
  valid: [
    {
      name: "a BackupManager in cart's META-INF/context.xml on a node whose Cluster uses DeltaManager: it still replicates",
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/webapps/cart/WEB-INF/web.xml': distributableApp('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': contextXml(backupManager()),
      },
    },
  ],
  invalid: [],
});
