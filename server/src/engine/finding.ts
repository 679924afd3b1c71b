/**
 * What the engine reports, in editor terms (0-based line/character in UTF-16
 * code units, as LSP and VS Code count them). Only the front ends turn these
 * into LSP diagnostics, CLI lines, JSON or SARIF.
 */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface RelatedLocation {
  /** file:// URI of the other side of the finding. */
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  /** The rule id: `area/kebab-name` (see docs/rules). */
  code: string;
  severity: Severity;
  message: string;
  /** file:// URI of the file the finding is about. */
  uri: string;
  range: Range;
  related?: RelatedLocation[];
  /** The quick fix, for rules whose fix is mechanical: edits of this file. */
  fix?: Fix;
}

export interface Fix {
  title: string;
  edits: { range: Range; newText: string }[];
}
