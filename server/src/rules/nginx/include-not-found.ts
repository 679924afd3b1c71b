import type { NginxRule } from '../rule';

/** A literal include path that is not a readable file (relative paths resolve against the configuration prefix); a glob with no match is fine. */
export const includeNotFound: NginxRule = {
  meta: { id: 'nginx/include-not-found', defaultSeverity: 'error', description: 'A literal include path that does not exist.', language: 'nginx' },
  check({ configs, filePath, report }) {
    const reported = new Set<string>();
    for (const config of configs) {
      for (const p of config.problems) {
        if (p.kind === 'cycle' || p.path !== filePath) continue;
        const arg = p.statement.args[0];
        const key = `${arg.start}:${p.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report({ start: arg.start, end: arg.end, message: p.message });
      }
    }
  },
};
