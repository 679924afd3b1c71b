/**
 * Every mechanical quick fix is clean: for each rule that offers a fix, a small
 * realistic workspace where it fires; the real workspace check runs, the
 * finding's fix is applied to its file (LSP ranges, last edit first) and
 * written back, and a second check must show that finding gone and no new
 * error or warning anywhere (findings compared as (file, code, message),
 * counted). The fix must also edit only the finding's own file: every report
 * of every rule is watched on its way out, before the engine turns it into a
 * finding (checkCluster drops a cross-file fix silently).
 *
 * The rules that offer fixes are enumerated from server/src/rules: a rule that
 * starts offering one without a case here fails the coverage test. Cases with
 * `noFix` pin down where a rule withholds its fix because it would not be clean
 * (found by this test); a `todo` case is a fix known not to be clean in code
 * this test may not change.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import type { Finding, Fix } from '../../../server/src/engine/finding';
import { DEFAULT_RULES, type RuleSet } from '../../../server/src/rules';
import type { ClusterReport, ClusterRule, FileRule, FileRuleContext, OffsetReport } from '../../../server/src/rules/rule';
import type { Settings } from '../../../server/src/workspace/settings';
import { projectRoot } from '../../support/paths';
import { textAt } from '../../support/text';

/* ------------------------------------------------------------ the configs */

const HOSTS: Settings = { tomcatVersion: '9.0', nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } };
const hosts = (extra: Settings = {}): Settings => ({ ...HOSTS, ...extra });

const DELTA_MANAGER = '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>';

interface ClusterOptions {
  manager?: string;
  membership?: string;
  receiver?: string;
  transport?: string;
  interceptors?: string[];
  valves?: string[];
  sender?: string;
}

/** The Tomcat docs' cluster (cluster-howto), piece by piece replaceable. */
function cluster(o: ClusterOptions = {}): string {
  const interceptors = o.interceptors ?? [
    '<Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>',
    '<Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>',
  ];
  const valves = o.valves ?? ['<Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>', '<Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>'];
  return `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
        ${o.manager ?? DELTA_MANAGER}
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          ${o.membership ?? '<Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>'}
          ${o.receiver ?? '<Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>'}
          ${
            o.sender ??
            `<Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
            ${o.transport ?? '<Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>'}
          </Sender>`
          }
          ${interceptors.join('\n          ')}
        </Channel>
        ${valves.join('\n        ')}
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>`;
}

interface ServerOptions {
  /** The Engine's jvmRoute; null for none. */
  jvmRoute: string | null;
  cluster?: string;
}

function serverXml(o: ServerOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" address="0.0.0.0" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost"${o.jvmRoute === null ? '' : ` jvmRoute="${o.jvmRoute}"`}>
      ${o.cluster ?? ''}
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;
}

