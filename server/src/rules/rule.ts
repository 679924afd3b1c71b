/**
 * A rule: one file per rule id, ESLint-style: `meta` says what it is, `check`
 * looks at one parsed file and reports through its context.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../engine/finding';
import type { FileLanguage } from '../workspace/fileKind';
import type { XmlDocument } from '../syntax/xml/xmlDocument';

export interface RuleMeta {
  /** `area/kebab-name`, a public contract: never renamed once released. */
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in SARIF and in the rule list. */
  description: string;
  /** Which kind of file the rule looks at. */
  language: FileLanguage;
}

/** Offsets into the document's text; the engine turns them into positions. */
export interface OffsetReport {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this one report (rules with two severities). */
  severity?: Severity;
  related?: { uri?: string; start: number; end: number; message: string }[];
  fix?: unknown;
}

export interface FileRuleContext<Tree> {
  document: TextDocument;
  tree: Tree;
  report(report: OffsetReport): void;
}

export interface FileRule<Tree> {
  meta: RuleMeta;
  check(context: FileRuleContext<Tree>): void;
}

export type XmlRule = FileRule<XmlDocument>;
