/**
 * The server's model of the node behind an open file: a context.xml is checked
 * against the jars of its node's lib/, which the server reloads when the
 * client reports a watched file change; while the user types a broken
 * document, the last good semantic findings stay beside the syntax error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { contextXml, jars, KRYO_JARS, MSM_CORE_JARS, msmManager } from '../support/tomcatXml';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-node-'));
const contextPath = path.join(root, 'tomcat1/conf/context.xml');
const uri = pathToFileURL(contextPath).href;
const text = contextXml(
  msmManager('memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.11:11211" failoverNodes="n1" transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory"'),
);
let client: LspClient;

before(async () => {
  for (const [rel, content] of Object.entries({ 'tomcat1/conf/server.xml': '<Server><Service><Engine/></Service></Server>', ...jars('tomcat1/lib', MSM_CORE_JARS) })) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  fs.writeFileSync(contextPath, text);
  client = new LspClient({ pull: true, rootUri: pathToFileURL(root).href, configuration: { validation: { delay: 20 } } });
  await client.initialize();
  await client.waitUntil(() => client.refreshRequests > 0, 'settings read');
  await client.open(uri, text);
});

after(async () => {
  await client.shutdown();
});

const codes = async (): Promise<string[]> => (await client.pullItems(uri)).map((d) => String(d.code)).sort();

test("a context.xml is checked against its node's lib/", async () => {
  assert.deepEqual(await codes(), ['msm/duplicate-node', 'msm/serializer-jars-missing']);
});

test('adding the jars and telling the server (didChangeWatchedFiles) clears the finding', async () => {
  for (const [rel] of Object.entries(jars('tomcat1/lib', KRYO_JARS))) fs.writeFileSync(path.join(root, rel), '');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: KRYO_JARS.map((j) => ({ uri: pathToFileURL(path.join(root, 'tomcat1/lib', j)).href, type: 1 })),
  });
  await client.waitUntil(() => client.refreshRequests > 1, 'a diagnostics refresh after the change');
  assert.deepEqual(await codes(), ['msm/duplicate-node']);
});

test('a half-typed document shows its syntax error and keeps the last good semantic findings', async () => {
  // Delete the closing "/>" of the Manager: the document is no longer well-formed.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('transcoderFactoryClass'));
  const col = lines[line].indexOf('/>');
  await client.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 2 } }, text: '' }]);
  assert.deepEqual(await codes(), ['msm/duplicate-node', 'xml/not-well-formed']);
});
