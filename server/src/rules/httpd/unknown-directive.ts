import { closestName } from '../../model/closestName';
import { allHttpdDirectiveNames, httpdDirective, httpdSection } from '../../model/httpd/directives';
import { allDirectives } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';

/** A directive no module of the catalogue knows: httpd stops with "Invalid command '…', perhaps misspelled or defined by a module not included in the server configuration". */
export const httpdUnknownDirective: HttpdRule = {
  meta: { id: 'httpd/unknown-directive', defaultSeverity: 'warning', description: 'A directive no module in the catalogue knows.', language: 'httpd' },
  check({ tree, settings, report }) {
    const extra = new Set((settings.httpd?.directives ?? []).map((n) => n.toLowerCase()));
    for (const d of allDirectives(tree.directives)) {
      if (extra.has(d.name.toLowerCase())) continue;
      if (d.children ? httpdSection(d.name) : httpdDirective(d.name)) continue;
      const suggestion = d.name.length >= 3 && !d.children ? closestName(d.name, allHttpdDirectiveNames()) : undefined;
      report({
        start: d.nameStart,
        end: d.nameEnd,
        message:
          `Invalid command '${d.children ? '<' : ''}${d.name}': no module of the catalogue (core, mod_proxy*, mod_headers, mod_rewrite, mod_jk …) defines it` +
          (suggestion ? `; did you mean ${suggestion}?` : '.') +
          ` A third-party module's directive can be declared in .tomcat-cluster.json ("httpd": {"directives": ["${d.name}"]}).`,
        fix: suggestion ? { title: `Replace with ${suggestion}`, edits: [{ start: d.nameStart, end: d.nameEnd, text: suggestion }] } : undefined,
      });
    }
  },
};
