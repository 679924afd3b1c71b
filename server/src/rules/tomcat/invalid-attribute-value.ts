import { checkAttributeValue } from '../../model/tomcat/attributeValues';
import { catalogueElement, classNameOf } from '../../model/tomcat/configElements';
import { isMsmManagerClass } from '../../model/tomcat/msmCatalogue';
import { allElements } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { attributeTable } from './attributeTable';
import { versionPhrase } from './configuredElements';

/**
 * A value the property cannot take: a port outside 1–65535, a non-boolean, a
 * non-number, named send options before 9.0, a broken Java regex. (Multicast
 * addresses have their own rule; msm attributes have the msm/* rules.)
 */
export const invalidAttributeValue: XmlRule = {
  meta: {
    id: 'tomcat/invalid-attribute-value',
    defaultSeverity: 'error',
    description: 'An attribute has a value its class cannot take.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report, node }) {
    for (const element of allElements(tree)) {
      const found = catalogueElement(catalogue, element);
      if (!found) continue;
      const className = classNameOf(element, found.info);
      if (isMsmManagerClass(className)) continue;
      const table = attributeTable(catalogue, className);
      if (!table) continue;
      for (const attr of element.attributes) {
        const info = table.attributes.get(attr.name);
        if (!info || info.type === 'multicastAddress') continue;
        const version = node()?.version;
        const problem = checkAttributeValue(attr.name, attr.value, info, version);
        if (!problem) continue;
        report({
          start: attr.valueStart,
          end: attr.valueEnd,
          message: problem.versionDependent && version ? `${problem.message.replace(/\.$/, '')}; ${versionPhrase(version)}.` : problem.message,
        });
      }
    }
  },
};
