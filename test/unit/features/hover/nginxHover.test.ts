import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { getDirectives, Format } from '@nginx/reference-lib';
import { nginxModulePage } from '../../../../server/src/features/hover/docLinks';
import { parameterDoc } from '../../../../server/src/features/hover/nginxHover';
import { hoverAt, linksOf } from './hoverTester';

const upstream = (body: string): string => `http {
    upstream tomcats {
${body}
    }
    server {
        listen 80;
        location / { proxy_pass http://tomcats; }
    }
}
`;

const nginx = (text: string, extra: Partial<Parameters<typeof hoverAt>[0]> = {}) => hoverAt({ language: 'nginx', text, ...extra });

test('hash in an http upstream: syntax, context and the nginx.org link', () => {
  const h = nginx(upstream('        ha|sh $cookie_JSESSIONID consistent;\n        server 10.0.0.11:8080;'));
  assert.equal(h.token, 'hash');
  assert.match(h.markdown, /\*\*hash\*\* · `ngx_http_upstream_module`/);
  assert.match(h.markdown, /Syntax: `hash` \*`key`\* \[`consistent`\];/);
  assert.match(h.markdown, /Context: upstream/);
  assert.match(h.markdown, /Specifies a load balancing method for a server group/);
  assert.deepEqual(linksOf(h.markdown).at(-1), 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#hash');
  assert.doesNotMatch(h.markdown, /ngx_stream_upstream_module/);
});

test('hash in a stream upstream is the stream module', () => {
  const h = nginx('stream {\n    upstream db {\n        |hash $remote_addr;\n        server 10.0.0.1:5432;\n    }\n}\n');
  assert.match(h.markdown, /`ngx_stream_upstream_module`/);
  assert.equal(linksOf(h.markdown).at(-1), 'https://nginx.org/en/docs/stream/ngx_stream_upstream_module.html#hash');
});

test('server means the upstream server inside upstream and the virtual server inside http', () => {
  const member = nginx(upstream('        ser|ver 10.0.0.11:8080 weight=2;'));
  assert.match(member.markdown, /Defines the \*`address`\* and other \*`parameters`\*/);
  assert.equal(linksOf(member.markdown).at(-1), 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#server');
  const virtual = nginx(upstream('        server 10.0.0.11:8080;').replace('    server {', '    s|erver {'));
  assert.match(virtual.markdown, /Sets configuration for a virtual server/);
  assert.match(virtual.markdown, /Syntax: `server` `\{ … \}`/);
});

test('the default is written as nginx writes it', () => {
  const h = nginx('events {\n    worker_|connections 1024;\n}\n');
  assert.match(h.markdown, /Default: `worker_connections 512;`/);
  assert.equal(linksOf(h.markdown).at(-1), 'https://nginx.org/en/docs/ngx_core_module.html#worker_connections');
});

test('a parameter: its part of the description, on the key= token', () => {
  const weight = nginx(upstream('        server 10.0.0.11:8080 wei|ght=2 max_fails=3;'));
  assert.equal(weight.token, 'weight=');
  assert.match(weight.markdown, /\*\*weight\*\* · parameter of `server` \(`ngx_http_upstream_module`\)/);
  assert.match(weight.markdown, /sets the weight of the server, by default, 1\./);
  assert.doesNotMatch(weight.markdown, /max_conns/);
  const backup = nginx(upstream('        server 10.0.0.12:8080 back|up;'));
  assert.equal(backup.token, 'backup');
  assert.match(backup.markdown, /marks the server as a backup server/);
  const consistent = nginx(upstream('        hash $request_uri consis|tent;'));
  assert.equal(consistent.token, 'consistent');
  assert.match(consistent.markdown, /If the `consistent` parameter is specified/);
});

test('a variable: its description and anchor, a $cookie_ name as the $cookie_NAME family', () => {
  const h = nginx(upstream('        hash $cookie_|JSESSIONID;'));
  assert.equal(h.token, '$cookie_JSESSIONID');
  assert.match(h.markdown, /\*\*\$cookie_JSESSIONID\*\* · variable of `ngx_http_core_module` \(`\$cookie_NAME`\)/);
  assert.equal(linksOf(h.markdown).at(-1), 'https://nginx.org/en/docs/http/ngx_http_core_module.html#var_cookie_');
  const uri = nginx(upstream('        hash $request|_uri;'));
  assert.equal(linksOf(uri.markdown).at(-1), 'https://nginx.org/en/docs/http/ngx_http_core_module.html#var_request_uri');
  const stream = nginx('stream {\n    upstream db {\n        hash $remote_|addr;\n    }\n}\n');
  assert.equal(linksOf(stream.markdown).at(-1), 'https://nginx.org/en/docs/stream/ngx_stream_core_module.html#var_remote_addr');
  const http = nginx(upstream('        hash $remote_|addr;'));
  assert.equal(linksOf(http.markdown).at(-1), 'https://nginx.org/en/docs/http/ngx_http_core_module.html#var_remote_addr');
});

test('an included file is read in the block it is included in', () => {
  const h = nginx('|hash $remote_addr;\nserver 10.0.0.1:8080;\n', {
    path: 'conf.d/upstream.inc',
    files: { 'nginx.conf': 'events {}\nstream {\n    upstream db {\n        include conf.d/upstream.inc;\n    }\n}\n' },
  });
  assert.match(h.markdown, /`ngx_stream_upstream_module`/);
  assert.doesNotMatch(h.markdown, /`ngx_http_upstream_module`/);
});

test('a third-party directive names its module', () => {
  const h = nginx('http {\n    bro|tli on;\n}\n');
  assert.match(h.markdown, /third-party module `ngx_brotli`/);
});

test('nothing on white space, comments, unknown directives, plain arguments and map bodies', () => {
  const none = (text: string): void => assert.equal(nginx(text).result, undefined, text);
  none(upstream('        server 10.0.0.11:8080;  |  '));
  none(upstream('        # hash $cookie_|JSESSIONID;'));
  none(upstream('        sticky_no_such_thing| on;'));
  none(upstream('        server 10.0.|0.11:8080;'));
  none('http {\n    map $uri $x {\n        de|fault 0;\n    }\n}\n');
});

test('parameterDoc finds list items and the paragraph naming a parameter', () => {
  const description = 'Intro.\n\n- `a`=*`n`*\n\n    about a\n    more a\n- `b`\n\n    about b\n\nIf the `c` parameter is set, c.\n';
  assert.equal(parameterDoc(description, 'a'), '`a`=*`n`*\n\nabout a\nmore a');
  assert.equal(parameterDoc(description, 'b'), '`b`\n\nabout b');
  assert.equal(parameterDoc(description, 'c'), 'If the `c` parameter is set, c.');
  assert.equal(parameterDoc(description, 'd'), undefined);
});

test('every module page agrees with the links nginx.org descriptions make to it', () => {
  const directives = getDirectives(Format.Markdown);
  const links = new Set(directives.flatMap((d) => [...d.description.matchAll(/\((https:\/\/nginx\.org\/en\/docs\/[^)#]+\.html)#/g)].map((m) => m[1])));
  let checked = 0;
  for (const module of new Set(directives.map((d) => d.module))) {
    const page = nginxModulePage(module);
    assert.ok(page, `a page for ${module}`);
    const file = page.slice(page.lastIndexOf('/') + 1);
    const linked = [...links].filter((l) => l.endsWith('/' + file));
    for (const l of linked) assert.equal(page, l, module);
    if (linked.length) checked++;
  }
  assert.ok(checked > 40, `${checked} module pages confirmed by links`);
});
