import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { NginxConfigs } from '../../../../server/src/model/nginx/nginxConfigs';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';
import { assertOffers, complete, entry, labels, replaced, workspace } from './completionHelpers';

const nginx = (text: string, extra = {}) => complete('nginx', text, { filePath: '/ws/nginx/nginx.conf', ...extra });

const CONF = (inHttp: string) => `events {}
http {
  upstream tomcats {
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
  }
  upstream reports { server 10.0.0.21:8080; }
${inHttp}
}
`;

test('inside upstream: ip_hash, hash, server, least_conn; not proxy_pass or location', () => {
  const entries = nginx(CONF('').replace('    server 10.0.0.11:8080;', '    |\n    server 10.0.0.11:8080;'));
  assertOffers(entries, ['ip_hash', 'hash', 'server', 'least_conn', 'keepalive', 'zone'], ['proxy_pass', 'location', 'listen', 'upstream']);
  const hash = entry(entries, 'hash');
  assert.equal(hash.kind, 'directive');
  assert.equal(hash.detail, 'hash key [consistent]');
  assert.match(hash.documentation ?? '', /```nginx\nhash key \[consistent\];\n```/);
  assert.match(hash.documentation ?? '', /ngx_http_upstream_module\.html#hash/);
  // The upstream's own `server`, not the http block's.
  assert.match(entry(entries, 'server').detail ?? '', /address/);
});

test('the directive being typed is replaced, in the block around it', () => {
  const text = CONF('  server {\n    listen 80;\n    location / {\n      proxy_pa|\n    }\n  }');
  const entries = nginx(text);
  assertOffers(entries, ['proxy_pass', 'proxy_set_header', 'root'], ['upstream', 'ip_hash', 'listen', 'http']);
  assert.equal(replaced(text, entry(entries, 'proxy_pass')), 'proxy_pa');
});

test('top level and events: their own directives', () => {
  assertOffers(nginx('|\nhttp {}\n'), ['worker_processes', 'events', 'http', 'stream'], ['server', 'proxy_pass']);
  assertOffers(nginx('events {\n  |\n}\n'), ['worker_connections', 'use'], ['server']);
});

test('after proxy_pass http:// the upstream names of the file', () => {
  const text = CONF('  server {\n    location / { proxy_pass http://|; }\n  }');
  const entries = nginx(text);
  assert.deepEqual(labels(entries), ['tomcats', 'reports']);
  const tomcats = entry(entries, 'tomcats');
  assert.equal(tomcats.kind, 'reference');
  assert.match(tomcats.documentation ?? '', /server 10\.0\.0\.11:8080;/);
  assert.equal(replaced(text, tomcats), '');
  // A partly typed name is replaced, the scheme is kept.
  const partial = CONF('  server {\n    location / { proxy_pass http://tom|cats; }\n  }');
  assert.equal(replaced(partial, entry(nginx(partial), 'tomcats')), 'tomcats');
  // No names before the scheme, nor for an address.
  assert.deepEqual(nginx(CONF('  server {\n    location / { proxy_pass |; }\n  }')), []);
  assert.deepEqual(nginx(CONF('  server {\n    location / { proxy_pass http://10.0.0.1:|; }\n  }')), []);
});

test('stream: proxy_pass takes a bare upstream name, and only stream upstreams', () => {
  const text = 'stream {\n  upstream db { server 10.0.0.5:5432; }\n  server { listen 5432; proxy_pass |; }\n}\nhttp {\n  upstream web { server a:80; }\n}\n';
  assert.deepEqual(labels(nginx(text)), ['db']);
});

test('upstreams of the configuration a file belongs to', () => {
  const root = workspace({
    'nginx/nginx.conf': 'events {}\nhttp {\n  upstream tomcats { server 10.0.0.11:8080; }\n  include conf.d/*.conf;\n}\n',
    'nginx/conf.d/app.conf': 'server {\n  listen 80;\n  location / { proxy_pass http://; }\n}\n',
  });
  const files = new DiskFileSource();
  const filePath = path.join(root, 'nginx/conf.d/app.conf');
  const nginxConfigs = new NginxConfigs(files);
  const text = 'server {\n  listen 80;\n  location / { proxy_pass http://|; }\n}\n';
  const entries = complete('nginx', text, { filePath, nginxConfigs });
  assert.deepEqual(labels(entries), ['tomcats']);
  assert.match(entry(entries, 'tomcats').detail ?? '', /nginx\.conf/);
  // The included file starts in http: `server` is the http block's, with `location` inside.
  assertOffers(complete('nginx', 'server {\n  |\n}\n', { filePath, nginxConfigs }), ['listen', 'location', 'server_name'], ['ip_hash', 'worker_processes']);
});

test('a file no configuration includes is read where its directives belong', () => {
  // Top-level upstream and server blocks: an http conf.d file.
  const text = 'upstream app { server a:8080; }\nserver {\n  |\n}\n';
  assertOffers(complete('nginx', text, { filePath: '/elsewhere/app.conf' }), ['listen', 'location'], ['worker_processes']);
});

test('$variables after $: the reference\'s, the session cookie, the ones the file uses', () => {
  const text = CONF('  map $cookie_route $backend { default tomcats; }\n  server {\n    location / { proxy_set_header X-Real-IP $|; }\n  }');
  const entries = nginx(text);
  assertOffers(entries, ['$remote_addr', '$host', '$request_uri', '$cookie_NAME', '$cookie_JSESSIONID', '$cookie_route', '$backend'], ['$ssl_preread_server_name']);
  const cookie = entry(entries, '$cookie_NAME');
  assert.equal(cookie.insertText, '\\$cookie_${1:name}');
  assert.equal(cookie.snippet, true);
  assert.equal(entry(entries, '$remote_addr').kind, 'variable');
  assert.match(entry(entries, '$cookie_JSESSIONID').documentation ?? '', /no affinity/);
  assert.equal(replaced(text, entry(entries, '$host')), '$');
});

test('a variable being typed is replaced from its $, in quotes and in the middle of a word', () => {
  const text = CONF('  server {\n    location / { return 200 "id=$cookie_JSE|SSIONID;"; }\n  }');
  const e = entry(nginx(text), '$cookie_JSESSIONID');
  assert.equal(replaced(text, e), '$cookie_JSESSIONID');
  const hash = CONF('').replace('    server 10.0.0.11:8080;', '    hash $remote_|;\n    server 10.0.0.11:8080;');
  assert.equal(replaced(hash, entry(nginx(hash), '$remote_addr')), '$remote_');
});

test('stream variables in stream, not http ones', () => {
  const entries = nginx('stream {\n  server { listen 5432; set_real_ip_from $|; }\n}\n');
  assertOffers(entries, ['$remote_addr', '$ssl_preread_server_name'], ['$request_uri', '$cookie_JSESSIONID']);
});

test('flag directives: on and off, the default marked', () => {
  const entries = nginx(CONF('  gzip |;'));
  assert.deepEqual(labels(entries), ['on', 'off']);
  assert.equal(entry(entries, 'off').detail, 'default');
});

test('half-typed document: an unclosed block and a statement without ;', () => {
  const text = 'events {}\nhttp {\n  upstream tomcats {\n    server 10.0.0.11:8080;\n  }\n  server {\n    listen 80\n    location / {\n      proxy_pass http://t|';
  assert.deepEqual(labels(nginx(text)), ['tomcats']);
  const names = 'events {}\nhttp {\n  upstream tomcats {\n    ip_|\n';
  const entries = nginx(names);
  assertOffers(entries, ['ip_hash'], ['proxy_pass']);
  assert.equal(replaced(names, entry(entries, 'ip_hash')), 'ip_');
});

test('nothing in comments or inside map blocks', () => {
  assert.deepEqual(nginx(CONF('  # proxy_|')), []);
  assert.deepEqual(nginx(CONF('  map $uri $x {\n    |\n  }')), []);
});
