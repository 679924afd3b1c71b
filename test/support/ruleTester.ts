/**
 * ESLint's RuleTester, for our rules: each valid case gives no finding of the
 * rule; each invalid case gives exactly the listed findings, compared by the
 * text their range covers (and the message, where given).
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../server/src/engine/checkDocument';
import type { Finding, Severity } from '../../server/src/engine/finding';
import type { FileRule } from '../../server/src/rules/rule';
import type { RuleSet } from '../../server/src/rules';
import type { FileLanguage } from '../../server/src/workspace/fileKind';
import { rangeString, textAt } from './text';

export interface RuleCase {
  name: string;
  text: string;
  /** Path the document has (decides nothing for now but the URI). */
  path?: string;
}

export interface ExpectedFinding {
  /** The exact text the range covers. */
  at: string;
  /** `line:char-line:char`, when the text alone is ambiguous. */
  range?: string;
  message?: RegExp;
  severity?: Severity;
}

export function ruleTester<Tree>(
  rule: FileRule<Tree>,
  language: FileLanguage,
  cases: { valid: RuleCase[]; invalid: (RuleCase & { findings: ExpectedFinding[] })[] },
): void {
  const rules = rulesetFor(rule, language);
  const run = (c: RuleCase): Finding[] => {
    const document = TextDocument.create(`file://${c.path ?? '/ws/conf/server.xml'}`, 'xml', 1, c.text);
    return checkDocument(document, language, { rules, log: (m) => assert.fail(`rule threw: ${m}`) }).filter((f) => f.code === rule.meta.id);
  };
  for (const c of cases.valid) {
    test(`${rule.meta.id} valid: ${c.name}`, () => {
      const found = run(c);
      assert.deepEqual(found.map((f) => `${rangeString(f.range)} ${f.message}`), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.meta.id} invalid: ${c.name}`, () => {
      const found = run(c);
      assert.equal(found.length, c.findings.length, `expected ${c.findings.length} findings, got:\n${found.map((f) => `${rangeString(f.range)} ${f.message}`).join('\n')}`);
      c.findings.forEach((expected, i) => {
        const f = found[i];
        assert.equal(textAt(c.text, f.range), expected.at, `finding ${i} range ${rangeString(f.range)}`);
        if (expected.range) assert.equal(rangeString(f.range), expected.range);
        if (expected.message) assert.match(f.message, expected.message);
        assert.equal(f.severity, expected.severity ?? rule.meta.defaultSeverity);
      });
    });
  }
}

function rulesetFor<Tree>(rule: FileRule<Tree>, language: FileLanguage): RuleSet {
  const empty: RuleSet = { xml: [] };
  if (language === 'tomcat-xml') return { ...empty, xml: [rule as never] };
  return empty;
}
