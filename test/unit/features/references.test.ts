import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DefinitionTarget, FeatureContext } from '../../../server/src/features/featureContext';
import { references } from '../../../server/src/features/references';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';
import { ALL_MODELS, contextAt, sorted, workspace as tempWorkspace, type Models } from '../../support/featureCursor';

/** References at the `|` of `marked` (the text of `rel` in the workspace `root`), sorted by path and offset. */
function referencesAt(root: string, rel: string, marked: string, language: FileLanguage, includeDeclaration: boolean, models: Models = ALL_MODELS): DefinitionTarget[] {
  return sorted(references(contextAt(root, rel, marked, language, models), includeDeclaration));
}

/** A place: `token` inside the `nth` (0-based) occurrence of `context` in the file `rel`. */
function at(root: string, rel: string, context: string, token: string = context, nth = 0): DefinitionTarget {
  const p = path.join(root, rel);
  const text = fs.readFileSync(p, 'utf8');
  let found = -1;
  for (let i = 0; i <= nth; i++) {
    found = text.indexOf(context, found + 1);
    assert.ok(found >= 0, `${context} (#${i}) is in ${rel}`);
  }
  const inner = context.indexOf(token);
  assert.ok(inner >= 0, `${token} is in ${context}`);
  return { path: p, start: found + inner, end: found + inner + token.length };
}


/** The text around the cursor, for failure messages. */
function around(marked: string): string {
  const i = marked.indexOf('|');
  return marked.slice(Math.max(0, i - 25), i + 25);
}

const SERVER_XML = (route: string): string =>
  `<?xml version="1.0"?>\n<Server port="8005">\n  <Service name="Catalina">\n    <Connector port="8009" protocol="AJP/1.3"/>\n    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">\n      <Host name="localhost"/>\n    </Engine>\n  </Service>\n</Server>\n`;

// ---------------------------------------------------------------------------

