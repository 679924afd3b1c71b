/**
 * A client without pull diagnostics (Neovim before 0.10, Sublime LSP, Emacs
 * eglot) gets `textDocument/publishDiagnostics`, debounced, versioned, and
 * cleared on close. Also: the bundle as a standalone program.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { LspClient } from '../support/lspClient';
import { serverBundle } from '../support/paths';

const uri = 'file:///ws/tomcat1/conf/server.xml';

let client: LspClient;

before(async () => {
  // No workspace/configuration support: the settings come with initialize.
  client = new LspClient({ pull: false, initializationOptions: { validation: { delay: 100 } } });
});

after(async () => {
  await client.shutdown();
});

test('initialize announces no pull provider to a client that cannot pull', async () => {
  const result = await client.initialize();
  assert.equal(result.capabilities.diagnosticProvider, undefined);
});

test('opening a broken file publishes its diagnostic with the document version', async () => {
  await client.open(uri, '<Server>\n  <Service>\n</Server>\n');
  const p = await client.waitForPublish(uri, (p) => p.diagnostics.length > 0);
  assert.equal(p.version, 1);
  assert.equal(p.diagnostics[0].code, 'xml/not-well-formed');
  assert.deepEqual(p.diagnostics[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
});

test('a burst of edits is debounced into few publishes, the last for the last version', async () => {
  const before = client.published.length;
  // Type "  </Service>\n" one character at a time at the start of line 2.
  const typed = '  </Service>\n';
  for (let i = 0; i < typed.length; i++) {
    await client.change(uri, [{ range: { start: { line: 2, character: i }, end: { line: 2, character: i } }, text: typed[i] }]);
  }
  const last = await client.waitForPublish(uri, (p) => p.version === 1 + typed.length);
  assert.deepEqual(last.diagnostics, []);
  const publishes = client.published.length - before;
  assert.ok(publishes < typed.length / 2, `${publishes} publishes for ${typed.length} edits`);
});

test('closing the document clears its diagnostics', async () => {
  await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]);
  await client.waitForPublish(uri, (p) => p.diagnostics.length > 0);
  await client.close(uri);
  await client.waitForPublish(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
});

test('without a transport argument the bundle prints its usage and exits 2; --version prints the version', () => {
  const usage = spawnSync(process.execPath, [serverBundle], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage: node .* --stdio/);
  const version = spawnSync(process.execPath, [serverBundle, '--version'], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});
