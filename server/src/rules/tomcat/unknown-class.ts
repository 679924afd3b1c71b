import { closestName } from '../../model/closestName';
import { simpleName } from '../../model/tomcat/configElements';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { configuredElements } from './configuredElements';

/** A className in org.apache.catalina.* that is no Tomcat class valid for its element (a typo, or the wrong element). */
export const unknownClass: XmlRule = {
  meta: {
    id: 'tomcat/unknown-class',
    defaultSeverity: 'error',
    description: 'A className in org.apache.catalina.* is no Tomcat class valid for that element.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, info, className } of configuredElements(tree, catalogue)) {
      const attr = attribute(element, 'className');
      if (!attr || !className || !className.startsWith('org.apache.catalina.')) continue;
      // Listener, MembershipListener, ChannelListener: any class of the right interface; Tomcat ships none of its own.
      if (info.classes.length === 0 || info.classes.includes(className)) continue;
      const suggestion = closestName(className, info.classes) ?? closestBySimpleName(className, info.classes);
      const elsewhere = catalogue.classes.has(className) ? ` ${simpleName(className)} belongs on another element.` : '';
      report({
        start: attr.valueStart,
        end: attr.valueEnd,
        message:
          `${className} is no Tomcat class for <${element.name}>.${elsewhere}` +
          (suggestion ? ` Did you mean ${suggestion}?` : ` Valid classes: ${info.classes.map(simpleName).join(', ')}.`),
        fix: suggestion ? { title: `Replace with ${suggestion}`, edits: [{ start: attr.valueStart, end: attr.valueEnd, text: suggestion }] } : undefined,
      });
    }
  },
};

function closestBySimpleName(className: string, candidates: string[]): string | undefined {
  const simple = closestName(simpleName(className), candidates.map(simpleName));
  return simple ? candidates.find((c) => simpleName(c) === simple) : undefined;
}
