import type { HttpdRule } from '../rule';

/**
 * A literal Include path that does not exist (IncludeOptional and wildcards are not errors).
 * The spec has no httpd include-cycle id, so an Include cycle, an unreadable included file and
 * too many included files are reported under this id too, each with a message that says which.
 */
export const httpdIncludeNotFound: HttpdRule = {
  meta: { id: 'httpd/include-not-found', defaultSeverity: 'error', description: 'A literal Include path that does not exist.', language: 'httpd' },
  check({ configs, filePath, report }) {
    const seen = new Set<number>();
    for (const config of configs) {
      for (const p of config.problems) {
        if (p.path !== filePath || seen.has(p.directive.start)) continue;
        seen.add(p.directive.start);
        const arg = p.directive.args[0];
        report({ start: arg.start, end: arg.end, message: p.message });
      }
    }
  },
};
