import { noSessionSharing } from '../../../../server/src/rules/cluster/no-session-sharing';
import {
  ajpWorkers, contextXml, hostMap, httpdBalancer, MSM_STATIC_RESOURCES, msmManager, nginxConf, nodeAddresses, persistentManager, replicationCluster,
  routedMembers, serverXml, tomcatHosts, tomcatNodes, webXml, workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = replicationCluster({ channelSendOptions: '8' });
const server = (route: string, clusterXml?: string): string => serverXml({ jvmRoute: route, cluster: clusterXml });
const shopWebXml = (distributable: boolean): string => webXml({ distributable });
/** The nginx in front: upstream tomcats balancing with `method` (round robin when '') over two nodes with passive health checks. */
const nginx = (method: string): string =>
  nginxConf({ upstreams: [{ method, servers: nodeAddresses(2).map((address) => `${address} max_fails=3 fail_timeout=30s`) }], proxy: {} });
const httpd = (proxySet: string): string => httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2']), proxySet, proxyPassReverse: true });
const workers = (stickySession?: string): string => workersProperties({ workers: ajpWorkers(2), stickySession });
const hosts = tomcatHosts(2);
const plain = tomcatNodes(2, server);
const MSM_NON_STICKY = msmManager({
  memcachedNodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211',
  sticky: 'false',
  sessionBackupAsync: 'false',
  lockingMode: 'auto',
  requestUriIgnorePattern: MSM_STATIC_RESOURCES,
});
const FILE_STORE = persistentManager({ attributes: 'maxIdleBackup="10"', store: 'FileStore', storeAttributes: 'directory="sessions"' });

clusterRuleTester(noSessionSharing, {
  valid: [
    {
      name: 'a round-robin upstream in front of clustered nodes whose app is <distributable/>',
      files: {
        'lb/nginx.conf': nginx(''),
        'tomcat1/conf/server.xml': server('tomcat1', CLUSTER),
        'tomcat2/conf/server.xml': server('tomcat2', CLUSTER),
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml(true),
        'tomcat2/webapps/shop/WEB-INF/web.xml': shopWebXml(true),
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
        'tomcat1/conf/context.xml': contextXml(MSM_NON_STICKY),
        'tomcat2/conf/context.xml': contextXml(MSM_NON_STICKY),
      },
      settings: hosts,
    },
    {
      name: 'mod_jk sticky by default',
      files: { 'lb/workers.properties': workers(), ...plain },
      settings: hosts,
    },
    {
      name: 'members that match no node in the workspace',
      files: { 'lb/nginx.conf': nginx('least_conn'), ...plain },
      settings: hostMap({ tomcat1: '10.0.1.11', tomcat2: '10.0.1.12' }),
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
      files: { 'lb/workers.properties': workers('false'), ...plain },
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
        'tomcat1/conf/context.xml': contextXml(FILE_STORE),
        'tomcat2/conf/context.xml': contextXml(FILE_STORE),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml(false),
        'tomcat2/webapps/shop/WEB-INF/web.xml': shopWebXml(false),
      },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'tomcats', message: /node tomcat1, node tomcat2 keep sessions in local memory/ }],
    },
  ],
});
