/** The Apache httpd TextMate grammar on httpd's own reading of a config file (server/util.c, server/config.c). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeOf, tokenize, type ScopedToken } from '../../support/grammar';

const has = (line: ScopedToken[], scope: string) => line.some((t) => t.scopes.includes(scope));

test('a # is a comment only at the start of a line', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    '# Tomcat cluster\n    # indented comment\nHeader set X-A "a#b"\nRewriteRule ^/#x$ /x [NE]\nServerName www.example.com # not a comment',
  );
  assert.equal(scopeOf(lines, 'Tomcat cluster', 0), 'comment.line.number-sign.apacheconf');
  assert.equal(scopeOf(lines, '#', 1), 'punctuation.definition.comment.apacheconf');
  assert.equal(scopeOf(lines, 'indented comment', 1), 'comment.line.number-sign.apacheconf');
  for (const l of [2, 3, 4]) assert.ok(!has(lines[l], 'comment.line.number-sign.apacheconf'), `line ${l}: ${JSON.stringify(lines[l])}`);
  assert.equal(scopeOf(lines, 'a#b', 2), 'string.quoted.double.apacheconf');
  assert.equal(scopeOf(lines, 'RewriteRule', 3), 'keyword.other.directive.apacheconf');
  assert.ok(lines[3].some((t) => t.text.includes('^/#x$')));
  assert.equal(scopeOf(lines, 'ServerName', 4), 'keyword.other.directive.apacheconf');
});

test('section tags: the name, highlighted arguments and the closing >', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    '<VirtualHost *:80>\n<Proxy "balancer://tcsrvs">\n<IfModule mod_headers.c>\n<If "%{HTTPS} == \'on\'">\n</If>\n</IfModule>\n</Proxy>\n</VirtualHost>',
  );
  for (const [l, name] of ['VirtualHost', 'Proxy', 'IfModule', 'If'].entries()) {
    assert.equal(scopeOf(lines, '<', l), 'punctuation.definition.tag.begin.apacheconf');
    assert.equal(scopeOf(lines, name, l), 'entity.name.tag.apacheconf');
    const last = lines[l][lines[l].length - 1];
    assert.equal(last.text, '>');
    assert.equal(last.scopes[last.scopes.length - 1], 'punctuation.definition.tag.end.apacheconf', `line ${l}`);
  }
  assert.equal(scopeOf(lines, '*:80', 0), 'string.unquoted.argument.apacheconf');
  assert.equal(scopeOf(lines, 'balancer://', 1), 'markup.underline.link.apacheconf');
  assert.ok(lines[1].find((t) => t.text === 'tcsrvs')!.scopes.includes('string.quoted.double.apacheconf'));
  assert.equal(scopeOf(lines, 'mod_headers.c', 2), 'string.unquoted.argument.apacheconf');
  assert.equal(scopeOf(lines, '%{HTTPS}', 3), 'variable.other.apacheconf');
  assert.ok(lines[3].find((t) => t.text.includes("'on'"))!.scopes.includes('string.quoted.double.apacheconf'));
  for (const [l, name] of [[4, 'If'], [5, 'IfModule'], [6, 'Proxy'], [7, 'VirtualHost']] as const) {
    assert.deepEqual(
      lines[l].map((t) => [t.text, t.scopes[t.scopes.length - 1]]),
      [
        ['</', 'punctuation.definition.tag.begin.apacheconf'],
        [name, 'entity.name.tag.apacheconf'],
        ['>', 'punctuation.definition.tag.end.apacheconf'],
      ],
    );
  }
});

test('directive names at the start of a line, in any case, and On/Off', async () => {
  const lines = await tokenize('source.apacheconf', 'SSLEngine On\nsslengine OFF\n  PROXYPRESERVEHOST off\nListen 8080');
  assert.equal(scopeOf(lines, 'SSLEngine', 0), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'sslengine', 1), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'PROXYPRESERVEHOST', 2), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'On', 0), 'constant.language.apacheconf');
  assert.equal(scopeOf(lines, 'OFF', 1), 'constant.language.apacheconf');
  assert.equal(scopeOf(lines, 'off', 2), 'constant.language.apacheconf');
  assert.equal(scopeOf(lines, '8080', 3), 'constant.numeric.apacheconf');
});

test('double- and single-quoted strings with backslash escapes', async () => {
  const lines = await tokenize('source.apacheconf', 'Header set X-Quote "say \\"hi\\" \\\\" \'it\\\'s\'\nHeader set X-Next "next"');
  assert.equal(scopeOf(lines, 'say', 0), 'string.quoted.double.apacheconf');
  assert.equal(lines[0].filter((t) => t.scopes.includes('constant.character.escape.apacheconf')).map((t) => t.text).join(' '), '\\" \\" \\\\ \\\'');
  assert.equal(scopeOf(lines, 'it', 0), 'string.quoted.single.apacheconf');
  assert.equal(scopeOf(lines, 's', 0), 'string.quoted.single.apacheconf');
  // The escaped quotes did not close the strings: the next line is a directive again.
  assert.equal(scopeOf(lines, 'Header', 1), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'next', 1), 'string.quoted.double.apacheconf');
});

test('${DEFINE} and %{VAR} variables', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    'Define LOGS /var/log/httpd\nErrorLog ${APACHE_LOG_DIR}/error.log\nRewriteCond %{HTTP_HOST} !^www\\. [NC]\nRequestHeader set X-Route "%{BALANCER_WORKER_ROUTE}e"',
  );
  assert.equal(scopeOf(lines, 'Define', 0), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'LOGS', 0), 'variable.other.apacheconf');
  assert.equal(scopeOf(lines, '${APACHE_LOG_DIR}', 1), 'variable.other.apacheconf');
  assert.equal(scopeOf(lines, '%{HTTP_HOST}', 2), 'variable.other.apacheconf');
  assert.equal(scopeOf(lines, '%{BALANCER_WORKER_ROUTE}e', 3), 'variable.other.apacheconf');
});

test('key=value parameters: the name and the value', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    'BalancerMember http://10.0.0.1:8080 route=tomcat1 loadfactor=1\nProxySet stickysession=ROUTEID|jsessionid lbmethod=bybusyness nofailover=On',
  );
  for (const name of ['route', 'loadfactor']) assert.equal(scopeOf(lines, name, 0), 'variable.parameter.apacheconf');
  for (const name of ['stickysession', 'lbmethod', 'nofailover']) assert.equal(scopeOf(lines, name, 1), 'variable.parameter.apacheconf');
  assert.equal(scopeOf(lines, '=', 0), 'keyword.operator.assignment.apacheconf');
  assert.equal(scopeOf(lines, 'tomcat1', 0), 'string.unquoted.value.apacheconf');
  assert.equal(scopeOf(lines, '1', 0), 'constant.numeric.apacheconf');
  assert.equal(scopeOf(lines, 'ROUTEID|jsessionid', 1), 'string.unquoted.value.apacheconf');
  assert.equal(scopeOf(lines, 'bybusyness', 1), 'string.unquoted.value.apacheconf');
  assert.equal(scopeOf(lines, 'On', 1), 'constant.language.apacheconf');
});

test('a backslash at the end of a line continues the directive, a string and a comment', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    [
      'ProxyPass /app balancer://tcsrvs/app \\',
      '    stickysession=JSESSIONID|jsessionid \\',
      '    # still arguments, not a comment \\',
      '    nofailover=On',
      'Header set X-Long "first \\',
      'Second part"',
      '# a commented-out directive \\',
      'ProxyPassReverse /old http://old/',
      'ProxyPassReverse /app balancer://tcsrvs/app',
    ].join('\n'),
  );
  assert.equal(scopeOf(lines, '\\', 0), 'punctuation.separator.continuation.apacheconf');
  for (const l of [1, 2, 3, 5, 7]) assert.ok(!has(lines[l], 'keyword.other.directive.apacheconf'), `line ${l}: ${JSON.stringify(lines[l])}`);
  assert.equal(scopeOf(lines, 'stickysession', 1), 'variable.parameter.apacheconf');
  assert.ok(!has(lines[2], 'comment.line.number-sign.apacheconf'));
  assert.equal(scopeOf(lines, 'nofailover', 3), 'variable.parameter.apacheconf');
  assert.equal(scopeOf(lines, 'Second part', 5), 'string.quoted.double.apacheconf');
  assert.equal(scopeOf(lines, 'ProxyPassReverse /old http://old/', 7), 'comment.line.number-sign.apacheconf');
  assert.equal(scopeOf(lines, 'ProxyPassReverse', 8), 'keyword.other.directive.apacheconf');
});

test('URLs, bare and quoted', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    'BalancerMember http://10.0.0.1:8080 route=a\nProxyPass /app balancer://tcsrvs/app\nProxyPass /ajp "ajp://${BACKEND}:8009/" timeout=60\n<Proxy balancer://tcsrvs/*>',
  );
  const url = (l: number) => lines[l].filter((t) => t.scopes.includes('markup.underline.link.apacheconf')).map((t) => t.text).join('');
  assert.equal(url(0), 'http://10.0.0.1:8080');
  assert.equal(url(1), 'balancer://tcsrvs/app');
  assert.equal(url(2), 'ajp://${BACKEND}:8009/');
  assert.equal(scopeOf(lines, '${BACKEND}', 2), 'variable.other.apacheconf');
  assert.equal(url(3), 'balancer://tcsrvs/*');
  assert.equal(scopeOf(lines, '>', 3), 'punctuation.definition.tag.end.apacheconf');
});

test('the mod_proxy_balancer ROUTEID recipe', async () => {
  const lines = await tokenize(
    'source.apacheconf',
    [
      'Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED',
      '<Proxy "balancer://mycluster">',
      '    BalancerMember "http://192.168.1.50:80" route=1',
      '    ProxySet stickysession=ROUTEID',
      '</Proxy>',
    ].join('\n'),
  );
  assert.equal(scopeOf(lines, 'Header', 0), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'ROUTEID=.', 0), 'string.quoted.double.apacheconf');
  assert.equal(scopeOf(lines, '%{BALANCER_WORKER_ROUTE}e', 0), 'variable.other.apacheconf');
  assert.equal(scopeOf(lines, '; path=/', 0), 'string.quoted.double.apacheconf');
  assert.equal(scopeOf(lines, 'env', 0), 'variable.parameter.apacheconf');
  assert.equal(scopeOf(lines, 'BALANCER_ROUTE_CHANGED', 0), 'string.unquoted.value.apacheconf');

  assert.equal(scopeOf(lines, 'Proxy', 1), 'entity.name.tag.apacheconf');
  assert.equal(scopeOf(lines, 'mycluster', 1), 'markup.underline.link.apacheconf');
  assert.equal(scopeOf(lines, '>', 1), 'punctuation.definition.tag.end.apacheconf');

  assert.equal(scopeOf(lines, 'BalancerMember', 2), 'keyword.other.directive.apacheconf');
  const member = lines[2].find((t) => t.text === '192.168.1.50:80')!;
  assert.ok(member.scopes.includes('string.quoted.double.apacheconf') && member.scopes.includes('markup.underline.link.apacheconf'));
  assert.equal(scopeOf(lines, 'route', 2), 'variable.parameter.apacheconf');
  assert.equal(scopeOf(lines, '1', 2), 'constant.numeric.apacheconf');

  assert.equal(scopeOf(lines, 'ProxySet', 3), 'keyword.other.directive.apacheconf');
  assert.equal(scopeOf(lines, 'stickysession', 3), 'variable.parameter.apacheconf');
  assert.equal(scopeOf(lines, 'ROUTEID', 3), 'string.unquoted.value.apacheconf');

  assert.equal(scopeOf(lines, 'Proxy', 4), 'entity.name.tag.apacheconf');
  assert.ok(!lines.flat().some((t) => t.scopes.some((s) => s.startsWith('comment.'))), 'nothing reads as a comment');
});
