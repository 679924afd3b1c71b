import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { HttpdConfigs } from '../../../../server/src/model/httpd/httpdConfig';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';
import { assertOffers, complete, entry, labels, replaced, workspace } from './completionHelpers';

const httpd = (text: string, extra = {}) => complete('httpd', text, { filePath: '/ws/apache2/sites-enabled/app.conf', ...extra });

const VHOST = (inside: string) => `<VirtualHost *:80>
  ServerName app.example.com
  <Proxy balancer://tomcats>
    BalancerMember http://10.0.0.11:8080 route=tomcat1
    BalancerMember http://10.0.0.12:8080 route=tomcat2
  </Proxy>
${inside}
</VirtualHost>
`;

test('on ProxySet inside <Proxy balancer://…>: stickysession= and the balancer parameters, not route=', () => {
  const text = VHOST('').replace('  </Proxy>', '    ProxySet |\n  </Proxy>');
  const entries = httpd(text);
  assertOffers(entries, ['stickysession=', 'lbmethod=', 'nofailover=', 'stickysessionsep='], ['route=', 'loadfactor=', 'status=']);
  const sticky = entry(entries, 'stickysession=');
  assert.equal(sticky.kind, 'parameter');
  assert.match(sticky.documentation ?? '', /JSESSIONID\|jsessionid/);
  assert.equal(sticky.detail, 'balancer parameter');
});

test('on BalancerMember http://x:8080: route= and the worker parameters, not stickysession=', () => {
  const text = VHOST('').replace('route=tomcat2', 'route=tomcat2\n    BalancerMember http://10.0.0.13:8080 |');
  const entries = httpd(text);
  assertOffers(entries, ['route=', 'loadfactor=', 'status=', 'retry=', 'timeout='], ['stickysession=', 'lbmethod=']);
  assert.equal(entry(entries, 'route=').detail, 'worker (member) parameter');
  // Before the URL: no parameters yet.
  assert.deepEqual(httpd(VHOST('').replace('route=tomcat2', 'route=tomcat2\n    BalancerMember |')), []);
  // Parameters already on the line are not offered again.
  assertOffers(httpd(VHOST('').replace('route=tomcat2', 'route=tomcat2\n    BalancerMember http://10.0.0.13:8080 route=t3 |')), ['loadfactor='], ['route=']);
});

test('BalancerMember naming its balancer outside <Proxy>, ProxySet on a balancer URL, ProxyPass to a balancer or to a worker', () => {
  assertOffers(httpd('BalancerMember balancer://tomcats http://10.0.0.13:8080 |\n'), ['route='], ['stickysession=']);
  assertOffers(httpd('ProxySet balancer://tomcats |\n'), ['stickysession='], ['route=']);
  assertOffers(httpd(VHOST('  ProxyPass /app balancer://tomcats/app |')), ['stickysession=', 'nofailover='], ['route=']);
  assertOffers(httpd(VHOST('  ProxyPass /app http://10.0.0.11:8080/app |')), ['retry=', 'timeout='], ['stickysession=']);
  assert.deepEqual(httpd(VHOST('  ProxyPass /app |')), []);
});

test('lbmethod= values, On/Off switches, examples', () => {
  const text = VHOST('').replace('  </Proxy>', '    ProxySet lbmethod=|\n  </Proxy>');
  const entries = httpd(text);
  assert.deepEqual(labels(entries), ['byrequests', 'bytraffic', 'bybusyness', 'heartbeat']);
  assert.equal(entry(entries, 'byrequests').detail, 'default');
  assert.equal(replaced(text, entry(entries, 'bytraffic')), '');
  const partial = VHOST('').replace('  </Proxy>', '    ProxySet lbmethod=bybu|\n  </Proxy>');
  assert.equal(replaced(partial, entry(httpd(partial), 'bybusyness')), 'bybu');
  assert.deepEqual(labels(httpd(VHOST('').replace('  </Proxy>', '    ProxySet nofailover=|\n  </Proxy>'))), ['On', 'Off']);
  assertOffers(httpd(VHOST('').replace('  </Proxy>', '    ProxySet stickysession=|\n  </Proxy>')), ['JSESSIONID|jsessionid', 'ROUTEID']);
});

