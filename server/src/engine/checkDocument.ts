/**
 * Runs the rules of one file's language over its parsed tree. A rule that
 * throws is contained: logged, and the other rules' findings are kept.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RULES, type RuleSet } from '../rules';
import type { FileRule, OffsetReport } from '../rules/rule';
import { parseXml } from '../syntax/xml/xmlDocument';
import type { FileLanguage } from '../workspace/fileKind';
import { effectiveSeverity, type Settings } from '../workspace/settings';
import type { Finding } from './finding';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface CheckOptions {
  settings?: Settings;
  rules?: RuleSet;
  /** Where a rule's exception goes; the check itself goes on. */
  log?: (message: string) => void;
  /** Checked between rules; when it says yes the check stops with CancelledError. */
  isCancelled?: () => boolean;
}

export function checkDocument(document: TextDocument, language: FileLanguage, options: CheckOptions = {}): Finding[] {
  const rules = options.rules ?? DEFAULT_RULES;
  switch (language) {
    case 'tomcat-xml':
      return runRules(document, parseXml(document.getText()), rules.xml, options);
    default:
      // nginx, httpd and mod_jk rules arrive with their parsers.
      return [];
  }
}

function runRules<Tree>(document: TextDocument, tree: Tree, rules: FileRule<Tree>[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const settings = options.settings ?? {};
  for (const rule of rules) {
    if (options.isCancelled?.()) throw new CancelledError();
    if (settings.rules?.[rule.meta.id] === 'off') continue;
    const report = (r: OffsetReport): void => {
      const severity = effectiveSeverity(settings, rule.meta.id, r.severity ?? rule.meta.defaultSeverity);
      if (!severity) return;
      findings.push({
        code: rule.meta.id,
        severity,
        message: r.message,
        uri: document.uri,
        range: { start: document.positionAt(r.start), end: document.positionAt(r.end) },
        related: r.related?.map((rel) => ({
          uri: rel.uri ?? document.uri,
          range: { start: document.positionAt(rel.start), end: document.positionAt(rel.end) },
          message: rel.message,
        })),
        fix: r.fix,
      });
    };
    try {
      rule.check({ document, tree, report });
    } catch (e) {
      options.log?.(`rule ${rule.meta.id} failed on ${document.uri}: ${(e as Error).stack ?? e}`);
    }
  }
  return findings;
}
