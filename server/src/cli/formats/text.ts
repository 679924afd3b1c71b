/** `path:line:col: severity code: message`, 1-based, so terminals and VS Code problem matchers link it. */
import { SEVERITIES, type Severity } from '../../engine/finding';
import { relativePath, sortedFindings, type CheckReport } from '../report';

const PLURAL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['information', 'information'],
  hint: ['hint', 'hints'],
};

export function formatText(report: CheckReport): string {
  const lines: string[] = [];
  for (const f of sortedFindings(report.findings)) {
    const file = relativePath(report.root, f.uri);
    lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}`);
  }
  const counts = SEVERITIES.map((s) => {
    const n = report.findings.filter((f) => f.severity === s).length;
    return `${n} ${PLURAL[s][n === 1 ? 0 : 1]}`;
  });
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked`;
  if (lines.length > 0) lines.push('');
  lines.push(report.findings.length === 0 ? `No problems (${files}).` : `${report.findings.length} problem${report.findings.length === 1 ? '' : 's'} (${counts.join(', ')}) in ${files}.`);
  return lines.join('\n') + '\n';
}
