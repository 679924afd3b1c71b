/**
 * ESLint's RuleTester, for our rules: each valid case gives no finding of the
 * rule; each invalid case gives exactly the listed findings, compared by the
 * text their range covers (and the message, where given).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../server/src/engine/checkDocument';
import type { Finding, Severity } from '../../server/src/engine/finding';
import type { FileRule } from '../../server/src/rules/rule';
import type { RuleSet } from '../../server/src/rules';
import type { FileLanguage } from '../../server/src/workspace/fileKind';
import type { Settings } from '../../server/src/workspace/settings';
import { sessionCookieNamesUnder } from '../../server/src/model/tomcat/sessionCookies';
import { DiskFileSource } from '../../server/src/workspace/fileSource';
import { rangeString, textAt } from './text';

export interface RuleCase {
  name: string;
  text: string;
  /** Path of the document, relative to the case's workspace (default conf/server.xml, nginx.conf …). */
  path?: string;
  /** Other files of the node, relative to the workspace: `lib/kryo-4.0.2.jar: ''`, `RELEASE-NOTES: '…'`. */
  files?: Record<string, string>;
  settings?: Settings;
}

const DEFAULT_PATH: Record<FileLanguage, string> = { 'tomcat-xml': 'conf/server.xml', nginx: 'nginx.conf', httpd: 'httpd.conf', modjk: 'workers.properties' };

export interface ExpectedFinding {
  /** The exact text the range covers. */
  at: string;
  /** `line:char-line:char`, when the text alone is ambiguous. */
  range?: string;
  message?: RegExp;
  severity?: Severity;
}

export function ruleTester<C>(
  rule: FileRule<C>,
  language: FileLanguage,
  cases: { valid: RuleCase[]; invalid: (RuleCase & { findings: ExpectedFinding[] })[] },
): void {
  const rules = rulesetFor(rule, language);
  const run = (c: RuleCase): Finding[] => {
    // Each case is a small workspace on disk: the document plus the node's other files.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-case-'));
    const rel = c.path ?? DEFAULT_PATH[language];
    const docPath = path.join(root, rel);
    // A Tomcat file needs a node around it (a conf/server.xml) unless it is the server.xml.
    const node = language === 'tomcat-xml' && !rel.endsWith('server.xml') ? { 'conf/server.xml': '<Server/>' } : {};
    const files = { ...node, ...c.files, [rel]: c.text };
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), content);
    }
    const document = TextDocument.create(pathToFileURL(docPath).href, { nginx: 'nginx', httpd: 'apacheconf', modjk: 'properties', 'tomcat-xml': 'xml' }[language], 1, c.text);
    try {
      const backendCookies = () => sessionCookieNamesUnder(new DiskFileSource(), [root]);
      return checkDocument(document, language, { rules, settings: c.settings, settingsDir: root, backendCookies, log: (m) => assert.fail(`rule threw: ${m}`) }).filter(
        (f) => f.code === rule.meta.id,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
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

function rulesetFor<C>(rule: FileRule<C>, language: FileLanguage): RuleSet {
  const empty: RuleSet = { xml: [], tomcat: [], nginx: [], httpd: [], modjk: [], cluster: [] };
  if (language === 'tomcat-xml') return rule.meta.id.startsWith('xml/') ? { ...empty, xml: [rule as never] } : { ...empty, tomcat: [rule as never] };
  if (language === 'nginx') return { ...empty, nginx: [rule as never] };
  if (language === 'httpd') return { ...empty, httpd: [rule as never] };
  if (language === 'modjk') return { ...empty, modjk: [rule as never] };
  return empty;
}
