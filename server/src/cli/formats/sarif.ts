/**
 * SARIF 2.1.0 as GitHub code scanning takes it: rules with help text, 1-based
 * regions (endColumn one past the end), repo-relative URIs, stable ruleIds.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Severity } from '../../engine/finding';
import { RULE_METAS } from '../../rules';
import { ruleDocMarkdown, ruleDocRelativePath } from '../../rules/docs';
import { relativePath, sortedFindings, type CheckReport } from '../report';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(report: CheckReport): string {
  const metas = [...RULE_METAS].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const region = (range: Finding['range']): Sarif.Region => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const location = (uri: string, range: Finding['range'], message?: string): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(relativePath(report.root, uri)), uriBaseId: '%SRCROOT%' },
      region: region(range),
    },
    ...(message ? { message: { text: message } } : {}),
  });
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: metas.map((m) => ({
              id: m.id,
              name: m.id.replace(/[/-](.)/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()),
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              help: {
                text: `${m.description} See ${ruleDocRelativePath(m.id)}.`,
                markdown: ruleDocMarkdown(m.id) ?? m.description,
              },
              defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
              properties: { tags: [m.id.split('/')[0]] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToDirUri(report.root) } },
        columnKind: 'utf16CodeUnits',
        results: sortedFindings(report.findings).map((f) => ({
          ruleId: f.code,
          ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [location(f.uri, f.range)],
          // GitHub keeps at most 10 locations per result.
          ...(f.related?.length ? { relatedLocations: f.related.slice(0, 10).map((r, i) => ({ id: i, ...location(r.uri, r.range, r.message) })) } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function pathToDirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}
