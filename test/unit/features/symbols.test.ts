import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SymbolEntry } from '../../../server/src/features/featureContext';
import { documentSymbols } from '../../../server/src/features/symbols';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';

function symbolsOf(text: string, language: FileLanguage): SymbolEntry[] {
  const symbols = documentSymbols(TextDocument.create('file:///x', language, 1, text), language);
  checkInvariants(symbols, text);
  return symbols;
}

/** What every outline owes the editor: selections inside ranges, children inside parents, names never empty. */
function checkInvariants(symbols: SymbolEntry[], text: string, parent?: SymbolEntry): void {
  for (const s of symbols) {
    assert.ok(s.name.length > 0, 'a name');
    assert.ok(0 <= s.start && s.start <= s.selectionStart && s.selectionStart <= s.selectionEnd && s.selectionEnd <= s.end && s.end <= text.length, `ranges of ${s.name}: ${JSON.stringify(s)}`);
    if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${s.name} inside ${parent.name}`);
    checkInvariants(s.children, text, s);
  }
}

/**
 * The outline as indented lines: `kind name «selected text» — detail`. The
 * selected text is the document's text at the selection range, so the
 * expectations show that it covers the name exactly.
 */
function render(symbols: SymbolEntry[], text: string, depth = 0): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    out.push(`${'  '.repeat(depth)}${s.kind} ${s.name} «${text.slice(s.selectionStart, s.selectionEnd)}»${s.detail ? ` — ${s.detail}` : ''}`);
    out.push(...render(s.children, text, depth + 1));
  }
  return out;
}

function outline(text: string, language: FileLanguage): string[] {
  return render(symbolsOf(text, language), text);
}

function find(symbols: SymbolEntry[], name: string): SymbolEntry {
  for (const s of symbols) {
    if (s.name === name) return s;
    const inner = findOrUndefined(s.children, name);
    if (inner) return inner;
  }
  assert.fail(`no symbol ${name}`);
}

function findOrUndefined(symbols: SymbolEntry[], name: string): SymbolEntry | undefined {
  for (const s of symbols) {
    if (s.name === name) return s;
    const inner = findOrUndefined(s.children, name);
    if (inner) return inner;
  }
  return undefined;
}

function rangeText(s: SymbolEntry, text: string): string {
  return text.slice(s.start, s.end);
}

// ---------------------------------------------------------------------------

const SERVER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- node 1 of the shop cluster -->
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container" type="org.apache.catalina.UserDatabase" />
  </GlobalNamingResources>
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Connector port="8009" protocol="AJP/1.3" address="10.0.0.11" secretRequired="false" />
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="node1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000"/>
          <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
            <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
          </Sender>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true">
        <Context path="/shop" docBase="shop">
          <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.21:11211,n2:10.0.0.22:11211" failoverNodes="n1"/>
        </Context>
        <Context path="" docBase="ROOT"/>
      </Host>
    </Engine>
  </Service>
</Server>
`;

describe('Tomcat XML', () => {
  test('server.xml: Server › Service › Connectors, Engine › Cluster › Channel …, Host › Context › Manager', () => {
    assert.deepEqual(outline(SERVER_XML, 'tomcat-xml'), [
      'element Server «Server» — port 8005',
      '  element VersionLoggerListener «VersionLoggerListener» — Listener',
      '  element GlobalNamingResources «GlobalNamingResources»',
      '    element UserDatabase «UserDatabase» — Resource',
      '  element Service Catalina «Service»',
      '    element Connector 8080 HTTP/1.1 «Connector»',
      '    element Connector 8009 AJP/1.3 «Connector» — address 10.0.0.11',
      '    element Engine Catalina «Engine» — jvmRoute node1',
      '      cluster SimpleTcpCluster «SimpleTcpCluster» — Cluster · DeltaManager · 228.0.0.4:45564',
      '        element DeltaManager «DeltaManager» — Manager',
      '        element GroupChannel «GroupChannel» — Channel',
      '          element McastService «McastService» — Membership · 228.0.0.4:45564',
      '          element NioReceiver «NioReceiver» — Receiver · auto:4000',
      '          element ReplicationTransmitter «ReplicationTransmitter» — Sender',
      '            element PooledParallelSender «PooledParallelSender» — Transport',
      '          element TcpFailureDetector «TcpFailureDetector» — Interceptor',
      '        element ReplicationValve «ReplicationValve» — Valve',
      '        element ClusterSessionListener «ClusterSessionListener» — ClusterListener',
      '      host localhost «localhost» — appBase webapps',
      '        context /shop «/shop» — docBase shop',
      '          element MemcachedBackupSessionManager «MemcachedBackupSessionManager» — Manager · memcachedNodes n1:10.0.0.21:11211,n2:10.0.0.22:11211 · failoverNodes n1',
      '        context Context / «Context» — docBase ROOT',
    ]);
  });

  test('server.xml: ranges cover the whole element, from < to its end tag or />', () => {
    const symbols = symbolsOf(SERVER_XML, 'tomcat-xml');
    const server = rangeText(symbols[0], SERVER_XML);
    assert.ok(server.startsWith('<Server port') && server.endsWith('</Server>'));
    const cluster = rangeText(find(symbols, 'SimpleTcpCluster'), SERVER_XML);
    assert.ok(cluster.startsWith('<Cluster ') && cluster.endsWith('</Cluster>'));
    assert.equal(rangeText(find(symbols, 'McastService'), SERVER_XML), '<Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564"/>');
  });

  test('a Cluster without Manager or Channel shows the defaults; static membership is said so', () => {
    const bare = '<Server><Service name="S"><Engine name="E"><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/></Engine></Service></Server>';
    assert.equal(outline(bare, 'tomcat-xml')[3], '      cluster SimpleTcpCluster «SimpleTcpCluster» — Cluster · DeltaManager · 228.0.0.4:45564');
    const statik = `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
  <Manager className="org.apache.catalina.ha.session.BackupManager"/>
  <Channel className="org.apache.catalina.tribes.group.GroupChannel">
    <Interceptor className="org.apache.catalina.tribes.group.interceptors.StaticMembershipInterceptor">
      <Member className="org.apache.catalina.tribes.membership.StaticMember" host="10.0.0.12" port="4000" uniqueId="{0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,2}"/>
    </Interceptor>
  </Channel>
</Cluster>`;
    assert.deepEqual(outline(statik, 'tomcat-xml'), [
      'cluster SimpleTcpCluster «SimpleTcpCluster» — Cluster · BackupManager · static membership',
      '  element BackupManager «BackupManager» — Manager',
      '  element GroupChannel «GroupChannel» — Channel',
      '    element StaticMembershipInterceptor «StaticMembershipInterceptor» — Interceptor',
      '      element StaticMember «StaticMember» — Member · 10.0.0.12:4000',
    ]);
  });

  test('context.xml: the Context, its Manager and Store', () => {
    const text = `<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Manager className="org.apache.catalina.session.PersistentManager" maxIdleBackup="10">
    <Store className="org.apache.catalina.session.FileStore" directory="sessions"/>
  </Manager>
  <Manager/>
</Context>`;
    assert.deepEqual(outline(text, 'tomcat-xml'), [
      'context Context «Context»',
      '  element WatchedResource «WatchedResource»',
      '  element PersistentManager «PersistentManager» — Manager',
      '    element FileStore «FileStore» — Store',
      '  element Manager «Manager» — StandardManager',
    ]);
  });

  test('web.xml: distributable, context-params, filters, listeners, servlets and mappings, session-config', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
  <display-name>shop</display-name>
  <distributable/>
  <context-param>
    <param-name>env</param-name>
    <param-value>prod</param-value>
  </context-param>
  <filter>
    <filter-name>encoding</filter-name>
    <filter-class>org.apache.catalina.filters.SetCharacterEncodingFilter</filter-class>
  </filter>
  <filter-mapping>
    <filter-name>encoding</filter-name>
    <url-pattern>/*</url-pattern>
  </filter-mapping>
  <listener>
    <listener-class>com.example.shop.SessionListener</listener-class>
  </listener>
  <servlet>
    <servlet-name> cart </servlet-name>
    <servlet-class>com.example.shop.CartServlet</servlet-class>
  </servlet>
  <servlet-mapping>
    <servlet-name>cart</servlet-name>
    <url-pattern>/cart/*</url-pattern>
    <url-pattern>/basket/*</url-pattern>
  </servlet-mapping>
  <session-config>
    <session-timeout>30</session-timeout>
    <cookie-config><name>SHOPSESSION</name></cookie-config>
  </session-config>
  <security-constraint><web-resource-collection><web-resource-name>x</web-resource-name></web-resource-collection></security-constraint>
</web-app>
`;
    assert.deepEqual(outline(text, 'tomcat-xml'), [
      'element web-app «web-app» — version 6.0',
      '  element distributable «distributable»',
      '  element env «env» — context-param = prod',
      '  element encoding «encoding» — filter · SetCharacterEncodingFilter',
      '  element /* «/*» — filter-mapping → encoding',
      '  element SessionListener «SessionListener» — listener',
      '  element cart «cart» — servlet · CartServlet',
      '  element /cart/* «/cart/*» — servlet-mapping → cart · /basket/*',
      '  element session-config «session-config» — timeout 30 · cookie SHOPSESSION',
    ]);
  });

  test('a half-typed server.xml: the outline of what parsed, open elements reaching the end of the text', () => {
    // Typing a new element inside the Host: the tag is not even finished.
    const cut = SERVER_XML.indexOf('<Context path="/shop"') + '<Context path="/sh'.length;
    const half = SERVER_XML.slice(0, cut);
    const symbols = symbolsOf(half, 'tomcat-xml');
    const lines = render(symbols, half);
    assert.deepEqual(lines.slice(0, 5), [
      'element Server «Server» — port 8005',
      '  element VersionLoggerListener «VersionLoggerListener» — Listener',
      '  element GlobalNamingResources «GlobalNamingResources»',
      '    element UserDatabase «UserDatabase» — Resource',
      '  element Service Catalina «Service»',
    ]);
    assert.ok(lines.includes('      cluster SimpleTcpCluster «SimpleTcpCluster» — Cluster · DeltaManager · 228.0.0.4:45564'));
    assert.equal(lines.at(-1), '      host localhost «localhost» — appBase webapps');
    // The unclosed Server, Service, Engine and Host run to the end of the text; the closed Cluster ends at </Cluster>.
    for (const name of ['Server', 'Service Catalina', 'Engine Catalina', 'localhost']) assert.equal(find(symbols, name).end, half.length, name);
    assert.ok(rangeText(find(symbols, 'SimpleTcpCluster'), half).endsWith('</Cluster>'));
  });

  test('a half-typed server.xml: an open attribute quote, a stray tag in the middle', () => {
    const open = SERVER_XML.slice(0, SERVER_XML.indexOf('<Host name="localhost"') + '<Host name="loc'.length);
    assert.ok(render(symbolsOf(open, 'tomcat-xml'), open).includes('      cluster SimpleTcpCluster «SimpleTcpCluster» — Cluster · DeltaManager · 228.0.0.4:45564'));
    const stray = SERVER_XML.replace('<Host name="localhost"', '</Foo>\n      <Host name="localhost"');
    const lines = render(symbolsOf(stray, 'tomcat-xml'), stray);
    assert.ok(lines.some((l) => l.includes('element Engine Catalina')), lines.join('\n'));
  });

  test('nothing to outline: empty, text only, not XML', () => {
    assert.deepEqual(symbolsOf('', 'tomcat-xml'), []);
    assert.deepEqual(symbolsOf('just words', 'tomcat-xml'), []);
    assert.deepEqual(symbolsOf('<', 'tomcat-xml'), []);
  });
});

// ---------------------------------------------------------------------------

const NGINX_CONF = `user nginx;
worker_processes auto;
events { worker_connections 1024; }
http {
    include       mime.types;
    map $cookie_jsessionid $route_cookie {
        ~.+\\.(?P<route>\\w+)$ $route;
    }
    upstream tomcats {
        hash $cookie_jsessionid consistent;
        server 10.0.0.11:8080 weight=2;
        server 10.0.0.12:8080 max_fails=3 fail_timeout=30s;
        server 10.0.0.13:8080 backup;
    }
    server {
        listen 80;
        server_name shop.example.com www.shop.example.com;
        location / {
            proxy_pass http://tomcats;
        }
        location ~ ^/static/ {
            root /var/www;
            if ($request_method = POST) { return 405; }
        }
    }
    server {
        listen 8081;
        location /status { stub_status; }
    }
}
stream {
    upstream memcached { server 10.0.0.21:11211; }
    server { listen 11211; proxy_pass memcached; }
}
`;

describe('nginx', () => {
  test('nginx.conf: blocks, servers by server_name, locations by their arguments, upstreams with their servers', () => {
    assert.deepEqual(outline(NGINX_CONF, 'nginx'), [
      'block events «events»',
      'block http «http»',
      '  directive include mime.types «include       mime.types»',
      '  block map $cookie_jsessionid $route_cookie «map $cookie_jsessionid $route_cookie»',
      '  upstream tomcats «tomcats» — hash $cookie_jsessionid consistent',
      '    directive 10.0.0.11:8080 «10.0.0.11:8080» — weight=2',
      '    directive 10.0.0.12:8080 «10.0.0.12:8080» — max_fails=3 fail_timeout=30s',
      '    directive 10.0.0.13:8080 «10.0.0.13:8080» — backup',
      '  server shop.example.com www.shop.example.com «shop.example.com www.shop.example.com» — listen 80',
      '    location / «/»',
      '      directive proxy_pass http://tomcats «proxy_pass http://tomcats»',
      '    location ~ ^/static/ «~ ^/static/»',
      '      block if ($request_method = POST) «if ($request_method = POST)»',
      '  server server «server» — listen 8081',
      '    location /status «/status»',
      'block stream «stream»',
      '  upstream memcached «memcached» — round-robin',
      '    directive 10.0.0.21:11211 «10.0.0.21:11211»',
      '  server server «server» — listen 11211',
      '    directive proxy_pass memcached «proxy_pass memcached»',
    ]);
  });

  test('ranges: a block from its name to its }, a directive to its ;', () => {
    const symbols = symbolsOf(NGINX_CONF, 'nginx');
    const upstream = rangeText(find(symbols, 'tomcats'), NGINX_CONF);
    assert.ok(upstream.startsWith('upstream tomcats {') && upstream.endsWith('backup;\n    }'), upstream);
    assert.equal(rangeText(find(symbols, '10.0.0.13:8080'), NGINX_CONF), 'server 10.0.0.13:8080 backup;');
    assert.equal(rangeText(find(symbols, 'proxy_pass http://tomcats'), NGINX_CONF), 'proxy_pass http://tomcats;');
  });

  test('an unclosed block (being typed) still outlines, to the end of the text', () => {
    const text = 'http {\n  upstream a {\n    server 10.0.0.1:8080;\n  }\n  server {\n    location /x {\n      proxy_pa';
    const symbols = symbolsOf(text, 'nginx');
    assert.deepEqual(render(symbols, text), ['block http «http»', '  upstream a «a» — round-robin', '    directive 10.0.0.1:8080 «10.0.0.1:8080»', '  server server «server»', '    location /x «/x»']);
    assert.equal(find(symbols, '/x').end, text.length);
  });
});

// ---------------------------------------------------------------------------

const HTTPD_CONF = `ServerRoot "/etc/httpd"
Listen 80
LoadModule proxy_module modules/mod_proxy.so
LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
<IfModule mod_proxy_balancer.c>
  <Proxy "balancer://tccluster">
    BalancerMember http://10.0.0.11:8080 route=node1 loadfactor=1
    BalancerMember http://10.0.0.12:8080 route=node2
    ProxySet lbmethod=byrequests stickysession=JSESSIONID|jsessionid
  </Proxy>
</IfModule>
<VirtualHost *:80>
    ServerName shop.example.com
    ProxyPass /shop balancer://tccluster/shop stickysession=JSESSIONID
    ProxyPassReverse /shop balancer://tccluster/shop
    <Location /balancer-manager>
        SetHandler balancer-manager
        Require ip 10.0.0.0/8
    </Location>
</VirtualHost>
BalancerMember balancer://other http://10.0.0.13:8080 route=node3
Include conf.d/*.conf
`;

describe('httpd', () => {
  test('httpd.conf: sections by their opening tag, balancers with their members, key directives', () => {
    assert.deepEqual(outline(HTTPD_CONF, 'httpd'), [
      'section <IfModule mod_proxy_balancer.c> «<IfModule mod_proxy_balancer.c>»',
      '  balancer <Proxy "balancer://tccluster"> «<Proxy "balancer://tccluster">» — 2 members · lbmethod=byrequests · stickysession=JSESSIONID|jsessionid',
      '    directive http://10.0.0.11:8080 «http://10.0.0.11:8080» — route=node1 loadfactor=1',
      '    directive http://10.0.0.12:8080 «http://10.0.0.12:8080» — route=node2',
      '    directive ProxySet lbmethod=byrequests «ProxySet lbmethod=byrequests» — stickysession=JSESSIONID|jsessionid',
      'host <VirtualHost *:80> «<VirtualHost *:80>» — shop.example.com',
      '  directive ProxyPass /shop balancer://tccluster/shop «ProxyPass /shop balancer://tccluster/shop» — stickysession=JSESSIONID',
      '  directive ProxyPassReverse /shop balancer://tccluster/shop «ProxyPassReverse /shop balancer://tccluster/shop»',
      '  location <Location /balancer-manager> «<Location /balancer-manager>»',
      'directive http://10.0.0.13:8080 «http://10.0.0.13:8080» — of balancer://other route=node3',
      'directive Include conf.d/*.conf «Include conf.d/*.conf»',
    ]);
  });

  test('ranges: a section from its opening tag to its closing tag', () => {
    const symbols = symbolsOf(HTTPD_CONF, 'httpd');
    const proxy = rangeText(find(symbols, '<Proxy "balancer://tccluster">'), HTTPD_CONF);
    assert.ok(proxy.startsWith('<Proxy "balancer://tccluster">') && proxy.endsWith('</Proxy>'), proxy);
    const vhost = rangeText(find(symbols, '<VirtualHost *:80>'), HTTPD_CONF);
    assert.ok(vhost.startsWith('<VirtualHost') && vhost.endsWith('</VirtualHost>'));
  });

  test('an unclosed section runs to the end of the text', () => {
    const text = '<VirtualHost *:80>\n  <Proxy balancer://x>\n    BalancerMember http://a:1 route=a\n';
    const symbols = symbolsOf(text, 'httpd');
    assert.deepEqual(render(symbols, text), [
      'host <VirtualHost *:80> «<VirtualHost *:80>»',
      '  balancer <Proxy balancer://x> «<Proxy balancer://x>» — 1 member',
      '    directive http://a:1 «http://a:1» — route=a',
    ]);
    assert.equal(symbols[0].end, text.length);
    assert.equal(symbols[0].children[0].end, text.length);
  });
});

// ---------------------------------------------------------------------------

const WORKERS = `# mod_jk workers
worker.list=lb,status
worker.template.type=ajp13
worker.template.port=8009
worker.node1.reference=worker.template
worker.node1.host=10.0.0.11
worker.node2.reference=worker.template
worker.node2.host=10.0.0.12
worker.lb.type=lb
worker.lb.balance_workers=node1,node2
worker.lb.sticky_session=true
worker.status.type=status
worker.node1.lbfactor=2
workers.tomcat_home=/opt/tomcat
`;

describe('mod_jk', () => {
  test('workers.properties: worker.list, workers (name, type) with their properties', () => {
    assert.deepEqual(outline(WORKERS, 'modjk'), [
      'directive worker.list «worker.list» — lb,status',
      'worker template «template» — ajp13',
      '  directive type «type» — ajp13',
      '  directive port «port» — 8009',
      'worker node1 «node1» — ajp13 (from worker.template)',
      '  directive reference «reference» — worker.template',
      '  directive host «host» — 10.0.0.11',
      '  directive lbfactor «lbfactor» — 2',
      'worker node2 «node2» — ajp13 (from worker.template)',
      '  directive reference «reference» — worker.template',
      '  directive host «host» — 10.0.0.12',
      'worker lb «lb» — lb · node1, node2',
      '  directive type «type» — lb',
      '  directive balance_workers «balance_workers» — node1,node2',
      '  directive sticky_session «sticky_session» — true',
      'worker status «status» — status',
      '  directive type «type» — status',
      'directive workers.tomcat_home «workers.tomcat_home» — /opt/tomcat',
    ]);
  });

  test('a worker spans its lines (a late property widens it); a property line spans key=value', () => {
    const symbols = symbolsOf(WORKERS, 'modjk');
    const node1 = rangeText(find(symbols, 'node1'), WORKERS);
    assert.ok(node1.startsWith('worker.node1.reference') && node1.endsWith('worker.node1.lbfactor=2'), node1);
    assert.equal(rangeText(find(symbols, 'node2').children[1], WORKERS), 'worker.node2.host=10.0.0.12');
  });

  test('a worker without type or reference is ajp13 by default', () => {
    assert.deepEqual(outline('worker.a.host=h\nworker.a.port=8009 # the AJP port\n', 'modjk'), ['worker a «a» — ajp13 (default)', '  directive host «host» — h', '  directive port «port» — 8009']);
  });
});

test('CRLF line ends and non-ASCII comments do not shift names or ranges', () => {
  const httpd = '# 负载均衡\r\n<Proxy balancer://tc>\r\n  BalancerMember http://a:1 route=a\r\n</Proxy>\r\n';
  const symbols = symbolsOf(httpd, 'httpd');
  assert.deepEqual(render(symbols, httpd), ['balancer <Proxy balancer://tc> «<Proxy balancer://tc>» — 1 member', '  directive http://a:1 «http://a:1» — route=a']);
  assert.equal(rangeText(symbols[0], httpd), '<Proxy balancer://tc>\r\n  BalancerMember http://a:1 route=a\r\n</Proxy>');
  const workers = '# 工作者\r\nworker.list=a\r\nworker.a.host=h\r\n';
  assert.deepEqual(outline(workers, 'modjk'), ['directive worker.list «worker.list» — a', 'worker a «a» — ajp13 (default)', '  directive host «host» — h']);
  const nginx = '# 上游\r\nupstream u {\r\n  server 10.0.0.1:80;\r\n}\r\n';
  assert.deepEqual(outline(nginx, 'nginx'), ['upstream u «u» — round-robin', '  directive 10.0.0.1:80 «10.0.0.1:80»']);
});
