import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, checkDocument } from '../../../server/src/engine/checkDocument';
import { DEFAULT_RULES } from '../../../server/src/rules';
import type { XmlRule } from '../../../server/src/rules/rule';

const broken = TextDocument.create('file:///ws/conf/server.xml', 'xml', 1, '<Server>\n  <Service>\n  </Servic>\n</Server>\n');

const throwing: XmlRule = {
  meta: { id: 'test/throws', defaultSeverity: 'error', description: 'always throws', language: 'tomcat-xml' },
  check() {
    throw new Error('boom');
  },
};

test('a rule that throws is logged and the other rules still report', () => {
  const logged: string[] = [];
  const findings = checkDocument(broken, 'tomcat-xml', {
    rules: { xml: [throwing, ...DEFAULT_RULES.xml], tomcat: [], nginx: [], httpd: [], modjk: [], cluster: [] },
    log: (m) => logged.push(m),
  });
  assert.deepEqual(findings.map((f) => f.code), ['xml/not-well-formed']);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /rule test\/throws failed on file:\/\/\/ws\/conf\/server\.xml: Error: boom/);
});

test('settings turn a rule off or change its severity', () => {
  assert.deepEqual(checkDocument(broken, 'tomcat-xml', { settings: { rules: { 'xml/not-well-formed': 'off' } } }), []);
  const [f] = checkDocument(broken, 'tomcat-xml', { settings: { rules: { 'xml/not-well-formed': 'warning' } } });
  assert.equal(f.severity, 'warning');
});

test('a cancelled check stops between rules', () => {
  assert.throws(() => checkDocument(broken, 'tomcat-xml', { isCancelled: () => true }), CancelledError);
});

test('every language has its rules', () => {
  const workers = TextDocument.create('file:///ws/httpd/workers.properties', 'properties', 1, 'worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=n1\n');
  assert.deepEqual(checkDocument(workers, 'modjk').map((f) => f.code), ['modjk/worker-undefined']);
});
