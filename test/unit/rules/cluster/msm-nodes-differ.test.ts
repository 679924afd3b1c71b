import { msmNodesDiffer } from '../../../../server/src/rules/cluster/msm-nodes-differ';
import {
  ajpWorkers, httpdBalancer, KRYO_TRANSCODER_FACTORY, msmContext, nginxConf, nodeAddresses, routedMembers, serverXml, tomcatHosts, tomcatNodes,
  TWO_CLUSTER_HOSTS, twoClusterNginx, webXml, workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string): string => serverXml({ jvmRoute: route });
/** cart's context with these memcachedNodes: non-sticky msm, or sticky msm failing over to `failoverNodes` when given. */
const msm = (memcachedNodes: string, failoverNodes?: string): string =>
  msmContext(
    failoverNodes === undefined
      ? { memcachedNodes, sticky: 'false', sessionBackupAsync: 'false', lockingMode: 'auto', transcoderFactoryClass: KRYO_TRANSCODER_FACTORY }
      : { memcachedNodes, failoverNodes, transcoderFactoryClass: KRYO_TRANSCODER_FACTORY },
    { attributePerLine: true, watchedResource: false },
  );
const cartWebXml = webXml({ app: 'cart' });
const NODES = 'n1:10.0.0.11:11211,n2:10.0.0.12:11211';

const nginx = nginxConf({ upstreams: [{ method: 'least_conn', servers: nodeAddresses(3) }] });
const httpd = httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2']) });
const workers = workersProperties({ workers: ajpWorkers(2) });
const hosts = tomcatHosts(3);
const nodes = (count: number): Record<string, string> => tomcatNodes(count, server);

clusterRuleTester(msmNodesDiffer, {
  valid: [
    {
      name: 'three nodes behind nginx, the same memcachedNodes',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm(NODES),
      },
      settings: hosts,
    },
    {
      name: 'the same set in another order, separated by a space',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n2:10.0.0.12:11211 n1:10.0.0.11:11211'),
      },
      settings: hosts,
    },
    {
      name: 'failoverNodes differ per node (as they should), memcachedNodes do not',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES, 'n1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES, 'n2'),
      },
      settings: hosts,
    },
    {
      name: 'two apps with their own memcached pools',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat1/webapps/shop/META-INF/context.xml': msm('s1:10.0.0.21:11211,s2:10.0.0.22:11211'),
        'tomcat2/webapps/shop/META-INF/context.xml': msm('s1:10.0.0.21:11211,s2:10.0.0.22:11211'),
      },
      settings: hosts,
    },
    {
      name: 'two upstreams, two pools: nodes behind different balancers are not compared',
      files: {
        'lb/nginx.conf': twoClusterNginx(),
        'a1/conf/server.xml': server('a1'),
        'a2/conf/server.xml': server('a2'),
        'b1/conf/server.xml': server('b1'),
        'b2/conf/server.xml': server('b2'),
        'a1/webapps/cart/META-INF/context.xml': msm(NODES),
        'a2/webapps/cart/META-INF/context.xml': msm(NODES),
        'b1/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.13:11211,n2:10.0.0.14:11211'),
        'b2/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.13:11211,n2:10.0.0.14:11211'),
      },
      settings: TWO_CLUSTER_HOSTS,
    },
  ],
  invalid: [
    {
      name: 'tomcat3 names another host for n2: on its memcachedNodes, related the two others',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.11:11211,n2:10.0.0.13:11211'),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat3/webapps/cart/META-INF/context.xml',
          at: 'n1:10.0.0.11:11211,n2:10.0.0.13:11211',
          message: /memcachedNodes of cart on node tomcat3 differ from those of the other nodes: msm puts the memcached node id into the session id/,
          related: ['tomcat1/webapps/cart/META-INF/context.xml', 'tomcat2/webapps/cart/META-INF/context.xml'],
        },
      ],
    },
    {
      name: 'one against one behind httpd with other node ids (m1, m2 vs n1, n2): both told',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES, 'n1'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m1:10.0.0.11:11211,m2:10.0.0.12:11211', 'm2'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/webapps/cart/META-INF/context.xml', at: NODES, message: /memcachedNodes of cart on node tomcat1 differ from node tomcat2/, related: ['tomcat2/webapps/cart/META-INF/context.xml'] },
        {
          file: 'tomcat2/webapps/cart/META-INF/context.xml',
          at: 'm1:10.0.0.11:11211,m2:10.0.0.12:11211',
          message: /memcachedNodes of cart on node tomcat2 differ from node tomcat1/,
          related: ['tomcat1/webapps/cart/META-INF/context.xml'],
        },
      ],
    },
    {
      name: 'mod_jk nodes, the app context in conf/Catalina/localhost/cart.xml, one memcached missing on tomcat2',
      files: {
        'lb/workers.properties': workers,
        ...nodes(2),
        'tomcat1/webapps/cart/WEB-INF/web.xml': cartWebXml,
        'tomcat2/webapps/cart/WEB-INF/web.xml': cartWebXml,
        'tomcat1/conf/Catalina/localhost/cart.xml': msm(`${NODES},n3:10.0.0.13:11211`),
        'tomcat2/conf/Catalina/localhost/cart.xml': msm(NODES),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/conf/Catalina/localhost/cart.xml', at: `${NODES},n3:10.0.0.13:11211`, message: /cart on node tomcat1/ },
        { file: 'tomcat2/conf/Catalina/localhost/cart.xml', at: NODES, message: /cart on node tomcat2/ },
      ],
    },
  ],
});
