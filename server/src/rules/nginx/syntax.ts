import { isBlockDirective } from '../../model/nginx/directives';
import type { NginxRule } from '../rule';
import { statementsInContexts } from './nginxStatements';

/**
 * What nginx rejects before it looks at any directive's meaning: unbalanced
 * braces, a missing `;`, an unterminated quote, an unexpected `}` or end of
 * file (nginx's own wording), and a block directive without its block or a
 * simple directive given one.
 */
export const nginxSyntax: NginxRule = {
  meta: { id: 'nginx/syntax', defaultSeverity: 'error', description: 'The nginx configuration does not parse: braces, semicolons or quotes.', language: 'nginx' },
  check({ tree, inclusionContexts, report }) {
    for (const e of tree.errors) report({ start: e.start, end: e.end, message: e.message, related: e.related });
    const seen = new Set<number>();
    for (const { statement: s, context, opaque } of statementsInContexts(tree, inclusionContexts)) {
      if (opaque || seen.has(s.start) || s.name.endsWith('_by_lua_block')) continue;
      const block = isBlockDirective(s.name, context);
      if (block === true && !s.block) {
        seen.add(s.start);
        report({ start: s.nameStart, end: s.nameEnd, message: `directive "${s.name}" has no opening "{"` });
      } else if (block === false && s.block) {
        seen.add(s.start);
        report({ start: s.nameStart, end: s.nameEnd, message: `directive "${s.name}" is not terminated by ";"` });
      }
    }
  },
};
