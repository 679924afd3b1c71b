import { closestName } from '../../model/closestName';
import { allDirectiveNames, isKnownDirective, thirdPartyModule } from '../../model/nginx/directives';
import type { NginxRule } from '../rule';
import { statementsInContexts } from './nginxStatements';

/** A directive no nginx module defines (the @nginx/reference-lib list, plus the third-party names the settings declare). */
export const unknownDirective: NginxRule = {
  meta: { id: 'nginx/unknown-directive', defaultSeverity: 'error', description: 'A directive no nginx module defines.', language: 'nginx' },
  check({ tree, settings, report }) {
    const extra = new Set(settings.nginx?.directives ?? []);
    for (const { statement: s, opaque } of statementsInContexts(tree, [[]])) {
      if (opaque || isKnownDirective(s.name) || extra.has(s.name)) continue;
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
      const suggestion = closestName(s.name, allDirectiveNames());
      report({
        start: s.nameStart,
        end: s.nameEnd,
        message: `unknown directive "${s.name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (a third-party module's directive can be declared in .tomcat-cluster.json: "nginx": {"directives": ["${s.name}"]})`,
        fix: suggestion ? { title: `Replace with ${suggestion}`, edits: [{ start: s.nameStart, end: s.nameEnd, text: suggestion }] } : undefined,
      });
    }
  },
};
