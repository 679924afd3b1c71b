/** The mod_jk workers.properties TextMate grammar on mod_jk's own reading of the file (native/common/jk_map.c, jk_util.c). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeOf, tokenize } from '../../support/grammar';

const S = 'source.modjk-workers';

test('comments: a whole line, and a # after a value', async () => {
  const lines = await tokenize(S, '# mod_jk workers\n   # indented\nworker.node1.port=8009   # AJP connector');
  assert.equal(scopeOf(lines, '#', 0), 'punctuation.definition.comment.modjk-workers');
  assert.equal(scopeOf(lines, 'mod_jk workers', 0), 'comment.line.number-sign.modjk-workers');
  assert.equal(scopeOf(lines, 'indented', 1), 'comment.line.number-sign.modjk-workers');
  assert.equal(scopeOf(lines, '8009', 2), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, 'AJP connector', 2), 'comment.line.number-sign.modjk-workers');
  const comment = lines[2].find((t) => t.text === ' AJP connector')!;
  assert.ok(!comment.scopes.includes('string.unquoted.value.modjk-workers'), 'the comment is not part of the value');
});

test('worker.<name>.<property>=<value>: prefix, worker name, property, = and value', async () => {
  const lines = await tokenize(S, 'worker.node1.host=10.0.0.11\n  worker.node1.route = node1');
  assert.deepEqual(
    lines[0].map((t) => [t.text, t.scopes[t.scopes.length - 1]]),
    [
      ['worker', 'keyword.other.worker.modjk-workers'],
      ['.', 'punctuation.accessor.modjk-workers'],
      ['node1', 'entity.name.type.worker.modjk-workers'],
      ['.', 'punctuation.accessor.modjk-workers'],
      ['host', 'support.type.property-name.modjk-workers'],
      ['=', 'keyword.operator.assignment.modjk-workers'],
      ['10.0.0.11', 'string.unquoted.value.modjk-workers'],
    ],
  );
  assert.notEqual(scopeOf(lines, 'node1', 0), scopeOf(lines, 'host', 0));
  assert.equal(scopeOf(lines, 'worker', 1), 'keyword.other.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'route', 1), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, '=', 1), 'keyword.operator.assignment.modjk-workers');
  const value = lines[1][lines[1].length - 1];
  assert.equal(value.text, 'node1');
  assert.equal(value.scopes[value.scopes.length - 1], 'string.unquoted.value.modjk-workers');
});

test('worker.list and balance_workers: comma lists of worker names', async () => {
  const lines = await tokenize(S, 'worker.list=lb,jkstatus\nworker.lb.balance_workers=node1, node2\nworker.node1.fail_on_status=500,503');
  assert.equal(scopeOf(lines, 'worker', 0), 'keyword.other.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'list', 0), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, 'lb', 0), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, ',', 0), 'punctuation.separator.comma.modjk-workers');
  assert.equal(scopeOf(lines, 'jkstatus', 0), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'balance_workers', 1), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, 'node1', 1), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'node2', 1), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, '500', 2), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, ',', 2), 'punctuation.separator.comma.modjk-workers');
  assert.equal(scopeOf(lines, '503', 2), 'constant.numeric.modjk-workers');
});

test('booleans: true/false words everywhere, 1/0 for boolean properties; numbers otherwise', async () => {
  const lines = await tokenize(
    S,
    'worker.lb.sticky_session=1\nworker.lb.sticky_session_force=False\nworker.node1.socket_keepalive=true\nworker.node1.lbfactor=1\nworker.node1.ping_timeout=10000\nworker.node1.max_packet_size=64k\nworker.node1.prefer_ipv6=0',
  );
  assert.equal(scopeOf(lines, '1', 0), 'constant.language.boolean.modjk-workers');
  assert.equal(scopeOf(lines, 'False', 1), 'constant.language.boolean.modjk-workers');
  assert.equal(scopeOf(lines, 'true', 2), 'constant.language.boolean.modjk-workers');
  assert.equal(scopeOf(lines, '1', 3), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, '10000', 4), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, '64k', 5), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, '0', 6), 'constant.language.boolean.modjk-workers');
});

test('$(name) substitutions, references and other keys', async () => {
  const lines = await tokenize(
    S,
    'workers.tomcat_home=/opt/tomcat\nworker.node1.host=$(TOMCAT_HOST)\nworker.node2.reference=worker.template\nworker.maintain=60',
  );
  assert.equal(scopeOf(lines, 'workers.tomcat_home', 0), 'variable.other.property.modjk-workers');
  assert.equal(scopeOf(lines, '/opt/tomcat', 0), 'string.unquoted.value.modjk-workers');
  assert.equal(scopeOf(lines, '$(TOMCAT_HOST)', 1), 'variable.other.substitution.modjk-workers');
  assert.equal(scopeOf(lines, 'reference', 2), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, 'template', 2), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'maintain', 3), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, '60', 3), 'constant.numeric.modjk-workers');
});

test('a mod_jk load balancer setup', async () => {
  const lines = await tokenize(
    S,
    [
      'worker.list=lb',
      'worker.lb.type=lb',
      'worker.lb.balance_workers=node1,node2',
      'worker.node1.type=ajp13',
      'worker.node1.host=10.0.0.11',
      'worker.node1.port=8009',
      'worker.node1.route=node1',
    ].join('\n'),
  );
  for (const line of lines) assert.equal(line[0].text, 'worker');
  for (const line of lines) assert.equal(line[0].scopes[line[0].scopes.length - 1], 'keyword.other.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'lb', 0), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'lb', 1), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'type', 1), 'support.type.property-name.modjk-workers');
  assert.equal(lines[1][lines[1].length - 1].scopes.at(-1), 'support.constant.worker-type.modjk-workers');
  assert.equal(scopeOf(lines, 'node2', 2), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'node1', 3), 'entity.name.type.worker.modjk-workers');
  assert.equal(scopeOf(lines, 'ajp13', 3), 'support.constant.worker-type.modjk-workers');
  assert.equal(scopeOf(lines, 'host', 4), 'support.type.property-name.modjk-workers');
  assert.equal(scopeOf(lines, '10.0.0.11', 4), 'string.unquoted.value.modjk-workers');
  assert.equal(scopeOf(lines, '8009', 5), 'constant.numeric.modjk-workers');
  assert.equal(scopeOf(lines, 'route', 6), 'support.type.property-name.modjk-workers');
  assert.equal(lines[6][lines[6].length - 1].text, 'node1');
  assert.equal(lines[6][lines[6].length - 1].scopes.at(-1), 'string.unquoted.value.modjk-workers');
  assert.ok(!lines.flat().some((t) => t.scopes.some((s) => s.startsWith('comment.'))), 'nothing reads as a comment');
});
