/** Finding (engine, editor terms) → LSP Diagnostic: code, doc link, related information. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/finding';
import { ruleDocUrl } from '../rules/docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'tomcat-cluster';

export function toDiagnostic(finding: Finding): Diagnostic {
  const href = ruleDocUrl(finding.code);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
    ...(finding.fix !== undefined ? { data: finding.fix } : {}),
  };
}
