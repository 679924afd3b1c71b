/**
 * "Check Cluster Consistency" in a real VS Code on the examples workspace
 * (nginx and httpd in front of three Tomcats): run from the command palette,
 * the cluster report opens in a webview (topology and node table), and a
 * cross-file finding about a file nobody opened is in the Problems panel.
 * Screenshots in test-results/e2e/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { projectRoot } from '../support/paths';
import { CodeServerSession, missingPrerequisite } from './support/codeServer';

const artifacts = path.join(projectRoot, 'test-results/e2e');
let session: CodeServerSession | undefined;

before(async () => {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  // A copy, so nothing the editor writes lands in the repository's examples.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tcc-examples-'));
  fs.cpSync(path.join(projectRoot, 'examples'), workspace, { recursive: true });
  session = await CodeServerSession.start(workspace);
});

after(async () => {
  await session?.dispose();
});

test('Check Cluster Consistency opens the cluster report and fills the Problems panel with cross-file findings', { timeout: 180_000 }, async () => {
  const s = session!;
  try {
    await s.waitForActivation();
    await s.runCommand('Tomcat Cluster: Check Cluster Consistency');
    const summary = await s.waitForNotification(/Tomcat Cluster: \d+ problems? /, 60_000);
    assert.match(summary, /\d+ errors?/);

    // The report: VS Code nests a webview's page in two iframes.
    const tab = s.page.locator('.tabs-container .tab', { hasText: 'Tomcat Cluster Report' });
    await tab.first().waitFor({ state: 'visible', timeout: 30_000 });
    const report = s.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await report.locator('h1', { hasText: 'Tomcat cluster report' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await report.locator('svg.topology .box.node').count(), 3);
    const marked = await report.locator('table.nodes td.mark-error').allInnerTexts();
    assert.ok(marked.some((t) => /228\.0\.0\.5/.test(t)), `the odd Membership is marked in the node table: ${marked.join(' | ')}`);
    await s.screenshot(path.join(artifacts, 'cluster-report.png'));

    // A cross-file finding on a file that was never opened.
    await s.showProblems();
    const row = await s.waitForProblem('cluster/membership-mismatch', 'Membership address 228.0.0.5 on node tomcat2');
    assert.match(row.severity ?? '', /error/);
    assert.match(row.codeHref ?? '', /docs\/rules\/cluster\/membership-mismatch\.md$/);
    await s.screenshot(path.join(artifacts, 'cluster-problems.png'));
  } catch (e) {
    await s.screenshot(path.join(artifacts, 'cluster-report-failure.png')).catch(() => undefined);
    throw new Error(`${(e as Error).message}\n--- extension host log ---\n${s.extensionHostLog().split('\n').slice(-40).join('\n')}\n--- code-server log ---\n${s.tail('code-server.log')}`);
  }
});