test('balancer names after balancer://', () => {
  const text = VHOST('  ProxyPass /app balancer://|');
  const entries = httpd(text);
  assert.deepEqual(labels(entries), ['tomcats']);
  assert.equal(entry(entries, 'tomcats').kind, 'reference');
  assert.match(entry(entries, 'tomcats').documentation ?? '', /BalancerMember http:\/\/10\.0\.0\.11:8080 route=tomcat1/);
  const partial = VHOST('  ProxyPassReverse /app balancer://tom|cats/app');
  assert.equal(replaced(partial, entry(httpd(partial), 'tomcats')), 'tomcats');
});

test('balancer names from the configuration the file belongs to', () => {
  const root = workspace({
    'apache2/apache2.conf': 'ServerRoot ${APACHE_ROOT}\n<Proxy balancer://shop>\n  BalancerMember http://10.0.0.11:8080 route=tomcat1\n</Proxy>\nIncludeOptional sites-enabled/*.conf\n',
    'apache2/sites-enabled/app.conf': '<VirtualHost *:80>\n  ProxyPass / balancer://shop/\n</VirtualHost>\n',
  });
  const filePath = path.join(root, 'apache2/sites-enabled/app.conf');
  const entries = complete('httpd', '<VirtualHost *:80>\n  ProxyPass / balancer://|\n</VirtualHost>\n', { filePath, httpdConfigs: new HttpdConfigs(new DiskFileSource()) });
  assert.deepEqual(labels(entries), ['shop']);
});

test('directives valid in the section: server-only ones not in <Location>, per-directory ones not at the top', () => {
  const inLocation = httpd(VHOST('  <Location /app>\n    |\n  </Location>'));
  assertOffers(inLocation, ['Require', 'ProxyPass', 'Header', 'SetHandler'], ['ServerName', 'LoadModule', 'Listen', 'VirtualDocumentRoot']);
  const top = httpd('|\n');
  assertOffers(top, ['LoadModule', 'ServerName', 'ProxyPass', 'BalancerMember', 'Listen', 'SetHandler'], ['Require', 'AllowOverride']);
  const e = entry(top, 'ProxyPass');
  assert.equal(e.kind, 'directive');
  assert.match(e.detail ?? '', /mod_proxy/);
  assert.match(e.documentation ?? '', /Module: `mod_proxy`/);
  const typed = 'ProxyPa|\n';
  assert.equal(replaced(typed, entry(httpd(typed), 'ProxyPass')), 'ProxyPa');
});

test('sections after <, the closing tag after </', () => {
  const text = VHOST('  <Loc|');
  const entries = httpd(text);
  assertOffers(entries, ['Location', 'Directory', 'Proxy', 'IfModule'], ['VirtualHost']);
  assert.equal(replaced(text, entry(entries, 'Location')), 'Loc');
  assert.equal(entry(entries, 'Location').insertText, 'Location ${1}>\n\t$0\n</Location>');
  const close = httpd(VHOST('  <Location /app>\n    Require all granted\n  </|'));
  assert.deepEqual(labels(close), ['Location']);
  assert.equal(close[0].insertText, 'Location>');
});

test('flag directives: On and Off', () => {
  assert.deepEqual(labels(httpd('ProxyPreserveHost |\n')), ['On', 'Off']);
});

test('half-typed document: an unclosed <Proxy>, a line being continued', () => {
  const text = '<VirtualHost *:80>\n  <Proxy balancer://tomcats>\n    BalancerMember http://10.0.0.11:8080 \\\n      |';
  assertOffers(httpd(text), ['route='], ['stickysession=']);
  const proxySet = '<VirtualHost *:80>\n  <Proxy balancer://tomcats>\n    BalancerMember http://10.0.0.11:8080 route=a\n    ProxySet sticky|';
  const entries = httpd(proxySet);
  assertOffers(entries, ['stickysession='], ['route=']);
  assert.equal(replaced(proxySet, entry(entries, 'stickysession=')), 'sticky');
  assertOffers(httpd('<VirtualHost *:80>\n  <Location /x>\n    Req|'), ['Require'], ['ServerName']);
});

test('nothing in comments', () => {
  assert.deepEqual(httpd('# ProxySet |\n'), []);
});
