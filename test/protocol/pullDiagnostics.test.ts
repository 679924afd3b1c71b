/**
 * The server bundle over stdio with a client that advertises pull diagnostics
 * (VS Code, Neovim 0.10+): codes, exact ranges, incremental edits, a burst of
 * edits, cancellation, unchanged results.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { CancellationTokenSource, LspClient } from '../support/lspClient';
import { fixturesRoot } from '../support/paths';

const uri = 'file:///ws/tomcat1/conf/server.xml';
const broken = '<Server port="8005">\n  <Service name="Catalina">\n  </Servic>\n</Server>\n';

let client: LspClient;

before(async () => {
  client = new LspClient({
    pull: true,
    rootUri: pathToFileURL(path.join(fixturesRoot, 'broken-server-xml')).href,
    configuration: { validation: { delay: 50 } },
  });
});

after(async () => {
  await client.shutdown();
});

test('initialize announces incremental sync, pull diagnostics and the server command', async () => {
  const result = await client.initialize();
  assert.equal((result.capabilities.textDocumentSync as { change: number }).change, 2);
  assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'tomcat-cluster', interFileDependencies: false, workspaceDiagnostics: false });
  assert.deepEqual(result.capabilities.executeCommandProvider?.commands, ['tomcatCluster.server.checkWorkspace', 'tomcatCluster.server.sessionStrategies']);
  assert.equal(result.serverInfo?.name, 'tomcat-cluster-config');
  // Once it has read the editor settings, the server asks the client to pull again.
  await client.waitUntil(() => client.refreshRequests > 0, 'workspace/diagnostic/refresh after the settings arrive');
});

test('a broken server.xml: code, exact range, doc link, related information', async () => {
  await client.open(uri, broken);
  const [d, ...rest] = await client.pullItems(uri);
  assert.deepEqual(rest, []);
  assert.equal(d.code, 'xml/not-well-formed');
  assert.equal(d.source, 'tomcat-cluster');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 11 } });
  assert.ok(d.codeDescription, 'the diagnostic links to its rule page');
  assert.ok(fs.existsSync(fileURLToPath(d.codeDescription.href)), d.codeDescription.href);
  assert.match(d.codeDescription.href, /docs\/rules\/xml\/not-well-formed\.md$/);
  assert.deepEqual(d.relatedInformation, [
    { location: { uri, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } } }, message: '<Service> is opened here' },
  ]);
});

test('an unchanged document answers "unchanged" for the previous result id', async () => {
  const first = await client.pull(uri);
  assert.equal(first.kind, 'full');
  const second = await client.pull(uri, (first as { resultId?: string }).resultId);
  assert.equal(second.kind, 'unchanged');
});

test('incremental edits: fixing the closing tag clears the diagnostic, breaking it again brings it back', async () => {
  // Insert the missing "e" of </Servic>.
  await client.change(uri, [{ range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } }, text: 'e' }]);
  assert.deepEqual(await client.pullItems(uri), []);
  // Delete the `>` of </Service> → the tag is not closed.
  await client.change(uri, [{ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 12 } }, text: '' }]);
  const items = await client.pullItems(uri);
  assert.equal(items.length, 1);
  assert.equal(items[0].code, 'xml/not-well-formed');
  assert.equal(items[0].range.start.line, 2);
});

test('a burst of edits with each pull cancelled by the next: the last answer is for the last text', async () => {
  const burstUri = 'file:///ws/tomcat2/conf/server.xml';
  await client.open(burstUri, '<Server>\n</Server>\n');
  const sources: CancellationTokenSource[] = [];
  const pending: Promise<unknown>[] = [];
  const word = '<Service name="Catalina"></Service>';
  for (let i = 0; i < word.length; i++) {
    await client.change(burstUri, [{ range: { start: { line: 1, character: i }, end: { line: 1, character: i } }, text: word[i] }]);
    sources.forEach((s) => s.cancel());
    const source = new CancellationTokenSource();
    sources.push(source);
    pending.push(client.pull(burstUri, undefined, source).then((r) => ({ ok: r }), (e) => ({ error: e })));
  }
  const results = (await Promise.all(pending)) as ({ ok: { kind: string; items: unknown[] } } | { error: { code: number } })[];
  const cancelled = results.filter((r) => 'error' in r);
  assert.ok(cancelled.length >= word.length - 2, `most pulls were cancelled (${cancelled.length}/${word.length})`);
  for (const r of cancelled) assert.equal((r as { error: { code: number } }).error.code, -32800, 'RequestCancelled');
  const last = results[results.length - 1];
  assert.ok('ok' in last, 'the last pull is answered');
  assert.deepEqual(last.ok.items, []);
  assert.equal(client.process.exitCode, null, 'the server is still up');
});

test('a file URI no local path can be made of (a host, an encoded slash) is checked as a document, not an internal error', async () => {
  for (const uri of ['file://fileserver/share/conf/server.xml', 'file:///ws/a%2Fb/conf/server.xml']) {
    await client.open(uri, broken);
    const items = await client.pullItems(uri);
    assert.deepEqual(items.map((d) => d.code), ['xml/not-well-formed'], uri);
  }
  assert.equal(client.process.exitCode, null, 'the server is still up');
});

test('a document the server has not been told about gets an empty report', async () => {
  assert.deepEqual(await client.pullItems('file:///ws/never-opened/conf/server.xml'), []);
});

test('XML that is not a Tomcat file is not checked', async () => {
  const pom = 'file:///ws/pom.xml';
  await client.open(pom, '<project><broken></project>');
  assert.deepEqual(await client.pullItems(pom), []);
});

test('the workspace check command checks the folder like the CLI', async () => {
  const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [] })) as {
    files: { path: string }[];
    diagnostics: { uri: string; diagnostic: { code: string; range: { start: { line: number } } } }[];
  };
  assert.equal(result.files.length, 3);
  assert.deepEqual(result.diagnostics.map((d) => [path.basename(fileURLToPath(d.uri)), d.diagnostic.code, d.diagnostic.range.start.line]), [['server.xml', 'xml/not-well-formed', 22]]);
});

test('an unknown command is an error, not a crash', async () => {
  await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'no.such.command', arguments: [] }), /unknown command/);
  assert.equal(client.process.exitCode, null);
});
