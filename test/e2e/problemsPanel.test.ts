/**
 * The extension in a real VS Code (code-server 4.100 / VS Code 1.100): open
 * the fixture workspace, open its broken server.xml, and see the diagnostic in
 * the Problems panel with its rule id, position and doc link. Screenshot in
 * test-results/e2e/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fixturesRoot, projectRoot } from '../support/paths';
import { CodeServerSession, missingPrerequisite } from './support/codeServer';

const artifacts = path.join(projectRoot, 'test-results/e2e');
let session: CodeServerSession | undefined;

before(async () => {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  // A copy, so nothing the editor writes lands in the repository's fixtures.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tcc-ws-'));
  fs.cpSync(path.join(fixturesRoot, 'broken-server-xml'), workspace, { recursive: true });
  session = await CodeServerSession.start(workspace);
});

after(async () => {
  await session?.dispose();
});

test('a broken server.xml shows xml/not-well-formed in the Problems panel', { timeout: 180_000 }, async () => {
  const s = session!;
  try {
    await s.waitForActivation();
    await s.openFile('tomcat1/conf/server.xml');
    await s.showProblems();
    const row = await s.waitForProblem('xml/not-well-formed', 'Expected </Service>');
    assert.equal(row.code, 'xml/not-well-formed');
    assert.equal(row.source, 'tomcat-cluster');
    assert.match(row.severity ?? '', /error/);
    assert.equal(row.message, 'Expected </Service> to close <Service> (line 14), found </Servic>.');
    assert.equal(row.position, '[Ln 23, Col 3]');
    assert.match(row.codeHref ?? '', /docs\/rules\/xml\/not-well-formed\.md$/);
    await s.screenshot(path.join(artifacts, 'problems-panel.png'));

    await s.runCommand('Tomcat Cluster: Check Cluster Consistency');
    const summary = await s.waitForNotification(/Tomcat Cluster: (\d+ problems?|no problems) /);
    assert.match(summary, /Tomcat Cluster: 1 problem \(1 error, 0 warnings, 0 information, 0 hints\) in 3 files\./);
    await s.screenshot(path.join(artifacts, 'check-cluster-consistency.png'));
  } catch (e) {
    await s.screenshot(path.join(artifacts, 'problems-panel-failure.png')).catch(() => undefined);
    throw new Error(`${(e as Error).message}\n--- extension host log ---\n${s.extensionHostLog().split('\n').slice(-40).join('\n')}\n--- code-server log ---\n${s.tail('code-server.log')}`);
  }
});