describe('nginx upstreams', () => {
  const MAIN = [
    'events {}',
    'http {',
    '    upstream tomcats {',
    '        server 10.0.0.11:8080;',
    '        server 10.0.0.12:8080;',
    '    }',
    '    include conf.d/*.conf;',
    '    server {',
    '        listen 80;',
    '        location / { proxy_pass http://tomcats; }',
    '        location /api { grpc_pass grpc://apis; }',
    '        location /php { fastcgi_pass "php"; }',
    '        location /direct { proxy_pass http://127.0.0.1:8080; }',
    '    }',
    '    upstream "php" { server unix:/run/php.sock; }',
    '}',
    'stream {',
    '    upstream tomcats { server 10.0.0.11:8081; }',
    '    server { listen 9000; proxy_pass tomcats; }',
    '}',
    '',
  ].join('\n');
  const APIS = 'upstream apis {\n    server 10.0.0.31:50051;\n}\nserver { location /b { grpc_pass grpcs://apis; } }\n';
  const SITE = 'server {\n    listen 8080;\n    location / { proxy_pass http://tomcats/app; }\n    location /old { proxy_pass http://TomCats/old; }\n}\n';
  const files = { 'nginx/nginx.conf': MAIN, 'nginx/conf.d/apis.conf': APIS, 'nginx/conf.d/site.conf': SITE };
  const M = 'nginx/nginx.conf';
  const S = 'nginx/conf.d/site.conf';

  /** The http tomcats references: two passes in the main file's http block is one; two in site.conf (one in another case). */
  const httpUses = (root: string): DefinitionTarget[] => [
    at(root, M, 'proxy_pass http://tomcats;', 'tomcats'),
    at(root, S, 'http://tomcats/app', 'tomcats'),
    at(root, S, 'http://TomCats/old', 'TomCats'),
  ];

  test('from the upstream name: every *_pass naming it in the configuration (cross-file, case-insensitive), not the stream ones', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('upstream tomcats {', 'upstream tom|cats {');
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', false), sorted(httpUses(root)));
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', true), sorted([...httpUses(root), at(root, M, 'upstream tomcats {', 'tomcats')]));
  });

  test('from a use in an included file: the same places', () => {
    const root = tempWorkspace(files);
    const marked = SITE.replace('http://tomcats/app', 'http://tomcats|/app');
    assert.deepEqual(referencesAt(root, S, marked, 'nginx', false), sorted(httpUses(root)));
    assert.deepEqual(referencesAt(root, S, marked, 'nginx', true), sorted([...httpUses(root), at(root, M, 'upstream tomcats {', 'tomcats')]));
    // From the other spelling.
    assert.deepEqual(referencesAt(root, S, SITE.replace('TomCats', 'Tom|Cats'), 'nginx', false), sorted(httpUses(root)));
  });

  test('the stream upstream has only the stream pass', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass tomcats;', 'proxy_pass |tomcats;');
    const stream = at(root, M, 'proxy_pass tomcats;', 'tomcats');
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', false), [stream]);
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', true), [at(root, M, 'upstream tomcats { server 10.0.0.11:8081', 'tomcats'), stream]);
  });

  test('quoted names: ranges without the quotes', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('upstream "php"', 'upstream "p|hp"');
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', true), [at(root, M, 'fastcgi_pass "php"', 'php'), at(root, M, 'upstream "php"', 'php')]);
  });

  test('from the main file to an upstream declared in an included file, with its uses there', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('grpc://apis', 'grpc://ap|is');
    assert.deepEqual(
      referencesAt(root, M, marked, 'nginx', true),
      sorted([at(root, M, 'grpc://apis', 'apis'), at(root, 'nginx/conf.d/apis.conf', 'upstream apis', 'apis'), at(root, 'nginx/conf.d/apis.conf', 'grpcs://apis', 'apis')]),
    );
  });

  test('without the workspace models: this file only', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('upstream tomcats {', 'upstream tomcats| {');
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', true, {}), [at(root, M, 'upstream tomcats {', 'tomcats'), at(root, M, 'proxy_pass http://tomcats;', 'tomcats')]);
  });

  test('a name nobody declares: its uses', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('location / { proxy_pass http://tomcats; }', 'location / { proxy_pass http://nowhe|re; } location /b { proxy_pass http://nowhere/b; }');
    const text = marked.replace('|', '');
    const first = text.indexOf('http://nowhere') + 'http://'.length;
    const second = text.indexOf('http://nowhere', first) + 'http://'.length;
    assert.deepEqual(referencesAt(root, M, marked, 'nginx', true), [
      { path: path.join(root, M), start: first, end: first + 7 },
      { path: path.join(root, M), start: second, end: second + 7 },
    ]);
  });

  test('nothing on other tokens', () => {
    const root = tempWorkspace(files);
    const cases = [
      MAIN.replace('proxy_pass http://tomcats;', 'proxy_|pass http://tomcats;'),
      MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass ht|tp://tomcats;'),
      MAIN.replace('proxy_pass http://127.0.0.1:8080', 'proxy_pass http://127.0|.0.1:8080'),
      MAIN.replace('upstream tomcats {', 'upst|ream tomcats {'),
      MAIN.replace('server 10.0.0.11:8080;', 'server 10.0|.0.11:8080;'),
      MAIN.replace('listen 80', 'listen 8|0'),
      MAIN.replace('http {', 'ht|tp {'),
    ];
    for (const marked of cases) assert.deepEqual(referencesAt(root, M, marked, 'nginx', true), [], around(marked));
  });
});

// ---------------------------------------------------------------------------

