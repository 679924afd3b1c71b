/**
 * The configurations of the seed documents (../shared/seeds), rebuilt as
 * fixture workspaces under test/fixtures/seeds/ (a folder per Tomcat with
 * conf/ and lib/): each gets exactly the findings its expected-findings.json
 * lists — what a Tomcat expert says of it (the reasons are in each README) —
 * and no others.
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

const seeds = path.join(fixturesRoot, 'seeds');

for (const name of fs.readdirSync(seeds).sort()) {
  const folder = path.join(seeds, name);
  if (!fs.statSync(folder).isDirectory()) continue;
  test(`seed fixture ${name}: exactly the expert's findings`, () => {
    assert.ok(fs.existsSync(path.join(folder, 'README.md')), 'each seed fixture says what it shows');
    const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected-findings.json'), 'utf8')) as { file: string; line: number; code: string }[];
    const settingsFile = path.join(folder, '.tomcat-cluster.json');
    const settings = fs.existsSync(settingsFile) ? loadSettingsFile(settingsFile, RULE_IDS) : {};
    const result = checkWorkspace([folder], { settings, settingsDir: folder });
    const actual = result.findings
      .map((f) => `${path.relative(folder, fileURLToPath(f.uri)).split(path.sep).join('/')}:${f.range.start.line + 1} ${f.code}`)
      .sort();
    assert.deepEqual(actual, expected.map((e) => `${e.file}:${e.line} ${e.code}`).sort());
  });
}
