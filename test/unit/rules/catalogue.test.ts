/**
 * ESLint's checkRuleFiles, for this product: every rule the engine has is an
 * id of the public catalogue (../shared/spec/rules.md) with its default
 * severity, has a docs page and a test file; every docs page belongs to a rule.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RULE_METAS } from '../../../server/src/rules';
import { projectRoot, sharedRoot } from '../../support/paths';

const SEVERITY_LETTER = { error: 'E', warning: 'W', information: 'I', hint: 'H' } as const;

/**
 * Ids this product adds beyond the shared catalogue (never one of its areas),
 * each with why: the catalogue has no id for what they say.
 */
const PRODUCT_IDS: Record<string, string> = {
  'workspace/large-file': 'the notice that a file above the size limit got syntax checks only (issue 8: resource bounds)',
};

/** id → severity column of the catalogue table (`E`, `W`, `E/W` …). */
function catalogue(): Map<string, string> {
  const text = fs.readFileSync(path.join(sharedRoot, 'spec/rules.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const m of text.matchAll(/^\| ((?:xml|tomcat|msm|nginx|httpd|modjk|cluster)\/[a-z0-9-]+) \| ([EWIH/]+) \|/gm)) rows.set(m[1], m[2]);
  return rows;
}

test('every rule is in the public catalogue with its default severity', () => {
  const rows = catalogue();
  assert.ok(rows.size > 50, 'the catalogue was read');
  for (const meta of RULE_METAS) {
    if (PRODUCT_IDS[meta.id]) {
      assert.ok(!rows.has(meta.id) && meta.id.startsWith('workspace/'), `${meta.id}: a product id stays out of the catalogue's areas`);
      continue;
    }
    const severity = rows.get(meta.id);
    assert.ok(severity, `${meta.id} is not an id of rules.md`);
    assert.ok(severity.split('/').includes(SEVERITY_LETTER[meta.defaultSeverity]), `${meta.id}: default ${meta.defaultSeverity} vs ${severity}`);
    assert.match(meta.description, /\S/, `${meta.id} has a description`);
  }
});

test('every rule has a docs page (titled with its id) and a test file', () => {
  for (const meta of RULE_METAS) {
    const page = path.join(projectRoot, 'docs/rules', `${meta.id}.md`);
    assert.ok(fs.existsSync(page), `missing ${path.relative(projectRoot, page)}`);
    assert.equal(fs.readFileSync(page, 'utf8').split('\n')[0], `# ${meta.id}`);
    const testFile = path.join(projectRoot, 'test/unit/rules', `${meta.id}.test.ts`);
    assert.ok(fs.existsSync(testFile), `missing ${path.relative(projectRoot, testFile)}`);
  }
});

test('every docs page belongs to a rule the engine has', () => {
  const ids = new Set(RULE_METAS.map((m) => m.id));
  const docs = path.join(projectRoot, 'docs/rules');
  for (const area of fs.readdirSync(docs)) {
    if (area === 'README.md') continue;
    for (const file of fs.readdirSync(path.join(docs, area))) {
      assert.ok(ids.has(`${area}/${file.replace(/\.md$/, '')}`), `docs/rules/${area}/${file} has no rule`);
    }
  }
});

test('docs/rules/README.md indexes every rule (scripts/rule-index.mjs writes it)', () => {
  const index = fs.readFileSync(path.join(projectRoot, 'docs/rules/README.md'), 'utf8');
  for (const meta of RULE_METAS) assert.ok(index.includes(`[\`${meta.id}\`](${meta.id}.md) | ${meta.defaultSeverity} | ${meta.description} |`), `${meta.id} is in the index as it is`);
});
