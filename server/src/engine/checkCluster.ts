/**
 * Runs the cluster/* rules over the workspace's cluster model and turns their
 * reports (offsets in any workspace file) into findings with ranges. A rule
 * that throws is contained, like a file rule.
 */
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClusterModel } from '../model/cluster/clusterModel';
import type { Place } from '../model/cluster/place';
import { DEFAULT_RULES } from '../rules';
import type { ClusterReport, ClusterRule } from '../rules/rule';
import { effectiveSeverity, type Settings } from '../workspace/settings';
import { CancelledError } from './checkDocument';
import type { Finding, Range } from './finding';

export interface ClusterCheckOptions {
  settings?: Settings;
  rules?: ClusterRule[];
  log?: (message: string) => void;
  isCancelled?: () => boolean;
}

export function checkCluster(model: ClusterModel, options: ClusterCheckOptions = {}): Finding[] {
  const settings = options.settings ?? {};
  const documents = new Map<string, TextDocument>();
  const rangeOf = (place: Place): { uri: string; range: Range } => {
    let document = documents.get(place.path);
    if (!document) {
      document = TextDocument.create(pathToFileURL(place.path).href, 'plaintext', 0, model.textOf(place.path) ?? '');
      documents.set(place.path, document);
    }
    return { uri: document.uri, range: { start: document.positionAt(place.start), end: document.positionAt(place.end) } };
  };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? DEFAULT_RULES.cluster) {
    if (options.isCancelled?.()) throw new CancelledError();
    if (settings.rules?.[rule.meta.id] === 'off') continue;
    const report = (r: ClusterReport): void => {
      const severity = effectiveSeverity(settings, rule.meta.id, r.severity ?? rule.meta.defaultSeverity);
      if (!severity) return;
      const { uri, range } = rangeOf(r.place);
      const key = `${rule.meta.id}|${uri}|${r.place.start}|${r.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        code: rule.meta.id,
        severity,
        message: r.message,
        uri,
        range,
        related: r.related?.map((rel) => ({ ...rangeOf(rel.place), message: rel.message })),
        // A quick fix edits the file the finding is in, nothing else.
        fix: r.fix && r.fix.edits.every((e) => e.place.path === r.place.path)
          ? { title: r.fix.title, edits: r.fix.edits.map((e) => ({ range: rangeOf(e.place).range, newText: e.text })) }
          : undefined,
      });
    };
    try {
      rule.check({ model, settings, report });
    } catch (e) {
      options.log?.(`rule ${rule.meta.id} failed: ${(e as Error).stack ?? e}`);
    }
  }
  return findings;
}
