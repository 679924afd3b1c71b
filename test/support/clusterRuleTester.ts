/**
 * RuleTester for the cross-file cluster/* rules: each case is a small
 * workspace on disk (a map of relative paths to contents, with an optional
 * settings file); the whole workspace check runs with only the rule under
 * test, and the findings are compared as `file:line` plus the exact text
 * their range covers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../../server/src/engine/checkWorkspace';
import type { Finding, Severity } from '../../server/src/engine/finding';
import type { ClusterRule } from '../../server/src/rules/rule';
import type { Settings } from '../../server/src/workspace/settings';
import { textAt } from './text';

export interface ClusterCase {
  name: string;
  /** Relative path → content of each file of the workspace. */
  files: Record<string, string>;
  settings?: Settings;
}

export interface ExpectedClusterFinding {
  /** Relative path of the file the finding is on. */
  file: string;
  /** The exact text its range covers. */
  at: string;
  message?: RegExp;
  /** Relative paths of the related locations, in order, when they matter. */
  related?: string[];
  /** The text after the quick fix, for the file the finding is on. */
  fixed?: string;
  /** The finding must offer no quick fix. */
  noFix?: true;
}

export function writeWorkspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-case-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

export function runClusterRule(rule: ClusterRule, c: ClusterCase): { root: string; findings: Finding[] } {
  const root = writeWorkspace(c.files);
  const result = checkWorkspace([root], {
    settings: c.settings ?? {},
    settingsDir: root,
    rules: { xml: [], tomcat: [], nginx: [], httpd: [], modjk: [], cluster: [rule] },
  });
  return { root, findings: result.findings };
}

export function clusterRuleTester(rule: ClusterRule, cases: { valid: ClusterCase[]; invalid: (ClusterCase & { findings: ExpectedClusterFinding[] })[] }): void {
  for (const c of cases.valid) {
    test(`${rule.meta.id} valid: ${c.name}`, () => {
      const { root, findings } = runClusterRule(rule, c);
      fs.rmSync(root, { recursive: true, force: true });
      assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.meta.id} invalid: ${c.name}`, () => {
      const { root, findings } = runClusterRule(rule, c);
      after(() => fs.rmSync(root, { recursive: true, force: true }));
      const rel = (uri: string): string => path.relative(root, fileURLToPath(uri)).split(path.sep).join('/');
      const describe = (f: Finding): string => `${rel(f.uri)}:${f.range.start.line + 1} "${textAt(c.files[rel(f.uri)] ?? '', f.range)}" ${f.message}`;
      assert.equal(findings.length, c.findings.length, `expected ${c.findings.length} findings, got:\n${findings.map(describe).join('\n')}`);
      const sorted = [...findings].sort((a, b) => rel(a.uri).localeCompare(rel(b.uri)) || a.range.start.line - b.range.start.line);
      const expected = [...c.findings].sort((a, b) => a.file.localeCompare(b.file));
      expected.forEach((e, i) => {
        const f = sorted.find((x, j) => j >= 0 && rel(x.uri) === e.file && textAt(c.files[e.file], x.range) === e.at);
        assert.ok(f, `no finding on ${e.file} at "${e.at}"; got:\n${sorted.map(describe).join('\n')}`);
        assert.equal(f.severity, rule.meta.defaultSeverity as Severity);
        if (e.message) assert.match(f.message, e.message);
        if (e.related) assert.deepEqual(f.related?.map((r) => rel(r.uri)), e.related);
        if (e.noFix) assert.equal(f.fix, undefined, 'no quick fix');
        if (e.fixed !== undefined) {
          assert.ok(f.fix, 'a quick fix');
          assert.equal(applyEdits(c.files[e.file], f.fix.edits), e.fixed);
        }
        void i;
      });
    });
  }
}

function applyEdits(text: string, edits: { range: Finding['range']; newText: string }[]): string {
  const offset = (p: { line: number; character: number }): number => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
