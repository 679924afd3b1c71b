import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../../../server/src/lsp/diagnostics';
import { documentLanguage } from '../../../server/src/lsp/documentLanguage';

test('a finding becomes a diagnostic with severity, source, code, doc link, related information and fix data', () => {
  const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } };
  const d = toDiagnostic({
    code: 'xml/not-well-formed',
    severity: 'warning',
    message: 'm',
    uri: 'file:///a/conf/server.xml',
    range,
    related: [{ uri: 'file:///b/conf/server.xml', range, message: 'other side' }],
    fix: { title: 'Replace', edits: [{ range, newText: 'x' }] },
  });
  assert.equal(d.severity, 2);
  assert.equal(d.source, 'tomcat-cluster');
  assert.equal(d.code, 'xml/not-well-formed');
  assert.ok(fs.existsSync(fileURLToPath(d.codeDescription!.href)));
  assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///b/conf/server.xml', range }, message: 'other side' }]);
  assert.deepEqual(d.data, { title: 'Replace', edits: [{ range, newText: 'x' }] });
});

test('the language of an open document: client language id first, then path, then content', () => {
  const doc = (uri: string, languageId: string, text = ''): TextDocument => TextDocument.create(uri, languageId, 1, text);
  assert.equal(documentLanguage(doc('file:///t/conf/server.xml', 'xml')), 'tomcat-xml');
  assert.equal(documentLanguage(doc('file:///t/pom.xml', 'xml')), undefined);
  assert.equal(documentLanguage(doc('file:///etc/x/site.conf', 'nginx')), 'nginx');
  assert.equal(documentLanguage(doc('file:///etc/x/site.conf', 'apacheconf')), 'httpd');
  assert.equal(documentLanguage(doc('file:///lb/conf.d/a.conf', 'plaintext', 'upstream a {\n server b:80;\n}\n')), 'nginx');
  assert.equal(documentLanguage(doc('untitled:Untitled-1', 'plaintext', '<VirtualHost *:80>\n ProxyPass / balancer://c/\n</VirtualHost>\n')), 'httpd');
  assert.equal(documentLanguage(doc('file:///etc/httpd/conf/workers.properties', 'properties')), 'modjk');
});
