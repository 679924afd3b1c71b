import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { allDirectives, parseHttpd } from '../../../../server/src/syntax/httpd/httpdParser';

const flat = (text: string) => [...allDirectives(parseHttpd(text).directives)].map((d) => [d.children ? `<${d.name}>` : d.name, ...d.args.map((a) => a.value)]);

test('directives, quoted and unquoted arguments, sections, offsets', () => {
  const text = 'Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED\n<Proxy "balancer://tcsrvs">\n    BalancerMember http://192.168.169.131:8080 route=Tomcat-1\n    ProxySet stickysession=ROUTEID\n</Proxy>\n';
  const f = parseHttpd(text);
  assert.deepEqual(f.errors, []);
  assert.deepEqual(flat(text), [
    ['Header', 'add', 'Set-Cookie', 'ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/', 'env=BALANCER_ROUTE_CHANGED'],
    ['<Proxy>', 'balancer://tcsrvs'],
    ['BalancerMember', 'http://192.168.169.131:8080', 'route=Tomcat-1'],
    ['ProxySet', 'stickysession=ROUTEID'],
  ]);
  const member = f.directives[1].children![0];
  assert.equal(text.slice(member.args[1].start, member.args[1].end), 'route=Tomcat-1');
  assert.equal(member.parent, f.directives[1]);
  assert.equal(text.slice(f.directives[1].closeStart!, f.directives[1].closeEnd!), '</Proxy>');
});

test('a backslash at the end of a line continues it; # only comments at the start of a line', () => {
  const text = '# a comment\nProxyPass / \\\n    balancer://tcsrvs/ \\\n    stickysession=JSESSIONID|jsessionid\nHeader set X-A "a#b" # not a comment\n';
  const f = parseHttpd(text);
  assert.deepEqual(flat(text), [
    ['ProxyPass', '/', 'balancer://tcsrvs/', 'stickysession=JSESSIONID|jsessionid'],
    ['Header', 'set', 'X-A', 'a#b', '#', 'not', 'a', 'comment'],
  ]);
  const arg = f.directives[0].args[2];
  assert.equal(text.slice(arg.start, arg.end), 'stickysession=JSESSIONID|jsessionid');
});

test('recovery: a stray closing tag, a mismatched one, sections open at the end, a continuation at the end', () => {
  const stray = parseHttpd('</Proxy>\nListen 80\n');
  assert.match(stray.errors[0].message, /<\/Proxy> without a matching <Proxy>/);
  assert.equal(stray.directives[0].name, 'Listen');
  const mismatched = parseHttpd('<VirtualHost *:80>\n  <Location />\n</VirtualHost>\nListen 80\n');
  assert.match(mismatched.errors[0].message, /Expected <\/Location> but saw <\/VirtualHost>/);
  assert.equal(mismatched.directives.length, 2, 'the VirtualHost is closed, Listen is at the top again');
  const unclosed = parseHttpd('<VirtualHost *:80>\n  ServerName a\n');
  assert.match(unclosed.errors[0].message, /<VirtualHost> was not closed/);
  assert.equal(unclosed.directives[0].children!.length, 1);
  const continuation = parseHttpd('ServerName a \\');
  assert.match(continuation.errors[0].message, /line continuation/);
  assert.match(parseHttpd('Header set X "abc\n').errors[0].message, /not closed/);
  assert.match(parseHttpd('<Proxy balancer://x\n</Proxy>\n').errors[0].message, /missing closing '>'/);
});

test('hostile input: random bytes, 10,000 nested sections, 100,000 lines; never throws, ranges inside the text', () => {
  let seed = 3;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const text of [
    Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rand() * 256))).join(''),
    '<IfModule a>\n'.repeat(10_000) + '</IfModule>\n'.repeat(10_000),
    'ServerName example.com\n'.repeat(100_000),
    '<', '</', '"', '\\', '<>', '</>', '< x', '\\\n\\\n',
  ]) {
    const f = parseHttpd(text);
    for (const e of f.errors) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, JSON.stringify(e));
    for (const d of allDirectives(f.directives)) assert.ok(d.start >= 0 && d.end <= text.length);
  }
});
