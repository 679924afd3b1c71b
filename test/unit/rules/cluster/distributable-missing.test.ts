import { distributableMissing } from '../../../../server/src/rules/cluster/distributable-missing';
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
/** A Cluster without <Manager>: its Manager template is a DeltaManager. */
const BARE_CLUSTER = `      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>
`;
const server = (route: string, cluster: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
${cluster}      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;
const webXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">${body}
  <display-name>shop</display-name>
  <session-config>
    <session-timeout>30</session-timeout>
  </session-config>
</web-app>
`;
const DISTRIBUTABLE = '\n    <distributable/>';
const jakartaWebXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
         version="6.0">${body}
  <display-name>cart</display-name>
</web-app>
`;
const context = (manager: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  ${manager}
</Context>
`;

clusterRuleTester(distributableMissing, {
  valid: [
    {
      name: 'a clustered node whose app says <distributable/>',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(DISTRIBUTABLE),
      },
    },
    {
      name: 'no Cluster: an app without <distributable/> keeps its StandardManager, as meant',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', ''),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(''),
      },
    },
    {
      name: 'an app with a context but no WEB-INF/web.xml is not reported',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/META-INF/context.xml': context('<WatchedResource>WEB-INF/web.xml</WatchedResource>'),
      },
    },
    {
      name: 'an app whose context gives it memcached-session-manager does not need <distributable/>',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(''),
        'tomcat1/webapps/shop/META-INF/context.xml': context(
          '<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" sticky="false"/>',
        ),
      },
    },
  ],
  invalid: [
    {
      name: "the Cluster's DeltaManager, web.xml without <distributable/>: fixed right after the <web-app> start tag",
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(''),
      },
      findings: [
        {
          file: 'tomcat1/webapps/shop/WEB-INF/web.xml',
          at: 'web-app',
          message: /shop on node tomcat1 is not <distributable\/>, so Tomcat gives it a StandardManager instead of the DeltaManager of the Cluster/,
          related: ['tomcat1/conf/server.xml'],
          fixed: webXml(DISTRIBUTABLE),
        },
      ],
    },
    {
      name: 'a Cluster with no <Manager> (implicit DeltaManager) and a jakarta web.xml whose start tag spans lines',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', BARE_CLUSTER),
        'tomcat1/webapps/cart/WEB-INF/web.xml': jakartaWebXml(''),
      },
      findings: [
        {
          file: 'tomcat1/webapps/cart/WEB-INF/web.xml',
          at: 'web-app',
          message: /cart on node tomcat1 is not <distributable\/>.*DeltaManager of the Cluster: its sessions are not replicated/,
          fixed: jakartaWebXml(DISTRIBUTABLE),
        },
      ],
    },
    {
      name: "a BackupManager in the app's META-INF/context.xml: related to that Manager",
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(''),
        'tomcat1/webapps/shop/META-INF/context.xml': context('<Manager className="org.apache.catalina.ha.session.BackupManager" mapSendOptions="6" notifyListenersOnReplication="true"/>'),
      },
      findings: [
        {
          file: 'tomcat1/webapps/shop/WEB-INF/web.xml',
          at: 'web-app',
          message: /instead of the BackupManager of its context/,
          related: ['tomcat1/webapps/shop/META-INF/context.xml'],
          fixed: webXml(DISTRIBUTABLE),
        },
      ],
    },
    {
      name: 'two nodes, one app each without <distributable/>: one finding per web.xml',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(''),
        'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(''),
      },
      findings: [
        { file: 'tomcat1/webapps/shop/WEB-INF/web.xml', at: 'web-app', message: /shop on node tomcat1/ },
        { file: 'tomcat2/webapps/shop/WEB-INF/web.xml', at: 'web-app', message: /shop on node tomcat2/ },
      ],
    },
  ],
});
