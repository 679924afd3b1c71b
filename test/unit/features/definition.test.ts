import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { definition } from '../../../server/src/features/definition';
import type { DefinitionTarget, FeatureContext } from '../../../server/src/features/featureContext';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';
import { ALL_MODELS, contextAt, sorted, workspace as tempWorkspace, type Models } from '../../support/featureCursor';

/** Definition at the `|` of `marked` (the text of `rel` in the workspace `root`). */
function definitionAt(root: string, rel: string, marked: string, language: FileLanguage, models: Models = ALL_MODELS): DefinitionTarget[] {
  return definition(contextAt(root, rel, marked, language, models));
}

/** A target: `token` inside the first occurrence of `context` in the file `rel`. */
function target(root: string, rel: string, context: string, token: string = context): DefinitionTarget {
  const p = path.join(root, rel);
  const text = fs.readFileSync(p, 'utf8');
  const at = text.indexOf(context);
  assert.ok(at >= 0, `${context} is in ${rel}`);
  const inner = context.indexOf(token);
  assert.ok(inner >= 0, `${token} is in ${context}`);
  return { path: p, start: at + inner, end: at + inner + token.length };
}

function fileStart(root: string, rel: string): DefinitionTarget {
  return { path: path.join(root, rel), start: 0, end: 0 };
}


// ---------------------------------------------------------------------------

describe('nginx', () => {
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
    '        server_name shop.example.com;',
    '        location / { proxy_pass http://tomcats; }',
    '        location /api { grpc_pass grpc://apis; }',
    '        location /php { fastcgi_pass "php"; }',
    '        location /direct { proxy_pass http://127.0.0.1:8080; }',
    '    }',
    '    upstream php { server unix:/run/php.sock; }',
    '}',
    'stream {',
    '    upstream tomcats { server 10.0.0.11:8081; }',
    '    server { listen 9000; proxy_pass tomcats; }',
    '}',
    '',
  ].join('\n');
  const APIS = 'upstream apis {\n    server 10.0.0.31:50051;\n}\n';
  const SITE = 'server {\n    listen 8080;\n    location / { proxy_pass http://tomcats/app; }\n}\n';
  const files = { 'nginx/nginx.conf': MAIN, 'nginx/conf.d/apis.conf': APIS, 'nginx/conf.d/site.conf': SITE };

  test('proxy_pass http://NAME → the upstream in the same file, of the same family (http, not stream)', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass http://tom|cats;');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats')]);
  });

  test('the cursor just after the name still counts', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass http://tomcats|;');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats')]);
  });

  test('proxy_pass NAME under stream → the stream upstream', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass tomcats;', 'proxy_pass |tomcats;');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream tomcats { server 10.0.0.11:8081', 'tomcats')]);
  });

  test('grpc_pass grpc://NAME → the upstream in an included file (carrying its path)', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('grpc://apis', 'grpc://a|pis');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [target(root, 'nginx/conf.d/apis.conf', 'upstream apis', 'apis')]);
  });

  test('fastcgi_pass with a quoted name → the upstream, the range without the quotes', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('fastcgi_pass "php"', 'fastcgi_pass "p|hp"');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream php', 'php')]);
  });

  test('from an included file → the upstream of the main configuration (included in http)', () => {
    const root = tempWorkspace(files);
    const marked = SITE.replace('http://tomcats/app', 'http://tomcats|/app');
    assert.deepEqual(definitionAt(root, 'nginx/conf.d/site.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats')]);
  });

  test('an upstream defined twice gives every definition', () => {
    const root = tempWorkspace({
      ...files,
      'nginx/conf.d/more.conf': 'upstream tomcats { server 10.0.0.13:8080; }\n',
    });
    const marked = SITE.replace('http://tomcats/app', 'http://|tomcats/app');
    assert.deepEqual(
      sorted(definitionAt(root, 'nginx/conf.d/site.conf', marked, 'nginx')),
      sorted([target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats'), target(root, 'nginx/conf.d/more.conf', 'upstream tomcats', 'tomcats')]),
    );
  });

  test('without the workspace models, the upstream of the same file is still found', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass http://tomcats|;');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx', {}), [target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats')]);
  });

  test('include → the included files, in nginx order', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('include conf.d/*.conf', 'include conf.d/|*.conf');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [fileStart(root, 'nginx/conf.d/apis.conf'), fileStart(root, 'nginx/conf.d/site.conf')]);
  });

  test('include of a file with no configuration above it resolves against its folder', () => {
    const root = tempWorkspace({ 'conf/x.conf': 'upstream a { server b:1; }\n' });
    const marked = 'include x|.conf;\n';
    assert.deepEqual(definitionAt(root, 'conf/site.conf', marked, 'nginx'), [fileStart(root, 'conf/x.conf')]);
  });

  test('nothing on other tokens', () => {
    const root = tempWorkspace(files);
    const cases = [
      MAIN.replace('proxy_pass http://tomcats;', 'proxy_|pass http://tomcats;'),
      MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass ht|tp://tomcats;'),
      MAIN.replace('proxy_pass http://127.0.0.1:8080', 'proxy_pass http://127.0|.0.1:8080'),
      MAIN.replace('upstream tomcats {', 'upstream tom|cats {'),
      MAIN.replace('server_name shop', 'server_name sh|op'),
      MAIN.replace('server 10.0.0.11:8080;', 'server 10.0|.0.11:8080;'),
      MAIN.replace('include conf.d', 'inc|lude conf.d'),
      MAIN.replace('http {', 'ht|tp {'),
    ];
    for (const marked of cases) assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), [], marked.slice(marked.indexOf('|') - 20, marked.indexOf('|') + 20));
  });

  test('upstream names are case-insensitive, as nginx compares them', () => {
    const root = tempWorkspace(files);
    const marked = SITE.replace('http://tomcats/app', 'http://TomCats|/app');
    assert.deepEqual(definitionAt(root, 'nginx/conf.d/site.conf', marked, 'nginx'), [target(root, 'nginx/nginx.conf', 'upstream tomcats {', 'tomcats')]);
  });

  test('an upstream nobody defines gives nothing', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('proxy_pass http://tomcats;', 'proxy_pass http://nowhe|re;');
    assert.deepEqual(definitionAt(root, 'nginx/nginx.conf', marked, 'nginx'), []);
  });
});

