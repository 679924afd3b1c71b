import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../../../server/src/engine/checkDocument';
import { checkWorkspace, checkWorkspaceAsync } from '../../../server/src/engine/checkWorkspace';
import { fixturesRoot } from '../../support/paths';

const broken = path.join(fixturesRoot, 'broken-server-xml');

test('checks the Tomcat files of a folder and skips binary files', () => {
  const result = checkWorkspace([broken]);
  const files = result.files.map((f) => path.relative(broken, f.path)).sort();
  assert.deepEqual(files, ['tomcat1/conf/context.xml', 'tomcat1/conf/server.xml', 'tomcat1/webapps/shop/WEB-INF/web.xml']);
  assert.deepEqual(result.findings.map((f) => [path.relative(broken, new URL(f.uri).pathname), f.code, f.range.start.line]), [['tomcat1/conf/server.xml', 'xml/not-well-formed', 22]]);
});

test('an open document wins over the file on disk', () => {
  const serverXml = path.join(broken, 'tomcat1/conf/server.xml');
  const uri = pathToFileURL(serverXml).href;
  const fixed = TextDocument.create(uri, 'xml', 7, '<Server/>');
  const result = checkWorkspace([broken], { openDocument: (u) => (u === uri ? fixed : undefined) });
  assert.deepEqual(result.findings, []);
});

test('the async check reports progress and can be cancelled', async () => {
  const seen: number[] = [];
  const result = await checkWorkspaceAsync([broken], { onProgress: (p) => seen.push(p.done) });
  assert.equal(result.findings.length, 1);
  assert.ok(seen.length > 0);
  await assert.rejects(checkWorkspaceAsync([broken], { isCancelled: () => true }), CancelledError);
});
