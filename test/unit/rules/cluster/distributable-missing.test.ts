import { distributableMissing } from '../../../../server/src/rules/cluster/distributable-missing';
import { backupManager, cluster, contextXml, httpConnector, msmManager, replicationCluster, serverXml, webXml } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = replicationCluster({ channelSendOptions: '8' });
const server = (route: string, clusterXml?: string): string => serverXml({ jvmRoute: route, connectors: [httpConnector({ redirectPort: false })], cluster: clusterXml });
/** A Cluster without <Manager>: its Manager template is a DeltaManager. */
const BARE_CLUSTER = cluster();
const shopWebXml = webXml({ sessionTimeout: '30' });
const cartWebXml = webXml({ app: 'cart', jakarta: true });
/** The web.xml with <distributable/> where the quick fix inserts it: right after the <web-app> start tag. */
const withDistributableAsFixed = (xml: string): string => xml.replace(/<web-app[^>]*>/, (startTag) => `${startTag}\n    <distributable/>`);

clusterRuleTester(distributableMissing, {
  valid: [
    {
      name: 'a clustered node whose app says <distributable/>',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': withDistributableAsFixed(shopWebXml),
      },
    },
    {
      name: 'no Cluster: an app without <distributable/> keeps its StandardManager, as meant',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml,
      },
    },
    {
      name: 'an app with a context but no WEB-INF/web.xml is not reported',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/META-INF/context.xml': contextXml(),
      },
    },
    {
      name: 'an app whose context gives it memcached-session-manager does not need <distributable/>',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml,
        'tomcat1/webapps/shop/META-INF/context.xml': contextXml(msmManager({ memcachedNodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211', sticky: 'false' }), { watchedResource: false }),
      },
    },
  ],
  invalid: [
    {
      name: "the Cluster's DeltaManager, web.xml without <distributable/>: fixed right after the <web-app> start tag",
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml,
      },
      findings: [
        {
          file: 'tomcat1/webapps/shop/WEB-INF/web.xml',
          at: 'web-app',
          message: /shop on node tomcat1 is not <distributable\/>, so Tomcat gives it a StandardManager instead of the DeltaManager of the Cluster/,
          related: ['tomcat1/conf/server.xml'],
          fixed: withDistributableAsFixed(shopWebXml),
        },
      ],
    },
    {
      name: 'a Cluster with no <Manager> (implicit DeltaManager) and a jakarta web.xml whose start tag spans lines',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', BARE_CLUSTER),
        'tomcat1/webapps/cart/WEB-INF/web.xml': cartWebXml,
      },
      findings: [
        {
          file: 'tomcat1/webapps/cart/WEB-INF/web.xml',
          at: 'web-app',
          message: /cart on node tomcat1 is not <distributable\/>.*DeltaManager of the Cluster: its sessions are not replicated/,
          fixed: withDistributableAsFixed(cartWebXml),
        },
      ],
    },
    {
      name: "a BackupManager in the app's META-INF/context.xml: related to that Manager",
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml,
        'tomcat1/webapps/shop/META-INF/context.xml': contextXml(backupManager('mapSendOptions="6" notifyListenersOnReplication="true"'), { watchedResource: false }),
      },
      findings: [
        {
          file: 'tomcat1/webapps/shop/WEB-INF/web.xml',
          at: 'web-app',
          message: /instead of the BackupManager of its context/,
          related: ['tomcat1/webapps/shop/META-INF/context.xml'],
          fixed: withDistributableAsFixed(shopWebXml),
        },
      ],
    },
    {
      name: 'two nodes, one app each without <distributable/>: one finding per web.xml',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml,
        'tomcat2/webapps/shop/WEB-INF/web.xml': shopWebXml,
      },
      findings: [
        { file: 'tomcat1/webapps/shop/WEB-INF/web.xml', at: 'web-app', message: /shop on node tomcat1/ },
        { file: 'tomcat2/webapps/shop/WEB-INF/web.xml', at: 'web-app', message: /shop on node tomcat2/ },
      ],
    },
  ],
});
