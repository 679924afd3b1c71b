/**
 * The seeds' setups rebuilt as multi-node workspaces under
 * test/fixtures/clusters/ (a balancer in front of two Tomcats, memcached where
 * used): each gets exactly the cross-file findings its
 * expected-cluster-findings.json lists — written from the expert's view
 * before the rules existed; the reasons are in each README — and no other
 * cluster/* finding.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import { RULE_IDS } from '../../../server/src/rules';
import { loadSettingsFile } from '../../../server/src/workspace/settings';
import { fixturesRoot } from '../../support/paths';

const clusters = path.join(fixturesRoot, 'clusters');

for (const name of fs.readdirSync(clusters).sort()) {
  const folder = path.join(clusters, name);
  if (!fs.statSync(folder).isDirectory()) continue;
  test(`cluster fixture ${name}: exactly the expert's cross-file findings`, () => {
    assert.ok(fs.existsSync(path.join(folder, 'README.md')), 'each cluster fixture says what it shows');
    const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected-cluster-findings.json'), 'utf8')) as { file: string; line: number; code: string }[];
    const settingsFile = path.join(folder, '.tomcat-cluster.json');
    const settings = fs.existsSync(settingsFile) ? loadSettingsFile(settingsFile, RULE_IDS) : {};
    const result = checkWorkspace([folder], { settings, settingsDir: folder });
    const actual = result.findings
      .filter((f) => f.code.startsWith('cluster/'))
      .map((f) => `${path.relative(folder, fileURLToPath(f.uri)).split(path.sep).join('/')}:${f.range.start.line + 1} ${f.code}`)
      .sort();
    assert.deepEqual(actual, expected.map((e) => `${e.file}:${e.line} ${e.code}`).sort());
  });
}
