/** What one CLI run found, in the shape every output format starts from. */
import * as path from 'node:path';
import { filePathOf } from '../workspace/fileUri';
import type { Finding } from '../engine/finding';

export interface CheckReport {
  tool: { name: string; version: string };
  /** Absolute folder the output's paths are relative to. */
  root: string;
  /** Absolute paths of the files checked. */
  files: string[];
  findings: Finding[];
}

/** A finding's file, relative to the root with `/` separators (as JSON, SARIF and problem matchers want). */
export function relativePath(root: string, uriOrPath: string): string {
  const abs = filePathOf(uriOrPath) ?? uriOrPath;
  const rel = path.relative(root, abs);
  return (rel === '' ? path.basename(abs) : rel).split(path.sep).join('/');
}

/** Findings in reading order: by file, then position, then rule id. */
export function sortedFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
