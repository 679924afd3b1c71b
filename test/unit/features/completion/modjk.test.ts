import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertOffers, complete, entry, labels, replaced } from './completionHelpers';

const jk = (text: string) => complete('modjk', text, { filePath: '/ws/apache2/workers.properties' });

const WORKERS = `worker.list=lb,jkstatus
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.reference=worker.tomcat1
worker.tomcat2.host=10.0.0.12
worker.lb.type=lb
worker.lb.balance_workers=tomcat1
worker.jkstatus.type=status
`;

test('after worker.<name>. the properties of an ajp13 worker (route, lbfactor as a member), not an lb\'s', () => {
  const text = `${WORKERS}worker.tomcat1.|`;
  const entries = jk(text);
  assertOffers(entries, ['socket_timeout', 'ping_mode', 'route', 'lbfactor', 'connection_pool_timeout', 'reference'], ['balance_workers', 'sticky_session', 'type', 'host', 'port']);
  const route = entry(entries, 'route');
  assert.equal(route.kind, 'attribute');
  assert.equal(route.insertText, 'route=');
  assert.match(route.documentation ?? '', /jvmRoute/);
  assert.match(route.detail ?? '', /mod_jk 1\.2\.20\+/);
  assert.match(entry(entries, 'jvm_route').detail ?? '', /deprecated: use route/);
});

test('after worker.<name>. of an lb worker: balance_workers, sticky_session, method; not host or route', () => {
  const text = `${WORKERS}worker.lb.sti|`;
  const entries = jk(text);
  assertOffers(entries, ['sticky_session', 'sticky_session_force', 'method', 'session_cookie'], ['host', 'route', 'lbfactor', 'type']);
  assert.equal(replaced(text, entry(entries, 'sticky_session')), 'sti');
  assert.match(entry(entries, 'session_cookie').detail ?? '', /default JSESSIONID/);
});

test('a worker\'s type comes from the template its reference names; no type line means ajp13', () => {
  assertOffers(jk(`${WORKERS}worker.tomcat2.|`), ['socket_timeout', 'route'], ['balance_workers']);
  assertOffers(jk(`${WORKERS}worker.newone.|`), ['host', 'port', 'type', 'route'], ['balance_workers']);
  assertOffers(jk(`${WORKERS}worker.lb2.reference=worker.lb\nworker.lb2.|`), ['balance_workers'], ['host']);
});

test('after worker. the global properties and the workers', () => {
  const text = `${WORKERS}worker.|`;
  const entries = jk(text);
  assertOffers(entries, ['list', 'maintain', 'tomcat1.', 'tomcat2.', 'lb.', 'jkstatus.']);
  assert.equal(entry(entries, 'maintain').insertText, 'maintain=');
  assert.equal(entry(entries, 'lb.').detail, 'lb worker');
  const bare = jk(`${WORKERS}wor|`);
  assertOffers(bare, ['worker.list', 'worker.tomcat1.']);
  assert.equal(replaced(`${WORKERS}wor|`, entry(bare, 'worker.list')), 'wor');
});

test('type values, enumerations, booleans', () => {
  const types = jk(`${WORKERS}worker.tomcat3.type=|`);
  assertOffers(types, ['ajp13', 'lb', 'status', 'ajp14', 'ajp12']);
  assert.match(entry(types, 'ajp13').detail ?? '', /default/);
  const method = jk(`${WORKERS}worker.lb.method=|`);
  assert.deepEqual(labels(method), ['Request', 'Traffic', 'Busyness', 'Sessions', 'Next']);
  assert.match(entry(method, 'Busyness').detail ?? '', /also B, 2/);
  assert.match(entry(method, 'Next').detail ?? '', /mod_jk 1\.2\.33\+/);
  assertOffers(jk(`${WORKERS}worker.lb.sticky_session=|`), ['true', 'false']);
  assertOffers(jk(`${WORKERS}worker.tomcat1.activation=|`), ['Active', 'Disabled', 'Stopped']);
  assertOffers(jk(`${WORKERS}worker.tomcat1.ping_mode=|`), ['C', 'P', 'I', 'A']);
});

test('worker names in worker.list and balance_workers (the item at the cursor, not the lb or status workers as members)', () => {
  const text = WORKERS.replace('balance_workers=tomcat1', 'balance_workers=tomcat1, tom|');
  const entries = jk(text);
  assert.deepEqual(labels(entries), ['tomcat2']);
  assert.equal(replaced(text, entry(entries, 'tomcat2')), 'tom');
  const list = jk(WORKERS.replace('worker.list=lb,jkstatus', 'worker.list=lb,|'));
  assertOffers(list, ['tomcat1', 'tomcat2', 'jkstatus'], ['lb']);
  assertOffers(jk(`${WORKERS}worker.tomcat3.reference=|`), ['worker.tomcat1', 'worker.lb']);
});

test('half-typed document: a line without = among bad lines, a comment', () => {
  const text = 'worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=t1\nworker.t1.host\nworker.t1.po|';
  const entries = jk(text);
  assertOffers(entries, ['port'], ['balance_workers']);
  assert.equal(replaced(text, entry(entries, 'port')), 'po');
  assert.deepEqual(jk('# worker.lb.|'), []);
  assert.deepEqual(jk('worker.lb.type=lb # the |'), []);
});
