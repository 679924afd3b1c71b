import { allowedContexts, allowedIn, isKnownDirective } from '../../model/nginx/directives';
import type { NginxRule } from '../rule';
import { statementsInContexts } from './nginxStatements';

/** A directive in a block where nginx does not allow it (in the context the file is included in). */
export const directiveNotAllowed: NginxRule = {
  meta: { id: 'nginx/directive-not-allowed', defaultSeverity: 'error', description: 'A directive in a block where nginx does not allow it.', language: 'nginx' },
  check({ tree, inclusionContexts, report }) {
    const reported = new Set<number>();
    for (const { statement: s, context, opaque } of statementsInContexts(tree, inclusionContexts)) {
      if (opaque || reported.has(s.start) || !isKnownDirective(s.name) || allowedIn(s.name, context)) continue;
      reported.add(s.start);
      const where = context.path.length ? context.path.join(' > ') : 'the top level (main)';
      report({
        start: s.nameStart,
        end: s.nameEnd,
        message: `"${s.name}" directive is not allowed here (${where}); it belongs in ${allowedContexts(s.name, context).join(', ')}.`,
      });
    }
  },
};
