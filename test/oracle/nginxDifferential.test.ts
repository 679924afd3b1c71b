/**
 * Differential test against the real nginx (Debian's nginx package; .ci/run
 * installs it): generated configurations, valid and broken in known ways, go
 * to `nginx -t` and to the checker. What nginx rejects with a syntax,
 * unknown-directive, context or argument error, the checker rejects too (an
 * error-severity nginx/* finding); where nginx accepts the file, the checker
 * reports no nginx/syntax error.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../server/src/engine/checkDocument';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

/** A realistic base: the upstream and proxy of the seeds, plus the constructs parsers get wrong. */
function base(slots: { main?: string; http?: string; upstream?: string; server?: string; location?: string } = {}): string {
  return `${slots.main ?? ''}
events { worker_connections 64; }
http {
    access_log off;
    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer"';
    map $cookie_jsessionid $route_cookie {
        ~.+\\.(?P<route>\\w+)$ $route;   # the jvmRoute suffix
        default "";
    }
${slots.http ?? ''}
    upstream tcsrvs {
        ${slots.upstream ?? 'hash $request_uri consistent;'}
        server 127.0.0.1:8080;
        server 127.0.0.1:8081;
    }
    server {
        listen 127.0.0.1:18080;
        server_name www.example.test;
${slots.server ?? ''}
        location ~ "^/static/[a-z]{2,}$" { return 404; }
        location / {
            proxy_pass http://tcsrvs;
            proxy_set_header Host $host;
            if ($request_method = POST) { return 405; }
${slots.location ?? ''}
        }
    }
}
`;
}

const CASES: { name: string; text: string }[] = [
  { name: 'the base', text: base() },
  { name: 'ip_hash', text: base({ upstream: 'ip_hash;' }) },
  { name: 'least_conn with a backup server', text: base({ upstream: 'least_conn;\n        server 127.0.0.1:8082 backup;' }) },
  { name: 'a weighted server with parameters', text: base({ upstream: 'server 127.0.0.1:8083 weight=5 max_fails=3 fail_timeout=30s;' }) },
  { name: 'a comment between arguments', text: base({ location: 'proxy_read_timeout # seconds\n 300;' }) },
  { name: 'gzip_disable with a quoted regex', text: base({ http: '    gzip on;\n    gzip_disable "MSIE [1-6]\\.(?!.*SV1)";' }) },
  { name: 'an escaped quote in a string', text: base({ location: 'add_header X-Note "say \\"hi\\"";' }) },
  { name: 'variables in braces', text: base({ location: 'set $a "${host}_x";' }) },
  { name: 'a missing ";" before the next directive', text: base({ location: 'proxy_read_timeout 300\n            proxy_send_timeout 300;' }) },
  { name: 'a missing ";" before "}"', text: base({ location: 'proxy_read_timeout 300' }).replace('proxy_read_timeout 300\n\n        }', 'proxy_read_timeout 300 }') },
  { name: 'an extra "}"', text: base() + '}\n' },
  { name: 'an unclosed block', text: base().replace(/}\s*$/, '') },
  { name: 'an unterminated quote', text: base({ location: 'add_header X-A "unterminated;' }) },
  { name: 'an unknown directive', text: base({ location: 'proxy_passs http://tcsrvs;' }) },
  { name: 'upstream in server', text: base({ server: 'upstream inner { server 127.0.0.1:1; }' }) },
  { name: 'proxy_pass in server', text: base({ server: 'proxy_pass http://tcsrvs;' }) },
  { name: 'ip_hash with an argument', text: base({ upstream: 'ip_hash on;' }) },
  { name: 'hash with a second key', text: base({ upstream: 'hash $cookie_a $cookie_b;' }) },
  { name: 'a flag that is not on/off', text: base({ http: '    gzip yes;' }) },
  { name: 'worker_processes with two arguments', text: base({ main: 'worker_processes 2 4;' }) },
  { name: 'hash before a backup server', text: base({ upstream: 'hash $request_uri;\n        server 127.0.0.1:8084 backup;' }) },
  { name: 'a duplicate upstream', text: base({ http: '    upstream tcsrvs { server 127.0.0.1:9; }' }) },
  { name: 'an unquoted regex with braces', text: base({ server: 'location ~ ^/a{2}$ { return 404; }' }) },
  { name: 'a block directive without its block', text: base({ http: '    upstream nothing;' }) },
  { name: 'a simple directive with a block', text: base({ http: '    gzip on { }' }) },
  { name: 'a ";" alone', text: base({ location: ';' }) },
];

test('nginx -t and the checker agree on what is broken', { skip: NGINX ? false : 'nginx is not installed (apt-get install nginx; .ci/run does)' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-diff-'));
  const disagreements: string[] = [];
  for (const c of CASES) {
    const file = path.join(dir, `${CASES.indexOf(c)}.conf`);
    fs.writeFileSync(file, c.text);
    const run = spawnSync(NGINX!, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', file, '-g', `pid ${path.join(dir, 'nginx.pid')};`], { encoding: 'utf8', timeout: 20_000 });
    const nginxError = run.status !== 0 ? /\[emerg\][^\n]*/.exec(run.stderr)?.[0] ?? run.stderr.trim() : undefined;
    const findings = checkDocument(TextDocument.create(pathToFileURL(file).href, 'nginx', 1, c.text), 'nginx');
    const errors = findings.filter((f) => f.severity === 'error' && f.code.startsWith('nginx/'));
    const syntax = findings.filter((f) => f.code === 'nginx/syntax');
    if (nginxError && errors.length === 0) disagreements.push(`${c.name}: nginx rejects it (${nginxError}) and the checker does not`);
    if (!nginxError && syntax.length > 0) disagreements.push(`${c.name}: nginx accepts it and the checker reports ${syntax.map((f) => f.message).join('; ')}`);
  }
  assert.deepEqual(disagreements, []);
  // The cases are not all of one kind: nginx rejects some and accepts others.
  const verdicts = CASES.map((c) => spawnSync(NGINX!, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', path.join(dir, `${CASES.indexOf(c)}.conf`), '-g', `pid ${path.join(dir, 'nginx.pid')};`]).status);
  assert.ok(verdicts.filter((s) => s === 0).length >= 5 && verdicts.filter((s) => s !== 0).length >= 10, `accepted/rejected: ${verdicts.join(',')}`);
});
