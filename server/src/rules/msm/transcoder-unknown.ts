import { closestName } from '../../model/closestName';
import { MSM_CATALOGUE, MSM_PACKAGE } from '../../model/tomcat/msmCatalogue';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** A transcoderFactoryClass in msm's package that is no msm factory: a typo Tomcat finds only at start. */
export const transcoderUnknown: XmlRule = {
  meta: {
    id: 'msm/transcoder-unknown',
    defaultSeverity: 'warning',
    description: 'transcoderFactoryClass is in de.javakaffee.web.msm but is no known factory.',
    language: 'tomcat-xml',
  },
  check(context) {
    const known = MSM_CATALOGUE.transcoders.map((t) => t.className);
    for (const m of managersOf(context)) {
      const attr = m.transcoderAttribute;
      if (!attr || !attr.value.startsWith(MSM_PACKAGE) || known.includes(attr.value.trim())) continue;
      const suggestion = closestName(attr.value.trim(), known);
      context.report({
        start: attr.valueStart,
        end: attr.valueEnd,
        message: `${attr.value} is no transcoder factory of memcached-session-manager.${suggestion ? ` Did you mean ${suggestion}?` : ` Known: ${known.join(', ')}.`}`,
        fix: suggestion ? { title: `Replace with ${suggestion}`, edits: [{ start: attr.valueStart, end: attr.valueEnd, text: suggestion }] } : undefined,
      });
    }
  },
};
