import { managerOverridden } from '../../../../server/src/rules/cluster/manager-overridden';
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
const server = (cluster = CLUSTER): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
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
const context = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  ${body}
</Context>
`;
const MSM = context(`<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"
           memcachedNodes="m1:10.0.0.11:11211,m2:10.0.0.12:11211"
           failoverNodes="m1"/>`);
const PERSISTENT = context(`<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="0" saveOnRestart="true">
    <Store className="org.apache.catalina.session.JDBCStore" driverName="org.postgresql.Driver" connectionURL="jdbc:postgresql://db.internal/sessions" sessionTable="tomcat_sessions"/>
  </Manager>`);

clusterRuleTester(managerOverridden, {
  valid: [
    {
      name: "an app context without <Manager> uses the Cluster's DeltaManager",
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/conf/context.xml': context('<Resources cachingAllowed="true" cacheMaxSize="100000"/>'),
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': context('<Valve className="org.apache.catalina.valves.RemoteAddrValve" allow="10\\.0\\.0\\.\\d+"/>'),
      },
    },
    {
      name: 'a Manager in conf/context.xml on a node without a Cluster replaces nothing',
      files: {
        'tomcat1/conf/server.xml': server(''),
        'tomcat1/conf/context.xml': MSM,
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
      },
    },
    {
      name: 'a clustered node without any context Manager',
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
      },
    },
  ],
  invalid: [
    {
      name: "msm in cart's META-INF/context.xml on a clustered node: on the Manager, related the Cluster's",
      files: {
        'tomcat1/conf/server.xml': server(),
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': MSM,
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
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
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml('shop'),
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
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': MSM,
      },
      findings: [{ file: 'tomcat1/conf/Catalina/localhost/cart.xml', at: 'Manager', message: /this PersistentManager replaces .* for cart/ }],
    },
    {
      name: "a Cluster without <Manager>: related to the <Cluster> itself",
      files: {
        'tomcat1/conf/server.xml': server('      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>\n'),
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
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
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml('cart'),
        'tomcat1/webapps/cart/META-INF/context.xml': context('<Manager className="org.apache.catalina.ha.session.BackupManager" mapSendOptions="6"/>'),
      },
    },
  ],
  invalid: [],
});
