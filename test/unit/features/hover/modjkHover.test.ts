import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, linksOf } from './hoverTester';

const WORKERS = `# the balancer
worker.list=lb,jkstatus
worker.lb.type=lb
worker.lb.balance_workers=node1,node2
worker.lb.sticky_session=true
worker.lb.method=B
worker.node1.type=ajp13
worker.node1.host=10.0.0.11
worker.node1.port=8009
worker.node1.route=tomcat1
worker.node2.host=10.0.0.12
worker.jkstatus.type=status
`;

const at = (mark: string, text = WORKERS): string => {
  const i = text.indexOf(mark);
  assert.ok(i >= 0, mark);
  return text.slice(0, i) + '|' + text.slice(i);
};
const jk = (text: string) => hoverAt({ language: 'modjk', text });

test('sticky_session: its doc and default, on the property name', () => {
  const h = jk(at('sticky_session'));
  assert.equal(h.token, 'sticky_session');
  assert.match(h.markdown, /\*\*sticky_session\*\* · property of `lb` workers/);
  assert.match(h.markdown, /Route requests carrying a session ID back to the worker whose route is in the session ID\./);
  assert.match(h.markdown, /Default: `true`/);
  assert.match(h.markdown, /Type: boolean/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/connectors-doc/reference/workers.html#List_of_All_Worker_Directives']);
});

test('worker.list: the global property', () => {
  const h = jk(at('list='));
  assert.equal(h.token, 'worker.list');
  assert.match(h.markdown, /mod_jk global property/);
  assert.match(h.markdown, /Default: `ajp13`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/connectors-doc/reference/workers.html#Global_Properties']);
});

test('a worker name, in a key or in a list: the worker, its type and members', () => {
  const inList = jk(at('lb,jkstatus'));
  assert.equal(inList.token, 'lb');
  assert.match(inList.markdown, /\*\*lb\*\* · mod_jk worker of type `lb`/);
  assert.match(inList.markdown, /Members: `node1` and `node2`/);
  const member = jk(at('node2\n'));
  assert.equal(member.token, 'node2');
  assert.match(member.markdown, /worker of type `ajp13` \(the default\)/);
  assert.match(member.markdown, /Route: `node2` \(the worker name\)/);
  assert.match(member.markdown, /Port: `8009` \(the default\)/);
  const inKey = jk(at('node1.route'));
  assert.equal(inKey.token, 'node1');
  assert.match(inKey.markdown, /Route: `tomcat1`/);
  assert.match(inKey.markdown, /Member of: `lb`/);
});

test("a worker without a type line: its template's type, said to come from there", () => {
  const text = 'worker.list=shop\nworker.template.type=lb\nworker.shop.reference=worker.template\nworker.shop.balance_workers=node1\n';
  const h = jk(at('shop.balance_workers', text));
  assert.equal(h.token, 'shop');
  assert.match(h.markdown, /\*\*shop\*\* · mod_jk worker of type `lb` \(from worker\.template\)/);
  const property = jk(at('balance_workers', text));
  assert.match(property.markdown, /property of `lb` workers/);
});

test('an enumerated value: the value, also by its first letter', () => {
  const method = jk(at('B\n'));
  assert.equal(method.token, 'B');
  assert.match(method.markdown, /`Busyness` · value of `method`/);
  assert.match(method.markdown, /Current number of requests in progress divided by lbfactor/);
  const type = jk('worker.jkstatus.type=st|atus\n');
  assert.match(type.markdown, /`status` · value of `type`/);
});

test('a deprecated property names its replacement and the deprecations section', () => {
  const h = jk('worker.lb.type=lb\nworker.lb.|balanced_workers=a,b\n');
  assert.match(h.markdown, /Deprecated: since 1\.2\.7; use `balance_workers`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/connectors-doc/reference/workers.html#Deprecated_Worker_Directives']);
});

test('a property of another worker type says so', () => {
  const h = jk('worker.node1.type=ajp13\nworker.node1.|sticky_session=true\n');
  assert.match(h.markdown, /⚠ A `ajp13` worker has no `sticky_session`; it is a property of `lb` workers/);
});

test('nothing on comments, white space, unknown keys and plain values', () => {
  const none = (text: string): void => assert.equal(jk(text).result, undefined, text);
  none(at('the balancer'));
  none('worker.lb.sticky_session=true  # |sticky\n');
  none('worker.lb.no_such_|property=1\n');
  none(at('10.0.0.11'));
  none('|\n\nworker.list=lb\n');
  none('my.variable=|x\n');
});
