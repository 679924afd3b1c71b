import { closestName } from '../../model/closestName';
import { allDirectiveNames, isKnownDirective, thirdPartyModule } from '../../model/nginx/directives';
import type { NginxRule } from '../rule';
import { statementsInContexts } from './nginxStatements';

/** No known directive is longer: the prefixes tried stop there (a 200,000-character word made this quadratic). */
const LONGEST_DIRECTIVE = Math.max(...allDirectiveNames().map((n) => n.length));

/** The longest known directive the name starts with, when the rest cannot continue a directive name (contains "." or "/"). */
function gluedDirective(name: string): string | undefined {
  for (let i = Math.min(name.length - 1, LONGEST_DIRECTIVE); i >= 2; i--) {
    const head = name.slice(0, i);
    if (isKnownDirective(head) && /[./$"']/.test(name.slice(i))) return head;
  }
  return undefined;
}

/** A directive no nginx module defines (the @nginx/reference-lib list, plus the third-party names the settings declare). */
export const unknownDirective: NginxRule = {
  meta: { id: 'nginx/unknown-directive', defaultSeverity: 'error', description: 'A directive no nginx module defines.', language: 'nginx' },
  check({ tree, inclusionContexts, settings, report }) {
    const extra = new Set(settings.nginx?.directives ?? []);
    const seen = new Set<number>();
    for (const { statement: s, opaque } of statementsInContexts(tree, inclusionContexts)) {
      if (opaque || seen.has(s.start) || isKnownDirective(s.name) || extra.has(s.name)) continue;
      seen.add(s.start);
      // A non-breaking space inside the name is nginx/syntax's finding, with its own fix.
      if (s.name.includes('\u00a0')) continue;
      const module = thirdPartyModule(s.name);
      if (module) {
        report({
          start: s.nameStart,
          end: s.nameEnd,
          severity: 'information',
          message: `"${s.name}" comes from the third-party module ${module}: nginx accepts it only when built with that module (declare it in .tomcat-cluster.json, "nginx": {"directives": ["${s.name}"]}, to say it is).`,
        });
        continue;
      }
      // A directive glued to its first argument ("indexindex.jsp", what some blogs' HTML makes of "index index.jsp").
      const glued = gluedDirective(s.name);
      if (glued) {
        const split = `${glued} ${s.name.slice(glued.length)}`;
        report({
          start: s.nameStart,
          end: s.nameEnd,
          message: `unknown directive "${s.name}": it reads as the "${glued}" directive glued to its argument; did you mean "${split}"?`,
          fix: { title: `Write "${split}"`, edits: [{ start: s.nameStart + glued.length, end: s.nameStart + glued.length, text: ' ' }] },
        });
        continue;
      }
      const suggestion = s.name.length >= 3 ? closestName(s.name, allDirectiveNames()) : undefined;
      const declarable = /^[a-z_][a-z0-9_]*$/.test(s.name);
      report({
        start: s.nameStart,
        end: s.nameEnd,
        message:
          `unknown directive "${s.name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}` +
          (declarable ? ` (a third-party module's directive can be declared in .tomcat-cluster.json: "nginx": {"directives": ["${s.name}"]})` : ''),
        fix: suggestion ? { title: `Replace with ${suggestion}`, edits: [{ start: s.nameStart, end: s.nameEnd, text: suggestion }] } : undefined,
      });
    }
  },
};
