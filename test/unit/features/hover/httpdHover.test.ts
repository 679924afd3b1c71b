import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpdDirectiveUrl } from '../../../../server/src/features/hover/docLinks';
import { hoverAt, linksOf } from './hoverTester';

const BALANCER = `LoadModule proxy_module modules/mod_proxy.so
<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" route=node1
    BalancerMember "http://10.0.0.12:8080" route=node2
    ProxySet stickysession=ROUTEID lbmethod=byrequests
</Proxy>
ProxyPass "/app" "balancer://tomcats/app" stickysession=JSESSIONID
`;

/** BALANCER with `|` before the first occurrence of `at` after `after`. */
const at = (mark: string, after = ''): string => {
  const i = BALANCER.indexOf(mark, after ? BALANCER.indexOf(after) : 0);
  assert.ok(i >= 0, mark);
  return BALANCER.slice(0, i) + '|' + BALANCER.slice(i);
};
const httpd = (text: string) => hoverAt({ language: 'httpd', text });

test('stickysession= on ProxySet: the balancer parameter doc, on the key= token', () => {
  const h = httpd(at('stickysession=ROUTEID'));
  assert.equal(h.token, 'stickysession=');
  assert.match(h.markdown, /\*\*stickysession=\*\* · balancer parameter of `ProxySet`/);
  assert.match(h.markdown, /Name of the cookie \(or cookie\|urlparameter\) whose value after the first separator is the route/);
  assert.match(h.markdown, /Value: `ROUTEID`/);
  assert.doesNotMatch(h.markdown, /⚠/);
  assert.deepEqual(linksOf(h.markdown), ['https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxypass']);
});

test('a cookie|urlparameter value stays whole (the cursor is the first |)', () => {
  const h = httpd('<Proxy balancer://x>\n    ProxySet sticky|session=JSESSIONID|jsessionid\n</Proxy>\n');
  assert.equal(h.token, 'stickysession=');
  assert.match(h.markdown, /Value: `JSESSIONID\|jsessionid`/);
});

test('the value part of a parameter hovers the parameter too', () => {
  const h = httpd(at('byrequests'));
  assert.equal(h.token, 'byrequests');
  assert.match(h.markdown, /\*\*lbmethod=\*\*/);
});

test('stickysession= on ProxyPass to a balancer is a balancer parameter', () => {
  const h = httpd(at('stickysession=JSESSIONID\n'));
  assert.match(h.markdown, /balancer parameter of `ProxyPass`/);
  assert.doesNotMatch(h.markdown, /⚠/);
});

test('route= on a BalancerMember is a member parameter; stickysession= there is refused', () => {
  const route = httpd(at('route=node1'));
  assert.equal(route.token, 'route=');
  assert.match(route.markdown, /worker parameter of `BalancerMember`/);
  assert.match(route.markdown, /for Tomcat, the Engine's jvmRoute/);
  const wrong = httpd('<Proxy balancer://x>\n    BalancerMember http://a:8080 |stickysession=JSESSIONID\n</Proxy>\n');
  assert.match(wrong.markdown, /balancer parameter of `BalancerMember`/);
  assert.match(wrong.markdown, /⚠ `stickysession=` is a balancer parameter: httpd refuses it on `BalancerMember`/);
});

test('a directive: module, context, arguments and the httpd manual link', () => {
  const h = httpd(at('ProxyPass "/app"'));
  assert.equal(h.token, 'ProxyPass');
  assert.match(h.markdown, /\*\*ProxyPass\*\* · `mod_proxy`/);
  assert.match(h.markdown, /Context: /);
  assert.deepEqual(linksOf(h.markdown), ['https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxypass']);
  const member = httpd(at('BalancerMember'));
  assert.match(member.markdown, /A balancer name and scheme with list of params\./);
  assert.match(member.markdown, /Arguments: free form/);
  assert.deepEqual(linksOf(member.markdown), ['https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#balancermember']);
});

test('a section, at its opening and its closing tag', () => {
  const open = httpd(at('Proxy "balancer'));
  assert.equal(open.token, 'Proxy');
  assert.match(open.markdown, /\*\*`<Proxy>`\*\* · `mod_proxy`/);
  assert.deepEqual(linksOf(open.markdown), ['https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxy']);
  const close = httpd(at('Proxy>'));
  assert.equal(close.token, 'Proxy');
  assert.match(close.markdown, /Container for directives affecting resources located in the proxied location/);
});

test('mod_jk directives link to the connectors documentation', () => {
  const h = httpd('JkWorkersFile conf/workers.properties\n|JkMount /app/* lb\n');
  assert.match(h.markdown, /`mod_jk`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/connectors-doc/reference/apache.html']);
});

test('the manual pages of modules whose source names differ', () => {
  assert.equal(httpdDirectiveUrl('util_ldap', 'LDAPCacheTTL'), 'https://httpd.apache.org/docs/2.4/mod/mod_ldap.html#ldapcachettl');
  assert.equal(httpdDirectiveUrl('http_core', 'KeepAlive'), 'https://httpd.apache.org/docs/2.4/mod/core.html#keepalive');
  assert.equal(httpdDirectiveUrl('core', '<VirtualHost'), 'https://httpd.apache.org/docs/2.4/mod/core.html#virtualhost');
});

test('nothing on white space, comments, unknown directives and plain arguments', () => {
  const none = (text: string): void => assert.equal(httpd(text).result, undefined, text);
  none(at('\n    BalancerMember "http://10.0.0.12'));
  none('# ProxySet |stickysession=JSESSIONID\n');
  none('NoSuch|Directive on\n');
  none(at('10.0.0.11'));
  none('ServerName |www.example.com\n');
});
