/**
 * The workspace check reports its progress: on the client's workDoneToken
 * (VS Code's "Check Cluster Consistency" passes one), or on a token the server
 * creates for a client that shows $/progress but passes none (Neovim).
 */
import * as assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { serverXml } from '../support/clusterConfigs';
import { writeWorkspace } from '../support/clusterRuleTester';

/** Forty nodes with a web.xml each: enough files for progress to move. */
const root = writeWorkspace(
  Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      [`tomcat${i}/conf/server.xml`, serverXml({ jvmRoute: `tomcat${i}` })],
      [`tomcat${i}/webapps/app/WEB-INF/web.xml`, '<web-app/>\n'],
    ]).flat(),
  ),
);
const clients: LspClient[] = [];
after(async () => {
  for (const c of clients) await c.shutdown();
});

async function started(workDoneProgress: boolean): Promise<LspClient> {
  const client = new LspClient({ pull: true, rootUri: pathToFileURL(root).href, workDoneProgress });
  clients.push(client);
  await client.initialize();
  return client;
}

/** The notifications of one token: begin, reports, end, in order, with sane percentages. */
function assertProgress(client: LspClient, token: string | number): void {
  const values = client.progress.filter((p) => p.token === token).map((p) => p.value);
  assert.equal(values[0]?.kind, 'begin', JSON.stringify(values));
  assert.equal(values[0].title, 'Checking the workspace');
  assert.equal(values[0].cancellable, true);
  assert.equal(values[values.length - 1].kind, 'end');
  const reports = values.filter((v) => v.kind === 'report');
  assert.ok(reports.length >= 1, 'at least the last file is reported');
  const percentages = reports.map((r) => r.percentage ?? -1);
  assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages never go back');
  assert.ok(percentages.every((p) => p >= 0 && p <= 100));
  assert.equal(reports[reports.length - 1].message, '80 of 80 files');
  assert.equal(reports[reports.length - 1].percentage, 100);
}

test("progress goes to the client's workDoneToken", async () => {
  const client = await started(false);
  const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [], workDoneToken: 'check-1' })) as { files: unknown[] };
  assert.equal(result.files.length, 80);
  await client.waitUntil(() => client.progress.some((p) => p.token === 'check-1' && p.value.kind === 'end'), 'the end of the progress');
  assertProgress(client, 'check-1');
  assert.deepEqual(client.createdProgressTokens, []);
});

test('a client that shows progress but passes no token gets a token the server creates', async () => {
  const client = await started(true);
  await client.connection.sendRequest('workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [] });
  assert.equal(client.createdProgressTokens.length, 1);
  await client.waitUntil(() => client.progress.some((p) => p.value.kind === 'end'), 'the end of the progress');
  assertProgress(client, client.createdProgressTokens[0]);
});

test('a client that shows no progress gets none, and the check still answers', async () => {
  const client = await started(false);
  const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [] })) as { files: unknown[] };
  assert.equal(result.files.length, 80);
  assert.deepEqual(client.progress, []);
  assert.deepEqual(client.createdProgressTokens, []);
});