describe('httpd balancers', () => {
  const MAIN = [
    'ServerRoot ..',
    'Listen 80',
    '<Proxy "balancer://tccluster">',
    '    BalancerMember http://10.0.0.11:8080 route=node1 loadfactor=1',
    '    BalancerMember http://10.0.0.12:8080 route=node2',
    '    ProxySet lbmethod=byrequests',
    '</Proxy>',
    'BalancerMember balancer://other http://10.0.0.13:8080 route=node3',
    'IncludeOptional conf.d/*.conf',
    '',
  ].join('\n');
  const VHOST = [
    '<VirtualHost *:80>',
    '    ServerName shop.example.com',
    '    ProxyPass /shop balancer://TCcluster/shop stickysession=JSESSIONID',
    '    ProxyPassReverse /shop "balancer://tccluster/shop"',
    '    ProxySet balancer://other lbmethod=bybusyness',
    '    ProxyPassMatch "^/(.*)\\.jsp$" balancer://TCCLUSTER/$1',
    '    <Location /app>',
    '        ProxyPass balancer://tccluster/app',
    '    </Location>',
    '</VirtualHost>',
    '',
  ].join('\n');
  const files = { 'httpd/conf/httpd.conf': MAIN, 'httpd/conf.d/vhost.conf': VHOST };
  const M = 'httpd/conf/httpd.conf';
  const V = 'httpd/conf.d/vhost.conf';
  const uses = (root: string): DefinitionTarget[] => [
    at(root, V, 'balancer://TCcluster/shop', 'TCcluster'),
    at(root, V, '"balancer://tccluster/shop"', 'tccluster'),
    at(root, V, 'balancer://TCCLUSTER/$1', 'TCCLUSTER'),
    at(root, V, 'balancer://tccluster/app', 'tccluster'),
  ];
  const declaration = (root: string): DefinitionTarget => at(root, M, '<Proxy "balancer://tccluster">', 'tccluster');

  test('from <Proxy balancer://NAME>: every ProxyPass / ProxyPassReverse / ProxyPassMatch naming it, in any case, across files', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('"balancer://tccluster"', '"balancer://tcc|luster"');
    assert.deepEqual(referencesAt(root, M, marked, 'httpd', false), sorted(uses(root)));
    assert.deepEqual(referencesAt(root, M, marked, 'httpd', true), sorted([...uses(root), declaration(root)]));
  });

  test('from a use (the scheme part counts): the same places', () => {
    const root = tempWorkspace(files);
    for (const marked of [VHOST.replace('balancer://TCcluster', 'balancer://TC|cluster'), VHOST.replace('ProxyPassReverse /shop "balancer', 'ProxyPassReverse /shop "bal|ancer')]) {
      assert.deepEqual(referencesAt(root, V, marked, 'httpd', false), sorted(uses(root)), around(marked));
      assert.deepEqual(referencesAt(root, V, marked, 'httpd', true), sorted([...uses(root), declaration(root)]), around(marked));
    }
  });

  test('ProxySet and BalancerMember naming a balancer outside <Proxy>', () => {
    const root = tempWorkspace(files);
    const marked = VHOST.replace('ProxySet balancer://other', 'ProxySet balancer://oth|er');
    const expected = sorted([at(root, M, 'BalancerMember balancer://other', 'other'), at(root, V, 'ProxySet balancer://other', 'other')]);
    assert.deepEqual(referencesAt(root, V, marked, 'httpd', false), expected);
    assert.deepEqual(referencesAt(root, V, marked, 'httpd', true), expected);
  });

  test('without the workspace models: this file only', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('"balancer://tccluster"', '"balancer://tccluster|"') + 'ProxyPass /x balancer://TcCluster/x\n';
    assert.deepEqual(referencesAt(root, M, marked, 'httpd', true, {}), [declaration(root), at(root, M, 'balancer://TcCluster/x', 'TcCluster')]);
  });

  test('nothing on other tokens', () => {
    const root = tempWorkspace(files);
    const cases: [string, string][] = [
      [V, VHOST.replace('ProxyPass /shop', 'Proxy|Pass /shop')],
      [V, VHOST.replace('ProxyPass /shop', 'ProxyPass /sh|op')],
      [V, VHOST.replace('TCcluster/shop', 'TCcluster/sh|op')],
      [V, VHOST.replace('<VirtualHost *:80>', '<VirtualHost *:8|0>')],
      [M, MAIN.replace('<Proxy "balancer', '<Pro|xy "balancer')],
      [M, MAIN.replace('http://10.0.0.11:8080', 'http://10.0.0|.11:8080')],
      [M, MAIN.replace('loadfactor=1', 'loadfac|tor=1')],
      [M, MAIN.replace('Listen 80', 'Listen 8|0')],
    ];
    for (const [rel, marked] of cases) assert.deepEqual(referencesAt(root, rel, marked, 'httpd', true), [], around(marked));
  });
});

// ---------------------------------------------------------------------------

