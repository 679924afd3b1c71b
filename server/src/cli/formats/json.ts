/** The CLI's JSON contract (design.md): 0-based LSP positions, paths relative to `root`. */
import { relativePath, sortedFindings, type CheckReport } from '../report';

export function formatJson(report: CheckReport): string {
  const out = {
    version: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    files: report.files.map((f) => relativePath(report.root, f)).sort(),
    diagnostics: sortedFindings(report.findings).map((f) => ({
      file: relativePath(report.root, f.uri),
      range: f.range,
      severity: f.severity,
      code: f.code,
      message: f.message,
      related: (f.related ?? []).map((r) => ({ file: relativePath(report.root, r.uri), range: r.range, message: r.message })),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
