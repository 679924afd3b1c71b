/** The nginx TextMate grammar on what the popular grammars get wrong (hangxingliu/vscode-nginx-conf-hint #15, #35). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeOf, tokenize } from '../../support/grammar';

test('directives, variables, strings, on/off, numbers', async () => {
  const lines = await tokenize('source.nginx', 'upstream tcsrvs {\n    hash $request_uri consistent;\n    server 10.0.0.1:8080 max_fails=3;\n}\ngzip on;');
  assert.equal(scopeOf(lines, 'upstream'), 'keyword.other.directive.nginx');
  assert.equal(scopeOf(lines, 'hash'), 'keyword.other.directive.nginx');
  assert.equal(scopeOf(lines, '$request_uri'), 'variable.other.nginx');
  assert.equal(scopeOf(lines, 'max_fails'), 'variable.parameter.nginx');
  assert.equal(scopeOf(lines, 'on'), 'constant.language.nginx');
});

test('a quoted regex in map is a string, and map entries are not directives', async () => {
  const lines = await tokenize('source.nginx', 'map $uri $flag {\n    "~^/api/v[0-9]{1,2}/" 1;\n    default 0;\n}');
  assert.equal(scopeOf(lines, 'map'), 'keyword.other.directive.block.nginx');
  const regex = lines[1].find((t) => t.text.includes('v[0-9]{1,2}'));
  assert.ok(regex?.scopes.includes('string.quoted.double.nginx'), JSON.stringify(lines[1]));
  assert.equal(scopeOf(lines, 'default', 2), 'keyword.other.list-parameter.nginx');
  assert.ok(!lines.flat().some((t) => t.scopes.includes('keyword.other.directive.nginx')), 'no entry reads as a directive');
});

test('comments inside map', async () => {
  const lines = await tokenize('source.nginx', 'map $cookie_jsessionid $route {\n    # the jvmRoute after the dot\n    ~.+\\.(?P<r>\\w+)$ $r;   # route\n}');
  assert.equal(scopeOf(lines, '# the jvmRoute after the dot', 1), 'comment.line.number-sign.nginx');
  assert.equal(scopeOf(lines, '# route', 2), 'comment.line.number-sign.nginx');
  assert.equal(scopeOf(lines, '~', 2), 'keyword.operator.regex.nginx');
});

test('a multi-line log_format keeps its continuation lines as strings', async () => {
  const lines = await tokenize(
    'source.nginx',
    "log_format  main  '$remote_addr - $remote_user [$time_local] \"$request\" '\n                  '$status $body_bytes_sent \"$http_referer\" '\n                  '\"$http_user_agent\"';\naccess_log off;",
  );
  for (const l of [1, 2]) {
    const first = lines[l].find((t) => t.text.trim() !== '')!;
    assert.ok(first.scopes.includes('string.quoted.single.nginx'), `line ${l}: ${JSON.stringify(first)}`);
    assert.ok(!lines[l].some((t) => t.scopes.includes('keyword.other.directive.nginx')));
  }
  assert.equal(scopeOf(lines, 'access_log', 3), 'keyword.other.directive.nginx');
});

test('a quoted location regex with braces does not open a block', async () => {
  const lines = await tokenize('source.nginx', 'location ~ "^/static/[a-z]{2,}$" { return 404; }');
  assert.equal(scopeOf(lines, 'return'), 'keyword.other.directive.nginx');
  assert.equal(lines[0].filter((t) => t.scopes.includes('punctuation.section.block.begin.nginx')).length, 1);
});