describe('mod_jk workers', () => {
  const WORKERS = [
    '# workers',
    'worker.list=lb, status',
    'worker.template.type=ajp13',
    'worker.template.port=8009',
    'worker.node1.reference=worker.template',
    'worker.node1.host=10.0.0.11',
    'worker.node2.reference=worker.template',
    'worker.node2.host=10.0.0.12',
    'worker.node2.route=node2',
    'worker.lb.type=lb',
    'worker.lb.balance_workers=node1, node2',
    'worker.lb.sticky_session=true',
    'worker.status.type=status',
    '',
  ].join('\n');
  const W = 'httpd/conf/workers.properties';
  const files = { [W]: WORKERS };
  const key = (root: string, k: string): DefinitionTarget => at(root, W, `worker.${k}.`, k);

  test('from worker.list: the other mentions and the property keys; the first key is the declaration', () => {
    const root = tempWorkspace(files);
    const marked = WORKERS.replace('worker.list=lb,', 'worker.list=l|b,');
    const uses = [at(root, W, 'worker.list=lb', 'lb', 0).start].map((start) => ({ path: path.join(root, W), start, end: start + 2 }));
    const lbKeys = [at(root, W, 'worker.lb.balance_workers', 'lb'), at(root, W, 'worker.lb.sticky_session', 'lb')];
    assert.deepEqual(referencesAt(root, W, marked, 'modjk', false), [...uses, ...lbKeys]);
    assert.deepEqual(referencesAt(root, W, marked, 'modjk', true), [...uses, key(root, 'lb'), ...lbKeys]);
  });

  test('from a property key: the same, and from balance_workers', () => {
    const root = tempWorkspace(files);
    const expected = [
      at(root, W, 'worker.node1.reference', 'node1'),
      at(root, W, 'worker.node1.host', 'node1'),
      at(root, W, 'balance_workers=node1', 'node1'),
    ];
    for (const marked of [WORKERS.replace('worker.node1.host', 'worker.no|de1.host'), WORKERS.replace('=node1, node2', '=node1|, node2')]) {
      assert.deepEqual(referencesAt(root, W, marked, 'modjk', true), expected, around(marked));
      assert.deepEqual(referencesAt(root, W, marked, 'modjk', false), expected.slice(1), around(marked));
    }
  });

  test('reference=worker.NAME: the template worker, its keys and every reference to it', () => {
    const root = tempWorkspace(files);
    const marked = WORKERS.replace('worker.node1.reference=worker.template', 'worker.node1.reference=worker.temp|late');
    const uses = [at(root, W, 'worker.template.port', 'template'), at(root, W, 'node1.reference=worker.template', 'template'), at(root, W, 'node2.reference=worker.template', 'template')];
    assert.deepEqual(referencesAt(root, W, marked, 'modjk', false), uses);
    assert.deepEqual(referencesAt(root, W, marked, 'modjk', true), [at(root, W, 'worker.template.type', 'template'), ...uses]);
  });

  test('nothing on other tokens', () => {
    const root = tempWorkspace(files);
    const cases = [
      WORKERS.replace('worker.list=', 'worker.li|st='),
      WORKERS.replace('host=10.0.0.11', 'host=10.0|.0.11'),
      WORKERS.replace('worker.node1.host', 'worker.node1.ho|st'),
      WORKERS.replace('# workers', '# wor|kers'),
      WORKERS.replace('sticky_session=true', 'sticky_session=tr|ue'),
    ];
    for (const marked of cases) assert.deepEqual(referencesAt(root, W, marked, 'modjk', true), [], around(marked));
  });
});

// ---------------------------------------------------------------------------

describe('msm node ids', () => {
  const CONTEXT = [
    '<?xml version="1.0"?>',
    '<Context>',
    '  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"',
    '           memcachedNodes="n1:10.0.0.21:11211, n2:10.0.0.22:11211"',
    '           failoverNodes="n1, n3"',
    '           sticky="true"/>',
    '</Context>',
    '',
  ].join('\n');
  const C = 'tomcat1/conf/context.xml';

  test('from a memcachedNodes id or a failoverNodes id: the failoverNodes mentions; the declaration is the id in memcachedNodes', () => {
    const root = tempWorkspace({});
    for (const marked of [CONTEXT.replace('"n1:10', '"n|1:10'), CONTEXT.replace('failoverNodes="n1', 'failoverNodes="n1|')]) {
      assert.deepEqual(referencesAt(root, C, marked, 'tomcat-xml', false), [at(root, C, 'failoverNodes="n1', 'n1')], around(marked));
      assert.deepEqual(referencesAt(root, C, marked, 'tomcat-xml', true), [at(root, C, '"n1:10', 'n1'), at(root, C, 'failoverNodes="n1', 'n1')], around(marked));
    }
  });

  test('an id no failoverNodes names, an id no node has', () => {
    const root = tempWorkspace({});
    assert.deepEqual(referencesAt(root, C, CONTEXT.replace(' n2:10', ' n|2:10'), 'tomcat-xml', false), []);
    assert.deepEqual(referencesAt(root, C, CONTEXT.replace(' n2:10', ' n|2:10'), 'tomcat-xml', true), [at(root, C, 'n2:10', 'n2')]);
    assert.deepEqual(referencesAt(root, C, CONTEXT.replace('n1, n3', 'n1, n|3'), 'tomcat-xml', true), [at(root, C, 'n1, n3', 'n3')]);
  });

  test('nothing on the host part of a node, on attribute names, on a non-msm Manager', () => {
    const root = tempWorkspace({});
    const cases = [
      CONTEXT.replace('n1:10.0.0.21', 'n1:10.0|.0.21'),
      CONTEXT.replace('failoverNodes=', 'failover|Nodes='),
      CONTEXT.replace('de.javakaffee.web.msm.MemcachedBackupSessionManager', 'org.apache.catalina.session.StandardManager').replace('failoverNodes="n1', 'failoverNodes="n|1'),
    ];
    for (const marked of cases) assert.deepEqual(referencesAt(root, C, marked, 'tomcat-xml', true), [], around(marked));
  });
});

