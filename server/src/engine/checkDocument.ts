/**
 * Runs the rules of one file's language over its parsed tree. A rule that
 * throws is contained: logged, and the other rules' findings are kept.
 * Semantic rules run only on a well-formed tree: on a half-typed document the
 * syntax error is the finding (the language server keeps the last good
 * semantic findings meanwhile).
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TOMCAT_CATALOGUE } from '../model/tomcat/catalogue';
import type { TomcatApp, TomcatNode } from '../model/tomcat/node';
import { TomcatNodes } from '../model/tomcat/nodes';
import { tomcatFileInfo } from '../model/tomcat/tomcatFiles';
import { DEFAULT_RULES, type RuleSet } from '../rules';
import type { FileRule, FileRuleContext, OffsetReport, TomcatRuleContext } from '../rules/rule';
import { parseXml, type XmlDocument } from '../syntax/xml/xmlDocument';
import type { FileLanguage } from '../workspace/fileKind';
import { DiskFileSource } from '../workspace/fileSource';
import { effectiveSeverity, type Settings } from '../workspace/settings';
import type { Finding } from './finding';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface CheckOptions {
  settings?: Settings;
  /** Folder of the settings file; node keys in `settings.nodes` are relative to it. */
  settingsDir?: string;
  rules?: RuleSet;
  /** The workspace's nodes (shared across files); a private one is made when absent. */
  nodes?: TomcatNodes;
  /** Where a rule's exception goes; the check itself goes on. */
  log?: (message: string) => void;
  /** Checked between rules; when it says yes the check stops with CancelledError. */
  isCancelled?: () => boolean;
}

export interface DocumentCheck {
  findings: Finding[];
  /** False when the file has syntax errors, so its semantic rules did not run. */
  wellFormed: boolean;
}

export function checkDocument(document: TextDocument, language: FileLanguage, options: CheckOptions = {}): Finding[] {
  return checkDocumentDetailed(document, language, options).findings;
}

export function checkDocumentDetailed(document: TextDocument, language: FileLanguage, options: CheckOptions = {}): DocumentCheck {
  const rules = options.rules ?? DEFAULT_RULES;
  switch (language) {
    case 'tomcat-xml': {
      const tree = parseXml(document.getText());
      const context = tomcatContext(document, tree, options);
      const wellFormed = tree.errors.length === 0;
      const findings = runRules(document, context, rules.xml, options);
      if (wellFormed) findings.push(...runRules(document, context, rules.tomcat, options));
      return { findings, wellFormed };
    }
    default:
      // nginx, httpd and mod_jk rules arrive with their parsers.
      return { findings: [], wellFormed: true };
  }
}

function tomcatContext(document: TextDocument, tree: XmlDocument, options: CheckOptions): Omit<TomcatRuleContext, 'report'> {
  const filePath = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : document.uri;
  const settings = options.settings ?? {};
  const file = tomcatFileInfo(filePath);
  let nodes = options.nodes;
  let node: TomcatNode | undefined | null = null;
  const getNode = (): TomcatNode | undefined => {
    if (node === null) {
      nodes ??= new TomcatNodes(new DiskFileSource(), { settings, settingsDir: options.settingsDir });
      node = document.uri.startsWith('file:') ? nodes.nodeFor(filePath) : undefined;
    }
    return node;
  };
  const getApp = (): TomcatApp | undefined => {
    if (!file?.app) return undefined;
    return getNode()?.apps.get(file.app);
  };
  return { document, tree, file, filePath, node: getNode, app: getApp, catalogue: TOMCAT_CATALOGUE, settings };
}

function runRules<C extends FileRuleContext<unknown>>(
  document: TextDocument,
  base: Omit<C, 'report'>,
  rules: FileRule<C>[],
  options: CheckOptions,
): Finding[] {
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
        related: r.related?.map((rel) =>
          rel.uri === undefined
            ? { uri: document.uri, range: { start: document.positionAt(rel.start), end: document.positionAt(rel.end) }, message: rel.message }
            : rel,
        ),
        fix: r.fix && {
          title: r.fix.title,
          edits: r.fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text })),
        },
      });
    };
    try {
      rule.check({ ...base, report } as C);
    } catch (e) {
      options.log?.(`rule ${rule.meta.id} failed on ${document.uri}: ${(e as Error).stack ?? e}`);
    }
  }
  return findings;
}
