/**
 * Writing a config in a real VS Code: in server.xml, type "<Clu" inside the
 * Engine, accept the Cluster snippet from completion, and the file stays
 * clean; the new DeltaManager makes cluster/distributable-missing appear on
 * the app's web.xml, and the quick fix from the lightbulb inserts
 * <distributable/>, after which the finding is gone. Screenshots in
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
let workspace: string;

before(async () => {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tcc-editing-'));
  fs.cpSync(path.join(fixturesRoot, 'editing-node'), workspace, { recursive: true });
  session = await CodeServerSession.start(workspace);
});

after(async () => {
  await session?.dispose();
});

test('the Cluster snippet from completion checks clean, and the lightbulb’s quick fix inserts <distributable/>', { timeout: 240_000 }, async () => {
  const s = session!;
  const page = s.page;
  const goToLine = async (line: number): Promise<void> => {
    await page.keyboard.press('ControlOrMeta+G');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
  };
  try {
    await s.waitForActivation();
    await s.openFile('tomcat1/conf/server.xml');
    // Line 7 is the empty line inside <Engine>.
    await goToLine(7);
    await page.keyboard.type('      <Clu');
    await page.keyboard.press('ControlOrMeta+Space');
    const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'DeltaManager, multicast membership' }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    await item.click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+S');
    await s.screenshot(path.join(artifacts, 'snippet-inserted.png'));
    await poll('the snippet saved to disk', 20_000, () => /SimpleTcpCluster[\s\S]*DeltaManager/.test(fs.readFileSync(path.join(workspace, 'tomcat1/conf/server.xml'), 'utf8')));

    await s.showProblems();
    // The Cluster now replicates, so the app without <distributable/> is told (a cross-file finding on an unopened file).
    await s.waitForProblem('cluster/distributable-missing', 'shop on node tomcat1 is not <distributable/>', 60_000);
    // A file's row reads "server.xml tomcat1/conf"; the web.xml finding's related line ("server.xml[Ln 9, …]") does not count.
    const serverXmlErrors = await page.locator('.markers-panel .monaco-list-row', { hasText: /server\.xml\s*tomcat1\/conf/ }).count();
    assert.equal(serverXmlErrors, 0, 'the inserted snippet gives server.xml no problem');

    await s.openFile('tomcat1/webapps/shop/WEB-INF/web.xml');
    await goToLine(2);
    await page.keyboard.press('End');
    // The lightbulb menu can open before the code actions arrive, or miss the first Enter while it animates in: retry.
    const fixed = (): boolean => /<distributable\/>/.test(fs.readFileSync(path.join(workspace, 'tomcat1/webapps/shop/WEB-INF/web.xml'), 'utf8'));
    for (let attempt = 0; attempt < 4 && !fixed(); attempt++) {
      await page.keyboard.press('Escape');
      await goToLine(2);
      await page.keyboard.press('End');
      await page.keyboard.press('ControlOrMeta+Period');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert <distributable/>' }).first();
      if (!(await fix.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false))) continue;
      if (attempt === 0) await s.screenshot(path.join(artifacts, 'quick-fix.png'));
      for (let i = 0; i < 5 && !(await fix.evaluate((el) => el.classList.contains('focused')).catch(() => false)); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      await page.keyboard.press('ControlOrMeta+S');
      await poll('<distributable/> saved', 8_000, fixed).catch(() => undefined);
    }
    await poll('<distributable/> saved', 20_000, () => /<distributable\/>/.test(fs.readFileSync(path.join(workspace, 'tomcat1/webapps/shop/WEB-INF/web.xml'), 'utf8')));
    await poll('the finding gone from the Problems panel', 60_000, async () =>
      (await page.locator('.markers-panel .monaco-list-row .marker-code', { hasText: 'cluster/distributable-missing' }).count()) === 0,
    );
    await s.screenshot(path.join(artifacts, 'quick-fix-applied.png'));
  } catch (e) {
    await s.screenshot(path.join(artifacts, 'editing-failure.png')).catch(() => undefined);
    throw new Error(`${(e as Error).message}\n--- extension host log ---\n${s.extensionHostLog().split('\n').slice(-40).join('\n')}`);
  }
});

async function poll(what: string, timeoutMs: number, condition: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