// ---------------------------------------------------------------------------

describe('routes: Engine jvmRoute ↔ the balancers’ routes, across the workspace', () => {
  const HTTPD = [
    '<Proxy balancer://tc>',
    '    BalancerMember http://10.0.0.11:8080 route=node1',
    '    BalancerMember http://10.0.0.12:8080 "route=node2"',
    '</Proxy>',
    '',
  ].join('\n');
  const WORKERS = [
    'worker.list=lb',
    'worker.node1.host=10.0.0.11',
    'worker.node1.port=8009',
    'worker.n2.host=10.0.0.12',
    'worker.n2.route=node2',
    'worker.lb.type=lb',
    'worker.lb.balance_workers=node1,n2',
    '',
  ].join('\n');
  const NGINX = 'http {\n    upstream tc {\n        sticky route $route_cookie;\n        server 10.0.0.11:8080 route=node1;\n        server 10.0.0.12:8080 route=node2;\n    }\n}\n';
  /** A .conf whose path says nothing: httpd by its content. */
  const LOOSE = '<Proxy balancer://other>\n    BalancerMember ajp://10.0.0.11:8009 route=node1\n</Proxy>\nProxyPass / balancer://other/\n';
  const files = {
    'tomcat1/conf/server.xml': SERVER_XML('node1'),
    'tomcat2/conf/server.xml': SERVER_XML('node2'),
    'httpd/conf/httpd.conf': HTTPD,
    'httpd/conf/workers.properties': WORKERS,
    'nginx/nginx.conf': NGINX,
    'lb/balancer.conf': LOOSE,
  };
  const node1Routes = (root: string): DefinitionTarget[] => [
    at(root, 'httpd/conf/httpd.conf', 'route=node1', 'node1'),
    at(root, 'httpd/conf/workers.properties', 'worker.node1.host', 'node1'),
    at(root, 'lb/balancer.conf', 'route=node1', 'node1'),
    at(root, 'nginx/nginx.conf', 'route=node1', 'node1'),
  ];
  const jvmRoute1 = (root: string): DefinitionTarget => at(root, 'tomcat1/conf/server.xml', 'jvmRoute="node1"', 'node1');

  test('from an Engine jvmRoute: httpd route=, the mod_jk worker named so, nginx route=, a .conf known by content; the jvmRoute is the declaration', () => {
    const root = tempWorkspace(files);
    const marked = SERVER_XML('node1').replace('jvmRoute="node1"', 'jvmRoute="no|de1"');
    assert.deepEqual(referencesAt(root, 'tomcat1/conf/server.xml', marked, 'tomcat-xml', false), sorted(node1Routes(root)));
    assert.deepEqual(referencesAt(root, 'tomcat1/conf/server.xml', marked, 'tomcat-xml', true), sorted([...node1Routes(root), jvmRoute1(root)]));
  });

  test('from an httpd route, an nginx route or a mod_jk route=: the jvmRoute(s) and the other routes with that value', () => {
    const root = tempWorkspace(files);
    const node2 = [
      at(root, 'httpd/conf/httpd.conf', '"route=node2"', 'node2'),
      at(root, 'httpd/conf/workers.properties', 'route=node2', 'node2'),
      at(root, 'nginx/nginx.conf', 'route=node2', 'node2'),
    ];
    const jvmRoute2 = at(root, 'tomcat2/conf/server.xml', 'jvmRoute="node2"', 'node2');
    const cases: [string, string, FileLanguage][] = [
      ['httpd/conf/httpd.conf', HTTPD.replace('"route=node2"', '"route=no|de2"'), 'httpd'],
      ['nginx/nginx.conf', NGINX.replace('route=node2', 'route=node2|'), 'nginx'],
      ['httpd/conf/workers.properties', WORKERS.replace('route=node2', 'route=|node2'), 'modjk'],
    ];
    for (const [rel, marked, language] of cases) {
      assert.deepEqual(referencesAt(root, rel, marked, language, true), sorted([...node2, jvmRoute2]), rel);
      assert.deepEqual(referencesAt(root, rel, marked, language, false), sorted(node2), rel);
    }
  });

  test('two nodes with the same jvmRoute: both are declarations', () => {
    const root = tempWorkspace({ ...files, 'tomcat3/conf/server.xml': SERVER_XML('node1') });
    const marked = HTTPD.replace('route=node1', 'route=node|1');
    const expected = [...node1Routes(root), jvmRoute1(root), at(root, 'tomcat3/conf/server.xml', 'jvmRoute="node1"', 'node1')];
    assert.deepEqual(referencesAt(root, 'httpd/conf/httpd.conf', marked, 'httpd', true), sorted(expected));
  });

  test('without a settings folder: this file only', () => {
    const root = tempWorkspace(files);
    const marked = HTTPD.replace('route=node1', 'route=|node1') + '<Proxy balancer://b2>\n    BalancerMember http://10.0.0.21:8080 route=node1\n</Proxy>\n';
    const p = path.join(root, 'httpd/conf/httpd.conf');
    const text = marked.replace('|', '');
    const second = text.lastIndexOf('route=node1') + 'route='.length;
    assert.deepEqual(referencesAt(root, 'httpd/conf/httpd.conf', marked, 'httpd', true, { httpd: true }), [
      at(root, 'httpd/conf/httpd.conf', 'route=node1', 'node1'),
      { path: p, start: second, end: second + 5 },
    ]);
  });

  test('an lb worker name is no route; a worker name from its key is a worker, not a route', () => {
    const root = tempWorkspace({ ...files, 'tomcat3/conf/server.xml': SERVER_XML('lb') });
    const marked = SERVER_XML('lb').replace('jvmRoute="lb"', 'jvmRoute="l|b"');
    assert.deepEqual(referencesAt(root, 'tomcat3/conf/server.xml', marked, 'tomcat-xml', false), []);
    // From worker.node1's key: the worker's mentions (list, keys), not the jvmRoute.
    const fromKey = referencesAt(root, 'httpd/conf/workers.properties', WORKERS.replace('worker.node1.host', 'worker.node|1.host'), 'modjk', true);
    assert.ok(fromKey.every((t) => t.path.endsWith('workers.properties')), JSON.stringify(fromKey));
  });

  test('nothing on other tokens of an Engine', () => {
    const root = tempWorkspace(files);
    const cases = [SERVER_XML('node1').replace('jvmRoute=', 'jvm|Route='), SERVER_XML('node1').replace('name="Catalina" defaultHost', 'name="Cata|lina" defaultHost')];
    for (const marked of cases) assert.deepEqual(referencesAt(root, 'tomcat1/conf/server.xml', marked, 'tomcat-xml', true), [], around(marked));
  });
});

test('a document without a file: places in it carry the empty path', () => {
  const text = 'http { upstream a { server b:1; } server { location / { proxy_pass http://a; } } }\n';
  const offset = text.indexOf('upstream a') + 'upstream '.length;
  const ctx: FeatureContext = { document: TextDocument.create('untitled:1', 'nginx', 1, text), language: 'nginx', offset, settings: {} };
  const use = text.indexOf('http://a') + 'http://'.length;
  assert.deepEqual(references(ctx, true), [
    { path: '', start: offset, end: offset + 1 },
    { path: '', start: use, end: use + 1 },
  ]);
  assert.deepEqual(references(ctx, false), [{ path: '', start: use, end: use + 1 }]);
});
