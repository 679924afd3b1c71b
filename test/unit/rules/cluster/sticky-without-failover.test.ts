import { stickyWithoutFailover } from '../../../../server/src/rules/cluster/sticky-without-failover';
import {
  ajpWorkers, backupManager, contextXml, hostMap, httpdBalancer, MSM_STATIC_RESOURCES, msmManager, nginxConf, nodeAddresses, persistentManager,
  replicationCluster, routedMembers, serverXml, tomcatHosts, tomcatNodes, webXml, workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const CLUSTER = replicationCluster({ channelSendOptions: '8', manager: backupManager('notifyListenersOnReplication="true" mapSendOptions="6"'), jvmRouteBinderValve: true });
const server = (route: string, clusterXml?: string): string => serverXml({ jvmRoute: route, cluster: clusterXml });
/** conf/context.xml with sticky msm failing over to `failover`. */
const msm = (failover: string): string =>
  contextXml(msmManager({ memcachedNodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211', failoverNodes: failover, requestUriIgnorePattern: MSM_STATIC_RESOURCES }));
const shopWebXml = (distributable: boolean): string => webXml({ distributable });
const httpd = (proxySet: string): string => httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2']), proxySet, proxyPassReverse: true });
const nginx = (method: string): string => nginxConf({ upstreams: [{ method, servers: nodeAddresses(2) }] });
const workers = (stickySession?: string): string => workersProperties({ workers: ajpWorkers(2), statusWorker: 'jkstatus', stickySession });
const hosts = tomcatHosts(2);
const plain = tomcatNodes(2, server);
const FILE_STORE = persistentManager({ attributes: 'saveOnRestart="true"', store: 'FileStore' });

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
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml(true),
        'tomcat2/webapps/shop/WEB-INF/web.xml': shopWebXml(true),
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
      settings: hostMap({ tomcat1: '10.0.1.11', tomcat2: '10.0.1.12' }),
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
      files: { 'lb/workers.properties': workers(), ...plain },
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
        'lb/workers.properties': workers('true'),
        ...plain,
        'tomcat1/conf/context.xml': contextXml(FILE_STORE),
        'tomcat2/conf/context.xml': contextXml(FILE_STORE),
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
        'tomcat1/webapps/shop/WEB-INF/web.xml': shopWebXml(false),
        'tomcat2/webapps/shop/WEB-INF/web.xml': shopWebXml(false),
      },
      settings: hosts,
      findings: [{ file: 'lb/nginx.conf', at: 'hash $remote_addr consistent', message: /keeps each user on one node \(hash \$remote_addr consistent\)/ }],
    },
  ],
});
