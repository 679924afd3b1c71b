/**
 * Differential test against the real Apache httpd (Debian's apache2, with
 * mod_jk; .ci/run installs them): generated configurations, valid and broken
 * in known ways, go to `apache2 -t` and to the checker. What httpd rejects as a
 * syntax error (sections, arguments, contexts) or an unknown directive
 * ("Invalid command"), the checker rejects too; where httpd accepts the file,
 * the checker reports no httpd/syntax error.
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

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const available = fs.existsSync(APACHE) && fs.existsSync(path.join(MODULES, 'mod_proxy_balancer.so'));

function base(dir: string, slots: { server?: string; proxy?: string; vhost?: string } = {}): string {
  const load = (m: string) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`;
  return `ServerRoot ${dir}
ServerName localhost
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
${['mpm_event', 'authz_core', 'headers', 'proxy', 'proxy_http', 'proxy_ajp', 'proxy_balancer', 'slotmem_shm', 'lbmethod_byrequests', 'lbmethod_bybusyness'].map(load).join('\n')}
Listen 127.0.0.1:18081
${slots.server ?? ''}
Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
<Proxy "balancer://tcsrvs">
    BalancerMember http://127.0.0.1:8080 route=tomcat1
    BalancerMember http://127.0.0.1:8081 route=tomcat2 \\
        loadfactor=2
    ProxySet lbmethod=bybusyness
    ProxySet stickysession=ROUTEID
${slots.proxy ?? ''}
</Proxy>
<VirtualHost 127.0.0.1:18081>
    ServerName www.example.test
    ProxyRequests Off
    ProxyPreserveHost On
    ProxyPass "/" "balancer://tcsrvs/"
    ProxyPassReverse "/" "balancer://tcsrvs/"
    <Location "/">
        Require all granted
    </Location>
${slots.vhost ?? ''}
</VirtualHost>
`;
}

const CASES: { name: string; slots: Parameters<typeof base>[1]; raw?: (text: string) => string }[] = [
  { name: 'the ROUTEID recipe', slots: {} },
  { name: 'JSESSIONID stickiness', slots: { proxy: '    ProxySet stickysession=JSESSIONID|jsessionid scolonpathdelim=On' } },
  { name: 'an IfModule for a module not loaded', slots: { server: '<IfModule mod_nothing.c>\n    Nonsense directive here\n</IfModule>' } },
  { name: 'a stray closing tag', slots: { server: '</Proxy>' } },
  { name: 'an unclosed section', slots: {}, raw: (t) => t.replace(/<\/VirtualHost>\s*$/, '') },
  { name: 'a mismatched closing tag', slots: { vhost: '    <Location "/app">\n    </Locatio>' } },
  { name: 'an unknown directive', slots: { vhost: '    ProxyPas "/x" "http://127.0.0.1:9/"' } },
  { name: 'ServerName with two arguments', slots: { vhost: '    ServerName a b' } },
  { name: 'ProxyRequests with a non-flag', slots: { vhost: '    ProxyRequests yes' } },
  { name: 'LoadModule inside a Location', slots: { vhost: `    <Location "/x">\n        LoadModule rewrite_module ${MODULES}/mod_rewrite.so\n    </Location>` } },
  { name: 'ProxyRequests inside a Location', slots: { vhost: '    <Location "/z">\n        ProxyRequests Off\n    </Location>' } },
  { name: 'Require outside any section', slots: { server: 'Require all granted' } },
  { name: 'a VirtualHost in a VirtualHost', slots: { vhost: '    <VirtualHost 127.0.0.1:18082>\n    </VirtualHost>' } },
  { name: 'a section without its closing ">"', slots: { server: '<Location "/y"\n</Location>' } },
  { name: 'stickysession on a member', slots: { proxy: '    BalancerMember http://127.0.0.1:8082 stickysession=JSESSIONID' } },
  { name: 'route on the balancer', slots: { proxy: '    ProxySet route=x' } },
  { name: 'an unknown lbmethod', slots: { proxy: '    ProxySet lbmethod=roundrobin' } },
  { name: 'a directive of a module not loaded', slots: { vhost: '    RewriteEngine On' } },
  { name: 'JkMount without mod_jk loaded', slots: { vhost: '    JkMount /* lb' } },
];

test('apache2 -t and the checker agree on what is broken', { skip: available ? false : 'apache2 is not installed (npm run setup:oracles)' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'httpd-diff-'));
  const disagreements: string[] = [];
  let accepted = 0;
  let rejected = 0;
  CASES.forEach((c, i) => {
    const file = path.join(dir, `httpd-${i}.conf`);
    let text = base(dir, c.slots);
    if (c.raw) text = c.raw(text);
    fs.writeFileSync(file, text);
    const run = spawnSync(APACHE, ['-t', '-f', file], { encoding: 'utf8', timeout: 20_000 });
    const httpdError = run.status !== 0 ? run.stderr.trim().split('\n').slice(-2).join(' ') : undefined;
    httpdError ? rejected++ : accepted++;
    const findings = checkDocument(TextDocument.create(pathToFileURL(file).href, 'apacheconf', 1, text), 'httpd');
    const caught = findings.filter((f) => f.code.startsWith('httpd/') && (f.severity === 'error' || f.code === 'httpd/unknown-directive'));
    const syntax = findings.filter((f) => f.code === 'httpd/syntax');
    if (httpdError && caught.length === 0) disagreements.push(`${c.name}: httpd rejects it (${httpdError}) and the checker does not`);
    if (!httpdError && syntax.length > 0) disagreements.push(`${c.name}: httpd accepts it and the checker reports ${syntax.map((f) => f.message).join('; ')}`);
  });
  assert.deepEqual(disagreements, []);
  assert.ok(accepted >= 3 && rejected >= 10, `accepted ${accepted}, rejected ${rejected}`);
});
