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
  meta: { id: 'nginx/syntax', defaultSeverity: 'error', description: 'The nginx configuration does not parse: braces, semicolons or quotes.', language: 'nginx', syntax: true },
  check({ tree, inclusionContexts, report }) {
    for (const e of tree.errors) report({ start: e.start, end: e.end, message: e.message, related: e.related });
    // A non-breaking space copied from a web page: nginx reads it as part of a word, not as white space.
    const nbsp = /\u00a0/g;
    let m: RegExpExecArray | null;
    // Comments come in text order, as the matches do: one pointer, not a search per match (quadratic on a pasted page).
    let comment = 0;
    while ((m = nbsp.exec(tree.text))) {
      while (comment < tree.comments.length && tree.comments[comment].end <= m.index) comment++;
      const c = tree.comments[comment];
      if (c && m.index >= c.start && m.index < c.end) continue;
      report({
        start: m.index,
        end: m.index + 1,
        message: 'A non-breaking space (U+00A0, usually copied from a web page) is not white space for nginx: the words around it run together into one.',
        fix: { title: 'Replace with a space', edits: [{ start: m.index, end: m.index + 1, text: ' ' }] },
      });
    }
    // An unquoted regex with "{": nginx ends the word there and opens a block (location ~ ^/a{2}$ {).
    for (const { statement: s } of statementsInContexts(tree, [[]])) {
      const last = s.args[s.args.length - 1];
      const inner = s.block?.[0];
      if (!last || !inner || last.quote || s.blockStart !== last.end || !inner.name.includes('}')) continue;
      const regex = tree.text.slice(last.start, inner.nameEnd);
      report({
        start: last.start,
        end: inner.nameEnd,
        message: `nginx ends "${last.value}" at its "{" and reads a block there: a regular expression with "{" or "}" must be quoted ("${regex}").`,
        fix: { title: 'Quote the regular expression', edits: [{ start: last.start, end: inner.nameEnd, text: `"${regex}"` }] },
      });
    }
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
