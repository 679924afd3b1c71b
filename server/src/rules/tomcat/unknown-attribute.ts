import { closestName } from '../../model/closestName';
import { availability, describeAvailability } from '../../model/tomcat/tomcatVersion';
import { allElements } from '../../syntax/xml/xmlQuery';
import { catalogueElement, classNameOf } from '../../model/tomcat/configElements';
import type { XmlRule } from '../rule';
import { attributeTable } from './attributeTable';
import { versionPhrase } from './configuredElements';

/**
 * An attribute that is no property of the element's class (in the node's
 * version): Tomcat logs "failed to set property" (older releases: "did not
 * find a matching property") and ignores it,
 * so the setting the user meant never applies.
 */
export const unknownAttribute: XmlRule = {
  meta: {
    id: 'tomcat/unknown-attribute',
    defaultSeverity: 'warning',
    description: "An attribute is no property of the element's class in that version; Tomcat ignores it.",
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report, node, document }) {
    const text = document.getText();
    for (const element of allElements(tree)) {
      const found = catalogueElement(catalogue, element);
      if (!found) continue;
      const table = attributeTable(catalogue, classNameOf(element, found.info));
      if (!table) continue;
      for (const attr of element.attributes) {
        if (attr.name === 'className' || attr.name.startsWith('xmlns')) continue;
        const known = table.attributes.get(attr.name);
        // The whole ` name="value"`, for a fix that removes it.
        let removeStart = attr.nameStart;
        while (removeStart > 0 && /\s/.test(text[removeStart - 1])) removeStart--;
        const remove = { title: `Remove ${attr.name}`, edits: [{ start: removeStart, end: Math.min(text.length, attr.valueEnd + 1), text: '' }] };
        if (!known) {
          const suggestion = closestName(attr.name, table.attributes.keys());
          report({
            start: attr.nameStart,
            end: attr.nameEnd,
            message: `${attr.name} is no property of ${table.owner}: Tomcat logs that it failed to set the property and ignores it.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
            // With the right spelling already on the element, a rename would repeat it (not well-formed XML).
            fix: suggestion && !element.attributes.some((a) => a.name === suggestion) ? { title: `Rename to ${suggestion}`, edits: [{ start: attr.nameStart, end: attr.nameEnd, text: suggestion }] } : remove,
          });
          continue;
        }
        const version = node()?.version;
        if (availability(known, version) === 'no') {
          report({
            start: attr.nameStart,
            end: attr.nameEnd,
            message: `${attr.name} is no property of ${table.owner} in this Tomcat (${describeAvailability(known)}); ${versionPhrase(version!)}. Tomcat ignores it.`,
            fix: remove,
          });
        }
      }
    }
  },
};