function webXml(o: { distributable?: boolean; name?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd"
         version="4.0">
  <display-name>${o.name ?? 'shop'}</display-name>${o.distributable === false ? '' : '\n  <distributable/>'}
  <session-config>
    <session-timeout>30</session-timeout>
  </session-config>
</web-app>
`;
}

function contextXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  ${body}
</Context>
`;
}

const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';

/** The msm setup guide's sticky manager for the cart app. */
function msmManager(o: { nodes?: string; failover?: string; transcoder?: string } = {}): string {
  return `<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"
           memcachedNodes="${o.nodes ?? 'n1:10.0.0.11:11211,n2:10.0.0.12:11211'}"
           failoverNodes="${o.failover ?? 'n1'}"
           requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$"
           transcoderFactoryClass="${o.transcoder ?? KRYO}"/>`;
}

/** Two nodes (tomcat1, tomcat2), each with the same server.xml but its own jvmRoute. */
function nodes(server: (route: string) => string): Record<string, string> {
  return { 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') };
}

/** A replicating pair with the shop app (distributable). */
function clusteredNodes(clusterXml = cluster()): Record<string, string> {
  return {
    ...nodes((route) => serverXml({ jvmRoute: route, cluster: clusterXml })),
    'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(),
    'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(),
  };
}

/** Tomcats that keep cart's sessions in memcached (no Cluster). */
function msmNodes(context1: string, context2 = context1): Record<string, string> {
  return {
    ...nodes((route) => serverXml({ jvmRoute: route })),
    'tomcat1/webapps/cart/WEB-INF/web.xml': webXml({ name: 'cart' }),
    'tomcat2/webapps/cart/WEB-INF/web.xml': webXml({ name: 'cart' }),
    'tomcat1/webapps/cart/META-INF/context.xml': context1,
    'tomcat2/webapps/cart/META-INF/context.xml': context2,
  };
}

const HTTPD_MODULES = `LoadModule proxy_module modules/mod_proxy.so
LoadModule proxy_http_module modules/mod_proxy_http.so
LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
LoadModule slotmem_shm_module modules/mod_slotmem_shm.so
LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so
LoadModule headers_module modules/mod_headers.so
`;

/** The mod_proxy_balancer docs' balancer in front of tomcat1 and tomcat2. */
function httpdConf(o: { members?: string[]; sticky?: string; before?: string; modules?: string } = {}): string {
  const members = o.members ?? ['BalancerMember "http://10.0.0.11:8080" route=tomcat1', 'BalancerMember "http://10.0.0.12:8080" route=tomcat2'];
  return `${o.modules ?? HTTPD_MODULES}
${o.before ?? ''}<Proxy "balancer://tomcats">
    ${members.join('\n    ')}
    ProxySet stickysession=${o.sticky ?? 'JSESSIONID|jsessionid'}
</Proxy>
ProxyPass "/" "balancer://tomcats/"
ProxyPassReverse "/" "balancer://tomcats/"
`;
}

function nginxConf(upstream: string[], location: string[] = ['proxy_pass http://tomcats;']): string {
  return `events {
  worker_connections 1024;
}

http {
  upstream tomcats {
    ${upstream.join('\n    ')}
  }

  server {
    listen 80;
    server_name shop.example.com;

    location / {
      ${location.join('\n      ')}
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`;
}

const NGINX_SERVERS = ['server 10.0.0.11:8080;', 'server 10.0.0.12:8080;'];

function workersProperties(extra: Record<string, string[]> = {}): string {
  return `worker.list=loadbalancer,status

worker.template.type=ajp13
worker.template.port=8009
worker.template.socket_connect_timeout=5000

worker.tomcat1.reference=worker.template
worker.tomcat1.host=10.0.0.11
${(extra.tomcat1 ?? []).join('\n')}
worker.tomcat2.reference=worker.template
worker.tomcat2.host=10.0.0.12
${(extra.tomcat2 ?? []).join('\n')}
worker.loadbalancer.type=lb
${(extra.loadbalancer ?? ['worker.loadbalancer.balance_workers=tomcat1,tomcat2']).join('\n')}
worker.loadbalancer.sticky_session=true

worker.status.type=status
`;
}

/* ------------------------------------------------------------- the table */

interface FixCase {
  rule: string;
  name: string;
  files: Record<string, string>;
  settings?: Settings;
  /** The file the finding is on (relative). */
  file: string;
  /** The text the finding's range covers. */
  at: string;
  title: string;
  /** Text the fixed file must contain: what the fix wrote. */
  contains?: string;
  /** The rule withholds its fix here, because the fix would not be clean (then `title` is unused). */
  noFix?: true;
  /** A fix known not to be clean, in code this test may not change: the case runs as a todo, with the reason. */
  todo?: string;
}

const CASES: FixCase[] = [
  // ---------------------------------------------------------------- tomcat
  {
    rule: 'tomcat/class-not-in-version',
    name: 'BioReceiver on Tomcat 10.1: replaced by NioReceiver',
    files: clusteredNodes(cluster({ receiver: '<Receiver className="org.apache.catalina.tribes.transport.bio.BioReceiver" address="auto" port="4000" autoBind="100" maxThreads="6"/>' })),
    settings: hosts({ tomcatVersion: '10.1' }),
    file: 'tomcat1/conf/server.xml',
    at: 'org.apache.catalina.tribes.transport.bio.BioReceiver',
    title: 'Replace with org.apache.catalina.tribes.transport.nio.NioReceiver',
    contains: 'className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto"',
  },
  {
    rule: 'tomcat/class-not-in-version',
    name: 'PooledMultiSender on Tomcat 10.1: replaced by PooledParallelSender',
    files: clusteredNodes(cluster({ transport: '<Transport className="org.apache.catalina.tribes.transport.bio.PooledMultiSender"/>' })),
    settings: hosts({ tomcatVersion: '10.1' }),
    file: 'tomcat2/conf/server.xml',
    at: 'org.apache.catalina.tribes.transport.bio.PooledMultiSender',
    title: 'Replace with org.apache.catalina.tribes.transport.nio.PooledParallelSender',
  },
  {
    rule: 'tomcat/class-not-in-version',
    name: 'MessageDispatch15Interceptor on Tomcat 9.0: replaced by MessageDispatchInterceptor',
    files: clusteredNodes(
      cluster({
        interceptors: [
          '<Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>',
          '<Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor"/>',
        ],
      }),
    ),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor',
    title: 'Replace with org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor',
  },
  {
    rule: 'tomcat/class-not-in-version',
    name: 'version unknown: BioReceiver (removed in 10.0) is an information, with the same fix',
    files: clusteredNodes(cluster({ receiver: '<Receiver className="org.apache.catalina.tribes.transport.bio.BioReceiver" address="auto" port="4000" autoBind="100" maxThreads="6"/>' })),
    settings: { nodes: HOSTS.nodes },
    file: 'tomcat1/conf/server.xml',
    at: 'org.apache.catalina.tribes.transport.bio.BioReceiver',
    title: 'Replace with org.apache.catalina.tribes.transport.nio.NioReceiver',
  },
  {
    rule: 'tomcat/class-not-in-version',
    name: 'JDBCStore with a DataSource on Tomcat 10.1: replaced by DataSourceStore',
    files: {
      ...nodes((route) => serverXml({ jvmRoute: route })),
      'tomcat1/webapps/shop/WEB-INF/web.xml': webXml({ distributable: false }),
      'tomcat1/webapps/shop/META-INF/context.xml': contextXml(`<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="10">
    <Store className="org.apache.catalina.session.JDBCStore" dataSourceName="jdbc/sessions" sessionTable="tomcat_sessions"/>
  </Manager>`),
    },
    settings: hosts({ tomcatVersion: '10.1' }),
    file: 'tomcat1/webapps/shop/META-INF/context.xml',
    at: 'org.apache.catalina.session.JDBCStore',
    title: 'Replace with org.apache.catalina.session.DataSourceStore',
  },
  {
    rule: 'tomcat/class-not-in-version',
    name: 'JDBCStore with driverName/connectionURL on Tomcat 10.1: no fix (DataSourceStore has no such properties since 10.0)',
    files: {
      ...nodes((route) => serverXml({ jvmRoute: route })),
      'tomcat1/webapps/shop/WEB-INF/web.xml': webXml({ distributable: false }),
      'tomcat1/webapps/shop/META-INF/context.xml': contextXml(`<Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="10">
    <Store className="org.apache.catalina.session.JDBCStore" driverName="com.mysql.cj.jdbc.Driver"
           connectionURL="jdbc:mysql://db.example.com/tomcat?user=tomcat&amp;password=secret" sessionTable="tomcat_sessions"/>
  </Manager>`),
    },
    settings: hosts({ tomcatVersion: '10.1' }),
    file: 'tomcat1/webapps/shop/META-INF/context.xml',
    at: 'org.apache.catalina.session.JDBCStore',
    title: 'Replace with org.apache.catalina.session.DataSourceStore',
    noFix: true,
  },
  {
    rule: 'tomcat/unknown-class',
    name: 'a misspelt DeltaManager',
    files: clusteredNodes(cluster({ manager: '<Manager className="org.apache.catalina.ha.session.DeltaManger" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>' })),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'org.apache.catalina.ha.session.DeltaManger',
    title: 'Replace with org.apache.catalina.ha.session.DeltaManager',
  },
  {
    rule: 'tomcat/unknown-class',
    name: 'BackupManager in the wrong package',
    files: clusteredNodes(cluster({ manager: '<Manager className="org.apache.catalina.ha.tcp.BackupManager" mapSendOptions="6"/>' })),
    settings: hosts(),
    file: 'tomcat2/conf/server.xml',
    at: 'org.apache.catalina.ha.tcp.BackupManager',
    title: 'Replace with org.apache.catalina.ha.session.BackupManager',
  },
  {
    rule: 'tomcat/unknown-attribute',
    name: 'a misspelt attribute: renamed',
    files: clusteredNodes(cluster({ manager: '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionOnShutdown="false" notifyListenersOnReplication="true"/>' })),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'expireSessionOnShutdown',
    title: 'Rename to expireSessionsOnShutdown',
    contains: 'DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>',
  },
  {
    rule: 'tomcat/unknown-attribute',
    name: 'a misspelt attribute whose right spelling is on the element too: removed, not renamed into a repeated attribute',
    files: clusteredNodes(
      cluster({ manager: '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true" expireSessionOnShutdown="true"/>' }),
    ),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'expireSessionOnShutdown',
    title: 'Remove expireSessionOnShutdown',
  },
  {
    rule: 'tomcat/unknown-attribute',
    name: 'an attribute of no class, nothing near it: removed',
    files: clusteredNodes(cluster({ manager: '<Manager className="org.apache.catalina.ha.session.DeltaManager" replicationMode="async" expireSessionsOnShutdown="false"/>' })),
    settings: hosts(),
    file: 'tomcat2/conf/server.xml',
    at: 'replicationMode',
    title: 'Remove replicationMode',
    contains: '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false"/>',
  },
  {
    rule: 'tomcat/unknown-attribute',
    name: 'an attribute the version no longer has (BackupManager expireSessionsOnShutdown on 9.0): removed',
    files: clusteredNodes(cluster({ manager: '<Manager className="org.apache.catalina.ha.session.BackupManager" expireSessionsOnShutdown="false" mapSendOptions="6"/>' })),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'expireSessionsOnShutdown',
    title: 'Remove expireSessionsOnShutdown',
    contains: '<Manager className="org.apache.catalina.ha.session.BackupManager" mapSendOptions="6"/>',
  },
  {
    rule: 'tomcat/missing-classname',
    name: 'a Sender without className',
    files: clusteredNodes(
      cluster({
        sender: `<Sender>
            <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
          </Sender>`,
      }),
    ),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'Sender',
    title: 'Add className="org.apache.catalina.tribes.transport.ReplicationTransmitter"',
  },
  {
    rule: 'tomcat/replication-valve-missing',
    name: 'a Cluster that declares only the JvmRouteBinderValve',
    files: clusteredNodes(cluster({ valves: ['<Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>'] })),
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'Cluster',
    title: 'Add ReplicationValve',
  },
  {
    rule: 'tomcat/jvmroute-missing',
    name: 'httpd routes tomcat1 by the session id suffix, its Engine has no jvmRoute',
    files: {
      'lb/httpd.conf': httpdConf(),
      'tomcat1/conf/server.xml': serverXml({ jvmRoute: null }),
      'tomcat2/conf/server.xml': serverXml({ jvmRoute: 'tomcat2' }),
    },
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'Engine',
    title: 'Set jvmRoute="tomcat1"',
    contains: 'jvmRoute="tomcat1"',
  },
  {
    rule: 'tomcat/jvmroute-missing',
    name: 'mod_jk routes by the worker name, no Engine has a jvmRoute',
    files: {
      'lb/workers.properties': workersProperties(),
      'tomcat1/conf/server.xml': serverXml({ jvmRoute: null }),
      'tomcat2/conf/server.xml': serverXml({ jvmRoute: 'tomcat2' }),
    },
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'Engine',
    title: 'Set jvmRoute="tomcat1"',
  },
  {
    rule: 'tomcat/jvmroute-missing',
    name: 'tomcat2 cloned from tomcat1 with its jvmRoute, tomcat1 left without: no fix (two nodes would share jvmRoute tomcat1)',
    files: {
      'lb/httpd.conf': httpdConf(),
      'tomcat1/conf/server.xml': serverXml({ jvmRoute: null }),
      'tomcat2/conf/server.xml': serverXml({ jvmRoute: 'tomcat1' }),
    },
    settings: hosts(),
    file: 'tomcat1/conf/server.xml',
    at: 'Engine',
    title: 'Set jvmRoute="tomcat1"',
    noFix: true,
  },
  // ------------------------------------------------------------------- msm
  {
    rule: 'msm/transcoder-unknown',
    name: 'a misspelt Kryo transcoder factory',
    files: msmNodes(contextXml(msmManager({ transcoder: 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactroy' })), contextXml(msmManager({ failover: 'n2' }))),
    settings: hosts(),
    file: 'tomcat1/webapps/cart/META-INF/context.xml',
    at: 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactroy',
    title: `Replace with ${KRYO}`,
  },
  {
    rule: 'msm/duplicate-node',
    name: 'a memcached listed twice under two ids',
    files: msmNodes(
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211,n3:10.0.0.11:11211' })),
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211', failover: 'n2' })),
    ),
    settings: hosts(),
    file: 'tomcat1/webapps/cart/META-INF/context.xml',
    at: 'n3:10.0.0.11:11211',
    title: 'Remove n3:10.0.0.11:11211',
    contains: 'memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211"',
  },
  {
    rule: 'msm/duplicate-node',
    name: 'a memcached listed twice, the copy named by failoverNodes: no fix (it would leave an unknown failover id)',
    files: msmNodes(
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211,n3:10.0.0.11:11211', failover: 'n3' })),
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211,n2:10.0.0.12:11211', failover: 'n2' })),
    ),
    settings: hosts(),
    file: 'tomcat1/webapps/cart/META-INF/context.xml',
    at: 'n3:10.0.0.11:11211',
    title: 'Remove n3:10.0.0.11:11211',
    noFix: true,
  },
  {
    rule: 'msm/duplicate-node',
    name: 'one id twice: the second entry removed',
    files: msmNodes(
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211 n2:10.0.0.12:11211 n2:10.0.0.13:11211' })),
      contextXml(msmManager({ nodes: 'n1:10.0.0.11:11211 n2:10.0.0.12:11211', failover: 'n2' })),
    ),
    settings: hosts(),
    file: 'tomcat1/webapps/cart/META-INF/context.xml',
    at: 'n2:10.0.0.13:11211',
    title: 'Remove n2:10.0.0.13:11211',
    contains: 'memcachedNodes="n1:10.0.0.11:11211 n2:10.0.0.12:11211"',
  },
  // ----------------------------------------------------------------- nginx
  {
    rule: 'nginx/unknown-directive',
    name: 'a misspelt proxy_pass',
    files: { 'lb/nginx.conf': nginxConf(['ip_hash;', ...NGINX_SERVERS], ['proxy_pas http://tomcats;']), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: 'proxy_pas',
    title: 'Replace with proxy_pass',
  },
  {
    rule: 'nginx/unknown-directive',
    name: 'a directive glued to its argument (HTML of a blog)',
    files: { 'lb/nginx.conf': nginxConf(['ip_hash;', ...NGINX_SERVERS], ['proxy_pass http://tomcats;', 'indexindex.jsp index.html;']), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: 'indexindex.jsp',
    title: 'Write "index index.jsp"',
  },
  {
    rule: 'nginx/cookie-hash-literal-name',
    name: 'hash $cookie_name consistent',
    files: { 'lb/nginx.conf': nginxConf(['hash $cookie_name consistent;', ...NGINX_SERVERS]), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: '$cookie_name',
    title: 'Hash the session cookie ($cookie_jsessionid)',
    contains: 'hash $cookie_jsessionid consistent;',
  },
  {
    rule: 'nginx/cookie-hash-literal-name',
    name: 'hash "$cookie_name" (quoted) with no backend in the workspace',
    files: { 'lb/nginx.conf': nginxConf(['hash "$cookie_name" consistent;', ...NGINX_SERVERS]) },
    file: 'lb/nginx.conf',
    at: '$cookie_name',
    title: 'Hash the session cookie ($cookie_jsessionid)',
  },
  {
    rule: 'nginx/cookie-hash-literal-name',
    name: 'hash $cookie_name in front of Tomcats whose session cookie is SHOPSESSION',
    files: {
      'lb/nginx.conf': nginxConf(['hash $cookie_name consistent;', ...NGINX_SERVERS]),
      ...msmNodes(contextXml('<Manager className="org.apache.catalina.session.StandardManager"/>').replace('<Context>', '<Context sessionCookieName="SHOPSESSION">')),
    },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: '$cookie_name',
    title: 'Hash the session cookie ($cookie_jsessionid)',
  },
  {
    rule: 'nginx/syntax',
    name: 'a non-breaking space copied from a web page',
    files: { 'lb/nginx.conf': nginxConf(['ip_hash;', ...NGINX_SERVERS], ['proxy_pass\u00a0http://tomcats;']), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: '\u00a0',
    title: 'Replace with a space',
  },
  {
    rule: 'nginx/syntax',
    name: 'an unquoted regular expression with {…}',
    files: {
      'lb/nginx.conf': nginxConf(['ip_hash;', ...NGINX_SERVERS]).replace(
        '    location / {',
        '    location ~ ^/archive/[0-9]{4}/ {\n      proxy_pass http://tomcats;\n    }\n\n    location / {',
      ),
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: '^/archive/[0-9]{4}/',
    title: 'Quote the regular expression',
    contains: 'location ~ "^/archive/[0-9]{4}/" {',
  },
  // ----------------------------------------------------------------- httpd
  {
    rule: 'httpd/sticky-cookie-not-set',
    name: 'stickysession=ROUTEID without the Header line',
    files: { 'lb/httpd.conf': httpdConf({ sticky: 'ROUTEID', members: ['BalancerMember "http://10.0.0.11:8080" route=1', 'BalancerMember "http://10.0.0.12:8080" route=2'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'stickysession=ROUTEID',
    title: 'Add the ROUTEID Header line',
    contains: 'Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED\n<Proxy "balancer://tomcats">',
  },
  {
    rule: 'httpd/sticky-cookie-not-set',
    name: 'stickysession=ROUTEID without the Header line, mod_headers not loaded (Debian: a2enmod headers)',
    files: {
      'lb/httpd.conf': httpdConf({
        sticky: 'ROUTEID',
        members: ['BalancerMember "http://10.0.0.11:8080" route=1', 'BalancerMember "http://10.0.0.12:8080" route=2'],
        modules: HTTPD_MODULES.replace('LoadModule headers_module modules/mod_headers.so\n', ''),
      }),
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'stickysession=ROUTEID',
    title: 'Add the ROUTEID Header line',
    contains: 'LoadModule headers_module modules/mod_headers.so\nHeader add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED\n<Proxy "balancer://tomcats">',
  },
  {
    rule: 'httpd/sticky-cookie-not-set',
    name: 'Debian layout: the balancer in a <VirtualHost>, modules from /usr/lib/apache2/modules, mod_headers not loaded',
    files: {
      'lb/apache2.conf': `${HTTPD_MODULES.replace('LoadModule headers_module modules/mod_headers.so\n', '').replace(/modules\//g, '/usr/lib/apache2/modules/')}
Include sites-enabled/*.conf
`,
      'lb/sites-enabled/shop.conf': `<VirtualHost *:80>
    ServerName shop.example.com
    <Proxy "balancer://tomcats">
        BalancerMember "http://10.0.0.11:8080" route=1
        BalancerMember "http://10.0.0.12:8080" route=2
        ProxySet stickysession=ROUTEID
    </Proxy>
    ProxyPass "/" "balancer://tomcats/"
    ProxyPassReverse "/" "balancer://tomcats/"
</VirtualHost>
`,
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/sites-enabled/shop.conf',
    at: 'stickysession=ROUTEID',
    title: 'Add the ROUTEID Header line',
    contains: 'LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so\n<VirtualHost *:80>',
  },
  {
    rule: 'httpd/sticky-cookie-not-set',
    name: 'stickysession=ROUTEID on the ProxyPass line',
    files: {
      'lb/httpd.conf': `${HTTPD_MODULES}
<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" route=1
    BalancerMember "http://10.0.0.12:8080" route=2
</Proxy>
ProxyPass "/" "balancer://tomcats/" stickysession=ROUTEID
ProxyPassReverse "/" "balancer://tomcats/"
`,
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'stickysession=ROUTEID',
    title: 'Add the ROUTEID Header line',
    contains: 'env=BALANCER_ROUTE_CHANGED\nProxyPass "/" "balancer://tomcats/" stickysession=ROUTEID',
  },
  {
    rule: 'httpd/member-route-missing',
    name: 'a member without route= (no Tomcat in the workspace): no fix (an empty route= is no route, and nothing flags it)',
    files: { 'lb/httpd.conf': httpdConf({ members: ['BalancerMember "http://10.0.0.11:8080" route=tomcat1', 'BalancerMember "http://10.0.0.12:8080"'] }) },
    file: 'lb/httpd.conf',
    at: '"http://10.0.0.12:8080"',
    title: 'Add route=',
    noFix: true,
  },
  {
    rule: 'httpd/member-route-missing',
    name: 'a member without route= in front of tomcat2: no fix here (route "" would match no jvmRoute); cluster/route-mismatch adds route=tomcat2',
    files: { 'lb/httpd.conf': httpdConf({ members: ['BalancerMember "http://10.0.0.11:8080" route=tomcat1', 'BalancerMember "http://10.0.0.12:8080"'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: '"http://10.0.0.12:8080"',
    title: 'Add route=',
    noFix: true,
  },
  {
    rule: 'httpd/route-cookie-format',
    name: 'the ROUTEID recipe without the "."',
    files: {
      'lb/httpd.conf': httpdConf({
        sticky: 'ROUTEID',
        members: ['BalancerMember "http://10.0.0.11:8080" route=1', 'BalancerMember "http://10.0.0.12:8080" route=2'],
        before: 'Header add Set-Cookie "ROUTEID=%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED\n',
      }),
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: '%{BALANCER_WORKER_ROUTE}e',
    title: 'Add the "."',
    contains: '"ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/"',
  },
  {
    rule: 'httpd/route-cookie-format',
    name: 'the ROUTEID recipe without the ".", unquoted',
    files: {
      'lb/httpd.conf': httpdConf({
        sticky: 'ROUTEID',
        members: ['BalancerMember "http://10.0.0.11:8080" route=1', 'BalancerMember "http://10.0.0.12:8080" route=2'],
        before: 'Header add Set-Cookie ROUTEID=%{BALANCER_WORKER_ROUTE}e;path=/ env=BALANCER_ROUTE_CHANGED\n',
      }),
      ...clusteredNodes(),
    },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: '%{BALANCER_WORKER_ROUTE}e',
    title: 'Add the "."',
    contains: 'Set-Cookie ROUTEID=.%{BALANCER_WORKER_ROUTE}e;path=/',
  },
  {
    rule: 'httpd/unknown-directive',
    name: 'a misspelt ProxyPassReverse',
    files: { 'lb/httpd.conf': httpdConf().replace('ProxyPassReverse "/"', 'ProxyPassRevers "/"'), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'ProxyPassRevers',
    title: 'Replace with ProxyPassReverse',
  },
  // ---------------------------------------------------------------- mod_jk
  {
    rule: 'modjk/unknown-property',
    name: 'a misspelt property: renamed',
    files: { 'lb/workers.properties': workersProperties({ tomcat2: ['worker.tomcat2.lbfactr=2'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'lbfactr',
    title: 'Rename to lbfactor',
  },
  {
    rule: 'modjk/unknown-property',
    name: 'deprecated cachesize: renamed to connection_pool_size',
    files: { 'lb/workers.properties': workersProperties({ tomcat1: ['worker.tomcat1.cachesize=10'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'cachesize',
    title: 'Rename to connection_pool_size',
    contains: 'worker.tomcat1.connection_pool_size=10',
  },
  {
    rule: 'modjk/unknown-property',
    name: 'deprecated balanced_workers: renamed to balance_workers',
    files: { 'lb/workers.properties': workersProperties({ loadbalancer: ['worker.loadbalancer.balanced_workers=tomcat1,tomcat2'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'balanced_workers',
    title: 'Rename to balance_workers',
  },
  {
    rule: 'modjk/unknown-property',
    name: 'deprecated jvm_route: renamed to route',
    files: {
      'lb/workers.properties': workersProperties({ tomcat1: ['worker.tomcat1.jvm_route=node1'] }),
      ...nodes((route) => serverXml({ jvmRoute: route === 'tomcat1' ? 'node1' : route, cluster: cluster() })),
      'tomcat1/webapps/shop/WEB-INF/web.xml': webXml(),
      'tomcat2/webapps/shop/WEB-INF/web.xml': webXml(),
    },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'jvm_route',
    title: 'Rename to route',
  },
  {
    rule: 'modjk/unknown-property',
    name: 'deprecated disabled=true: activation=D',
    files: { 'lb/workers.properties': workersProperties({ tomcat2: ['worker.tomcat2.disabled=true'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'disabled',
    title: 'Replace with activation=D',
    contains: 'worker.tomcat2.activation=D',
  },
  // --------------------------------------------------------------- cluster
  {
    rule: 'cluster/distributable-missing',
    name: 'a replicated app whose web.xml is not <distributable/>',
    files: { ...clusteredNodes(), 'tomcat2/webapps/shop/WEB-INF/web.xml': webXml({ distributable: false }) },
    settings: hosts(),
    file: 'tomcat2/webapps/shop/WEB-INF/web.xml',
    at: 'web-app',
    title: 'Insert <distributable/>',
    contains: '<distributable/>',
  },
  {
    rule: 'cluster/distributable-missing',
    name: 'a Servlet 2.3 web.xml (DTD) without <distributable/>',
    files: {
      ...clusteredNodes(),
      'tomcat1/webapps/shop/WEB-INF/web.xml': `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">
<web-app>
  <display-name>shop</display-name>
  <session-config>
    <session-timeout>30</session-timeout>
  </session-config>
</web-app>
`,
    },
    settings: hosts(),
    file: 'tomcat1/webapps/shop/WEB-INF/web.xml',
    at: 'web-app',
    title: 'Insert <distributable/>',
  },
  {
    rule: 'cluster/membership-mismatch',
    name: 'one node of three on another multicast address',
    files: {
      ...clusteredNodes(),
      'tomcat3/conf/server.xml': serverXml({
        jvmRoute: 'tomcat3',
        cluster: cluster({ membership: '<Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.5" port="45564" frequency="500" dropTime="3000"/>' }),
      }),
      'tomcat3/webapps/shop/WEB-INF/web.xml': webXml(),
    },
    settings: { ...hosts(), nodes: { ...HOSTS.nodes, tomcat3: { host: '10.0.0.13' } } },
    file: 'tomcat3/conf/server.xml',
    at: '228.0.0.5',
    title: 'Use the Membership address of the other nodes (228.0.0.4)',
  },
  {
    rule: 'cluster/membership-mismatch',
    name: 'one node of three on another multicast port',
    files: {
      ...clusteredNodes(),
      'tomcat3/conf/server.xml': serverXml({
        jvmRoute: 'tomcat3',
        cluster: cluster({ membership: '<Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45565" frequency="500" dropTime="3000"/>' }),
      }),
      'tomcat3/webapps/shop/WEB-INF/web.xml': webXml(),
    },
    settings: { ...hosts(), nodes: { ...HOSTS.nodes, tomcat3: { host: '10.0.0.13' } } },
    file: 'tomcat3/conf/server.xml',
    at: '45565',
    title: 'Use the Membership port of the other nodes (45564)',
  },
  {
    rule: 'cluster/route-mismatch',
    name: 'an httpd member without route=, its node has jvmRoute tomcat2',
    files: { 'lb/httpd.conf': httpdConf({ members: ['BalancerMember "http://10.0.0.11:8080" route=tomcat1', 'BalancerMember "http://10.0.0.12:8080" loadfactor=1'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'http://10.0.0.12:8080',
    title: 'Add route=tomcat2',
    contains: 'BalancerMember "http://10.0.0.12:8080" route=tomcat2 loadfactor=1',
  },
  {
    rule: 'cluster/route-mismatch',
    name: 'an httpd member route that matches no jvmRoute (a typo)',
    files: { 'lb/httpd.conf': httpdConf({ members: ['BalancerMember "http://10.0.0.11:8080" route=tomcat1', 'BalancerMember "http://10.0.0.12:8080" route=tomact2'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'tomact2',
    title: "Use the node's jvmRoute (tomcat2)",
    contains: 'route=tomcat2',
  },
  {
    rule: 'cluster/route-mismatch',
    name: 'a mod_jk route that matches no jvmRoute',
    files: { 'lb/workers.properties': workersProperties({ tomcat2: ['worker.tomcat2.route=node2'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/workers.properties',
    at: 'node2',
    title: "Use the node's jvmRoute (tomcat2)",
  },
  {
    rule: 'cluster/route-mismatch',
    name: 'an nginx sticky route that matches no jvmRoute',
    files: { 'lb/nginx.conf': nginxConf(['server 10.0.0.11:8080 route=tomcat1;', 'server 10.0.0.12:8080 route=tomcta2;', 'sticky route $cookie_jsessionid;']), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/nginx.conf',
    at: 'tomcta2',
    title: "Use the node's jvmRoute (tomcat2)",
  },
  {
    rule: 'cluster/route-mismatch',
    name: 'routes swapped between the two httpd members',
    files: { 'lb/httpd.conf': httpdConf({ members: ['BalancerMember "http://10.0.0.11:8080" route=tomcat2', 'BalancerMember "http://10.0.0.12:8080" route=tomcat1'] }), ...clusteredNodes() },
    settings: hosts(),
    file: 'lb/httpd.conf',
    at: 'tomcat2',
    title: 'Swap the routes back (tomcat1 here, tomcat2 on the other member)',
  },
  {
    rule: 'cluster/msm-failover-not-local',
    name: 'tomcat2 (10.0.0.12) fails over to n1 on 10.0.0.11',
    files: { 'lb/nginx.conf': nginxConf(['ip_hash;', ...NGINX_SERVERS]), ...msmNodes(contextXml(msmManager({ failover: 'n1' }))) },
    settings: hosts(),
    file: 'tomcat2/webapps/cart/META-INF/context.xml',
    at: 'n1',
    title: 'Use the local memcached (n2)',
    contains: 'failoverNodes="n2"',
  },
];

/* ------------------------------------------------------------ the machinery */

/** A fix of a report that reaches outside its own file, seen before the engine turns the report into a finding. */
interface Stray {
  rule: string;
  file: string;
  why: string;
}

/** The default rules, each with its report watched: every fix must edit the reporting file, inside its text. */
function watchedRules(strays: Stray[]): RuleSet {
  const fileRule = <C extends FileRuleContext<unknown>>(rule: FileRule<C>): FileRule<C> => ({
    meta: rule.meta,
    check(context: C) {
      const length = context.document.getText().length;
      const report = (r: OffsetReport): void => {
        for (const e of r.fix?.edits ?? []) {
          if (!(e.start >= 0 && e.start <= e.end && e.end <= length)) strays.push({ rule: rule.meta.id, file: context.document.uri, why: `edit ${e.start}-${e.end} outside the text (${length})` });
        }
        context.report(r);
      };
      rule.check({ ...context, report });
    },
  });
  const clusterRule = (rule: ClusterRule): ClusterRule => ({
    meta: rule.meta,
    check(context) {
      const report = (r: ClusterReport): void => {
        for (const e of r.fix?.edits ?? []) {
          if (e.place.path !== r.place.path) strays.push({ rule: rule.meta.id, file: r.place.path, why: `edit in ${e.place.path}` });
          const length = context.model.textOf(e.place.path)?.length ?? -1;
          if (!(e.place.start >= 0 && e.place.start <= e.place.end && e.place.end <= length)) strays.push({ rule: rule.meta.id, file: r.place.path, why: `edit ${e.place.start}-${e.place.end} outside the text (${length})` });
        }
        context.report(r);
      };
      rule.check({ ...context, report });
    },
  });
  return {
    xml: DEFAULT_RULES.xml.map(fileRule),
    tomcat: DEFAULT_RULES.tomcat.map(fileRule),
    nginx: DEFAULT_RULES.nginx.map(fileRule),
    httpd: DEFAULT_RULES.httpd.map(fileRule),
    modjk: DEFAULT_RULES.modjk.map(fileRule),
    cluster: DEFAULT_RULES.cluster.map(clusterRule),
  };
}

function writeWorkspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'quick-fix-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

interface Check {
  findings: Finding[];
  strays: Stray[];
  failures: string[];
}

function check(root: string, settings: Settings | undefined): Check {
  const strays: Stray[] = [];
  const failures: string[] = [];
  const { findings } = checkWorkspace([root], { settings: settings ?? {}, settingsDir: root, rules: watchedRules(strays), log: (m) => failures.push(m) });
  return { findings, strays, failures };
}

/** The text after the fix, its edits applied from the last to the first (as an editor applies a WorkspaceEdit). */
function applyFix(text: string, fix: Fix): string {
  const document = TextDocument.create('file:///fix', 'plaintext', 0, text);
  const edits = fix.edits
    .map((e, i) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), text: e.newText, i }))
    // Inserts at one position keep their array order in the result (LSP), so the later one goes in first.
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].end <= edits[i - 1].start, `the fix's edits overlap: ${JSON.stringify(fix.edits)}`);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

const isProblem = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

test('quick fixes: every rule that offers a fix has a case', () => {
  const rulesDir = path.join(projectRoot, 'server/src/rules');
  const withFix: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts') && entry.name !== 'rule.ts') {
        const source = fs.readFileSync(p, 'utf8');
        // A report property `fix: {…}`, `fix: x ? … : …` or `fix,` (shorthand) on a line of its own.
        if (!/^\s*fix\s*[:,]/m.test(source)) continue;
        const id = /\bid:\s*'([^']+)'/.exec(source);
        assert.ok(id, `${p} attaches a fix but declares no rule id`);
        withFix.push(id[1]);
      }
    }
  };
  walk(rulesDir);
  // A case that applies a fix, not only one where the rule withholds it.
  const covered = new Set(CASES.filter((c) => !c.noFix).map((c) => c.rule));
  assert.deepEqual(withFix.filter((id) => !covered.has(id)).sort(), [], 'rules that offer a quick fix but have no case here');
  assert.ok(withFix.length >= 15, `only ${withFix.length} rules with fixes found (${withFix.join(', ')}): is the enumeration broken?`);
  // And no case for a rule that offers no fix at all (its cases would only prove the fix withheld).
  assert.deepEqual([...new Set(CASES.map((c) => c.rule))].filter((id) => !withFix.includes(id)).sort(), ['httpd/member-route-missing'], 'rules with cases but no fix in the sources');
});

for (const c of CASES) {
  test(`quick fix of ${c.rule}: ${c.name}`, { todo: c.todo }, () => {
    const root = writeWorkspace(c.files);
    after(() => fs.rmSync(root, { recursive: true, force: true }));
    const rel = (uri: string): string => path.relative(root, fileURLToPath(uri)).split(path.sep).join('/');
    const key = (f: Finding): string => `${rel(f.uri)} | ${f.code} | ${f.message}`;
    const describe = (f: Finding, texts: Record<string, string>): string => `${rel(f.uri)}:${f.range.start.line + 1} ${f.severity} ${f.code} "${textAt(texts[rel(f.uri)] ?? '', f.range)}" ${f.message}`;

    // 1. The rule fires where the case says, with the fix it names; every fix any rule computed edits only
    //    its own file, inside its text.
    const before = check(root, c.settings);
    assert.deepEqual(before.failures, [], 'no rule failed');
    const mine = before.findings.filter((f) => f.code === c.rule);
    const target = mine.filter((f) => rel(f.uri) === c.file && textAt(c.files[c.file], f.range) === c.at);
    assert.equal(target.length, 1, `one ${c.rule} finding on ${c.file} at "${c.at}"; the rule's findings:\n${mine.map((f) => describe(f, c.files)).join('\n')}`);
    const [finding] = target;
    assert.deepEqual(before.strays, [], 'fixes that reach outside their file');
    if (c.noFix) {
      assert.equal(finding.fix, undefined, `no quick fix here: ${describe(finding, c.files)}`);
      return;
    }
    assert.ok(finding.fix, `the finding offers a quick fix: ${describe(finding, c.files)}`);
    assert.equal(finding.fix.title, c.title);
    assert.ok(finding.fix.edits.length > 0, 'the fix edits something');

    // 2. Apply it to the finding's file (the only file it edits) and check again.
    const fixedText = applyFix(c.files[c.file], finding.fix);
    assert.notEqual(fixedText, c.files[c.file], 'the fix changes the text');
    if (c.contains !== undefined) assert.ok(fixedText.includes(c.contains), `the fixed file contains ${JSON.stringify(c.contains)}:\n${fixedText}`);
    fs.writeFileSync(path.join(root, c.file), fixedText);
    const texts = { ...c.files, [c.file]: fixedText };
    const afterFix = check(root, c.settings);
    assert.deepEqual(afterFix.failures, [], 'no rule failed after the fix');
    assert.deepEqual(afterFix.strays, [], 'fixes that reach outside their file (after the fix)');

    // 3. The finding is gone: one fewer of its (file, code, message).
    const count = (findings: Finding[], k: string): number => findings.filter((f) => key(f) === k).length;
    const fixedKey = key(finding);
    assert.equal(count(afterFix.findings, fixedKey), count(before.findings, fixedKey) - 1, `the fixed finding is gone: ${fixedKey}`);

    // 4. Nothing new: no (file, code, message) of an error or warning more often than before, the fixed one aside.
    //    A finding whose message quotes the text the fix rewrote (no-session-sharing quotes the hash key) is the
    //    same finding: its message is compared with the fix's new text put back to the old.
    const document = TextDocument.create('file:///fix', 'plaintext', 0, c.files[c.file]);
    const rewritten = finding.fix.edits
      .map((e) => ({ old: document.getText(e.range), new: e.newText }))
      .filter((e) => e.old.trim() !== '' && e.new.trim() !== '');
    const restore = (message: string): string => rewritten.reduce((m, e) => m.split(e.new).join(e.old), message);
    const remaining = new Map<string, number>();
    for (const f of before.findings) remaining.set(key(f), (remaining.get(key(f)) ?? 0) + 1);
    const added: string[] = [];
    for (const f of afterFix.findings.filter(isProblem)) {
      const k = [key(f), `${rel(f.uri)} | ${f.code} | ${restore(f.message)}`].find((x) => (remaining.get(x) ?? 0) > 0);
      if (k) remaining.set(k, remaining.get(k)! - 1);
      else added.push(describe(f, texts));
    }
    assert.deepEqual(added, [], `the fix introduced findings; the fixed ${c.file}:\n${fixedText}`);
  });
}