// ---------------------------------------------------------------------------

const SERVER_XML = (route: string): string =>
  `<?xml version="1.0"?>\n<Server port="8005">\n  <Service name="Catalina">\n    <Connector port="8009" protocol="AJP/1.3"/>\n    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">\n      <Host name="localhost"/>\n    </Engine>\n  </Service>\n</Server>\n`;

describe('httpd', () => {
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
    'Include extra/jk.conf',
    '',
  ].join('\n');
  const VHOST = [
    '<VirtualHost *:80>',
    '    ServerName shop.example.com',
    '    ProxyPass /shop balancer://TCcluster/shop stickysession=JSESSIONID',
    '    ProxyPassReverse /shop balancer://tccluster/shop',
    '    ProxySet balancer://other lbmethod=bybusyness',
    '    <Location /app>',
    '        ProxyPass balancer://tccluster/app',
    '    </Location>',
    '</VirtualHost>',
    '',
  ].join('\n');
  const files = {
    'httpd/conf/httpd.conf': MAIN,
    'httpd/conf.d/vhost.conf': VHOST,
    'httpd/extra/jk.conf': 'JkWorkersFile conf/workers.properties\n',
    'httpd/conf/workers.properties': 'worker.list=lb\n',
    'tomcat1/conf/server.xml': SERVER_XML('node1'),
    'tomcat2/conf/server.xml': SERVER_XML('node2'),
  };

  test('ProxyPass balancer://NAME in an included file → <Proxy balancer://NAME> in the main file (names are case-insensitive)', () => {
    const root = tempWorkspace(files);
    const marked = VHOST.replace('balancer://TCcluster', 'balancer://TC|cluster');
    assert.deepEqual(definitionAt(root, 'httpd/conf.d/vhost.conf', marked, 'httpd'), [target(root, 'httpd/conf/httpd.conf', '<Proxy "balancer://tccluster">', 'tccluster')]);
  });

  test('ProxyPassReverse, on the scheme part, and ProxyPass in a <Location> → the same <Proxy>', () => {
    const root = tempWorkspace(files);
    const expected = [target(root, 'httpd/conf/httpd.conf', '<Proxy "balancer://tccluster">', 'tccluster')];
    assert.deepEqual(definitionAt(root, 'httpd/conf.d/vhost.conf', VHOST.replace('ProxyPassReverse /shop balancer', 'ProxyPassReverse /shop bal|ancer'), 'httpd'), expected);
    assert.deepEqual(definitionAt(root, 'httpd/conf.d/vhost.conf', VHOST.replace('ProxyPass balancer://tccluster/app', 'ProxyPass balancer://tccluster|/app'), 'httpd'), expected);
  });

  test('a balancer declared only by BalancerMember balancer://NAME lines → those lines', () => {
    const root = tempWorkspace(files);
    const marked = VHOST.replace('ProxySet balancer://other', 'ProxySet balancer://oth|er');
    assert.deepEqual(definitionAt(root, 'httpd/conf.d/vhost.conf', marked, 'httpd'), [target(root, 'httpd/conf/httpd.conf', 'BalancerMember balancer://other', 'other')]);
  });

  test('in the same file, from the editor text', () => {
    const root = tempWorkspace(files);
    const marked = MAIN + 'ProxyPass /x balancer://tcclus|ter/x\n';
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', marked, 'httpd', {}), [target(root, 'httpd/conf/httpd.conf', '<Proxy "balancer://tccluster">', 'tccluster')]);
  });

  test('BalancerMember route=X → the Engine jvmRoute="X" of the node in the workspace', () => {
    const root = tempWorkspace(files);
    const marked = MAIN.replace('route=node2', 'route=no|de2');
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', marked, 'httpd'), [target(root, 'tomcat2/conf/server.xml', 'jvmRoute="node2"', 'node2')]);
  });

  test('a route no node has, or no workspace nodes model, gives nothing', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', MAIN.replace('route=node3', 'route=no|de3'), 'httpd'), []);
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', MAIN.replace('route=node2', 'route=no|de2'), 'httpd', { httpd: true }), []);
  });

  test('Include / IncludeOptional → the file(s); JkWorkersFile → the workers file (against ServerRoot)', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', MAIN.replace('conf.d/*.conf', 'conf.d/*|.conf'), 'httpd'), [fileStart(root, 'httpd/conf.d/vhost.conf')]);
    assert.deepEqual(definitionAt(root, 'httpd/conf/httpd.conf', MAIN.replace('Include extra', 'Include ex|tra'), 'httpd'), [fileStart(root, 'httpd/extra/jk.conf')]);
    assert.deepEqual(definitionAt(root, 'httpd/extra/jk.conf', 'JkWorkersFile conf/workers.pro|perties\n', 'httpd'), [fileStart(root, 'httpd/conf/workers.properties')]);
  });

  test('nothing on other tokens', () => {
    const root = tempWorkspace(files);
    const cases: [string, string][] = [
      ['httpd/conf.d/vhost.conf', VHOST.replace('ProxyPass /shop', 'Proxy|Pass /shop')],
      ['httpd/conf.d/vhost.conf', VHOST.replace('ProxyPass /shop', 'ProxyPass /sh|op')],
      ['httpd/conf.d/vhost.conf', VHOST.replace('TCcluster/shop', 'TCcluster/sh|op')],
      ['httpd/conf.d/vhost.conf', VHOST.replace('stickysession=JSESSIONID', 'stickysession=JSESS|IONID')],
      ['httpd/conf.d/vhost.conf', VHOST.replace('ServerName shop', 'ServerName sh|op')],
      ['httpd/conf/httpd.conf', MAIN.replace('<Proxy "balancer://tccluster">', '<Proxy "balancer://tcclu|ster">')],
      ['httpd/conf/httpd.conf', MAIN.replace('http://10.0.0.11:8080', 'http://10.0.0|.11:8080')],
      ['httpd/conf/httpd.conf', MAIN.replace('loadfactor=1', 'loadfac|tor=1')],
      ['httpd/conf/httpd.conf', MAIN.replace('route=node1', 'ro|ute=node1')],
      ['httpd/conf/httpd.conf', MAIN.replace('Listen 80', 'Listen 8|0')],
    ];
    for (const [rel, marked] of cases) assert.deepEqual(definitionAt(root, rel, marked, 'httpd'), [], marked.slice(marked.indexOf('|') - 20, marked.indexOf('|') + 20));
  });
});

// ---------------------------------------------------------------------------

describe('mod_jk', () => {
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
    'worker.lb.balance_workers=node1,node2',
    'worker.status.type=status',
    '',
  ].join('\n');
  const files = {
    'httpd/conf/workers.properties': WORKERS,
    'tomcat1/conf/server.xml': SERVER_XML('node1'),
    'tomcat2/conf/server.xml': SERVER_XML('node2'),
  };
  const rel = 'httpd/conf/workers.properties';
  const line = (root: string, text: string): DefinitionTarget => target(root, rel, text);

  test('a name in worker.list → the first line of that worker', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('worker.list=lb,', 'worker.list=l|b,'), 'modjk'), [line(root, 'worker.lb.type=lb')]);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('lb, status', 'lb, status|'), 'modjk'), [line(root, 'worker.status.type=status')]);
  });

  test('a name in balance_workers → the first line of that worker', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('node1,node2', 'node1,no|de2'), 'modjk'), [line(root, 'worker.node2.reference=worker.template')]);
  });

  test('reference=worker.X → the template worker', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('worker.node1.reference=worker.template', 'worker.node1.reference=worker.temp|late'), 'modjk'), [line(root, 'worker.template.type=ajp13')]);
  });

  test('the name of a member worker → the Engine whose jvmRoute is its route (its name, or route=)', () => {
    const root = tempWorkspace(files);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('worker.node1.host', 'worker.no|de1.host'), 'modjk'), [target(root, 'tomcat1/conf/server.xml', 'jvmRoute="node1"', 'node1')]);
    assert.deepEqual(definitionAt(root, rel, WORKERS.replace('worker.node2.route=node2', 'worker.node2.route=node|2'), 'modjk'), [target(root, 'tomcat2/conf/server.xml', 'jvmRoute="node2"', 'node2')]);
  });

  test('nothing on other tokens (lb worker names, values, keys, unknown names)', () => {
    const root = tempWorkspace(files);
    const cases = [
      WORKERS.replace('worker.lb.type', 'worker.l|b.type'),
      WORKERS.replace('worker.list=', 'worker.li|st='),
      WORKERS.replace('host=10.0.0.11', 'host=10.0|.0.11'),
      WORKERS.replace('worker.node1.host', 'worker.node1.ho|st'),
      WORKERS.replace('# workers', '# wor|kers'),
      WORKERS.replace('worker.template.type', 'worker.temp|late.type'), // no node has jvmRoute=template
      WORKERS.replace('node1,node2', 'node1,node2,no|de9'),
    ];
    for (const marked of cases) assert.deepEqual(definitionAt(root, rel, marked, 'modjk'), [], marked.slice(marked.indexOf('|') - 20, marked.indexOf('|') + 20));
  });
});

// ---------------------------------------------------------------------------

describe('Tomcat msm', () => {
  const CONTEXT = [
    '<?xml version="1.0"?>',
    '<Context>',
    '  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"',
    '           memcachedNodes="n1:10.0.0.21:11211, n2:10.0.0.22:11211"',
    '           failoverNodes="n1 n3"',
    '           sticky="true"/>',
    '</Context>',
    '',
  ].join('\n');
  const rel = 'tomcat1/conf/context.xml';

  test('an id in failoverNodes → its entry in memcachedNodes', () => {
    const root = tempWorkspace({ 'tomcat1/conf/server.xml': SERVER_XML('node1') });
    assert.deepEqual(definitionAt(root, rel, CONTEXT.replace('failoverNodes="n1', 'failoverNodes="n|1'), 'tomcat-xml'), [target(root, rel, 'n1:10.0.0.21:11211')]);
  });

  test('nothing on an unknown id, on memcachedNodes, on a non-msm Manager', () => {
    const root = tempWorkspace({});
    const cases = [
      CONTEXT.replace('n1 n3', 'n1 n|3'),
      CONTEXT.replace('"n1:10.0.0.21', '"n|1:10.0.0.21'),
      CONTEXT.replace('failoverNodes=', 'failover|Nodes='),
      CONTEXT.replace('de.javakaffee.web.msm.MemcachedBackupSessionManager', 'org.apache.catalina.session.StandardManager').replace('failoverNodes="n1', 'failoverNodes="n|1'),
    ];
    for (const marked of cases) assert.deepEqual(definitionAt(root, rel, marked, 'tomcat-xml'), [], marked.slice(marked.indexOf('|') - 20, marked.indexOf('|') + 20));
  });
});

test('a document without a file: same-file targets carry the empty path', () => {
  const text = 'http { upstream a { server b:1; } server { location / { proxy_pass http://a; } } }\n';
  const offset = text.indexOf('http://a') + 'http://'.length;
  const ctx: FeatureContext = { document: TextDocument.create('untitled:1', 'nginx', 1, text), language: 'nginx', offset, settings: {} };
  const at = text.indexOf('upstream a') + 'upstream '.length;
  assert.deepEqual(definition(ctx), [{ path: '', start: at, end: at + 1 }]);
});
