import * as path from 'node:path';
import { httpdDirective, shapeCounts } from '../../model/httpd/directives';
import { allDirectives } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';
import { enclosingSection, inDirectorySection } from './httpdDirectives';

/** Directives httpd runs while it reads the file (EXEC_ON_READ): it does not hold them to a section. */
const READ_TIME = new Set(['loadmodule', 'loadfile', 'include', 'includeoptional', 'define', 'undefine']);

/**
 * What httpd refuses before it starts ("Syntax error on line N"): unclosed,
 * mismatched or stray section tags, a line continuation at the end of the
 * file, an unterminated quote, the wrong number of arguments, a flag that is
 * not On/Off, a directive where it may not appear.
 */
export const httpdSyntax: HttpdRule = {
  meta: { id: 'httpd/syntax', defaultSeverity: 'error', description: 'The httpd configuration does not parse: sections, continuations, quotes, arguments.', language: 'httpd', syntax: true },
  check({ tree, filePath, report }) {
    // A .htaccess file is itself a per-directory context.
    const htaccess = path.basename(filePath) === '.htaccess';
    for (const e of tree.errors) report({ start: e.start, end: e.end, message: e.message, related: e.related });
    for (const d of allDirectives(tree.directives)) {
      if (d.children) {
        if (d.name.toLowerCase() === 'virtualhost' && enclosingSection(d, 'virtualhost')) {
          report({ start: d.nameStart, end: d.nameEnd, message: '<VirtualHost> cannot occur within a <VirtualHost> section.' });
        }
        continue;
      }
      const info = httpdDirective(d.name);
      if (!info?.args) continue;
      const [min, max] = shapeCounts(info.args);
      const n = d.args.length;
      const range = n ? { start: d.args[0].start, end: d.args[n - 1].end } : { start: d.nameStart, end: d.nameEnd };
      if (n < min || (max !== undefined && n > max)) {
        const expected = max === undefined ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;
        report({ ...range, message: `${info.name} takes ${expected} argument${max === 1 && min === 1 ? '' : 's'}, not ${n} (${info.description}).` });
      } else if (info.args === 'FLAG' && !/^(on|off)$/i.test(d.args[0].value)) {
        report({ start: d.args[0].start, end: d.args[0].end, message: `${info.name} must be On or Off, not "${d.args[0].value}".` });
      }
      const inside = htaccess || inDirectorySection(d);
      if (info.context === 'server' && inside && !READ_TIME.has(info.name.toLowerCase())) {
        report({ start: d.nameStart, end: d.nameEnd, message: `${info.name} is not allowed here: it goes in the server configuration or a <VirtualHost>, not inside <Directory>, <Location>, <Files>, <Proxy> or <If>.` });
      } else if (info.context === 'directory' && !inside && !enclosingSection(d, 'limit') && !enclosingSection(d, 'limitexcept')) {
        report({ start: d.nameStart, end: d.nameEnd, message: `${info.name} is only allowed inside <Directory>, <Location>, <Files>, <Proxy> or <If> (or .htaccess).` });
      }
    }
  },
};
