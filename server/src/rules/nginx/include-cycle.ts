import type { NginxRule } from '../rule';

/** A file that includes itself, directly or through others. */
export const includeCycle: NginxRule = {
  meta: { id: 'nginx/include-cycle', defaultSeverity: 'error', description: 'A file includes itself directly or through others.', language: 'nginx' },
  check({ configs, filePath, report }) {
    const reported = new Set<number>();
    for (const config of configs) {
      for (const p of config.problems) {
        if (p.kind !== 'cycle' || p.path !== filePath || reported.has(p.statement.start)) continue;
        reported.add(p.statement.start);
        report({ start: p.statement.args[0].start, end: p.statement.args[0].end, message: p.message });
      }
    }
  },
};
