import { simpleName } from '../../model/tomcat/configElements';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { configuredElements } from './configuredElements';

/** An element under <Cluster> without the className the digester needs to create it. */
export const missingClassname: XmlRule = {
  meta: {
    id: 'tomcat/missing-classname',
    defaultSeverity: 'error',
    description: 'A cluster element has no className; Tomcat cannot create it and does not start.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, info } of configuredElements(tree, catalogue)) {
      if (!info.classNameRequired || attribute(element, 'className')) continue;
      const only = info.classes.length === 1 ? info.classes[0] : undefined;
      const examples = info.classes.slice(0, 2).map(simpleName).join(' or ');
      report({
        start: element.nameStart,
        end: element.nameEnd,
        message: `<${element.name}> has no className: Tomcat's digester creates it from className and fails without one${examples ? ` (for example ${examples})` : ''}.`,
        fix: only ? { title: `Add className="${only}"`, edits: [{ start: element.nameEnd, end: element.nameEnd, text: ` className="${only}"` }] } : undefined,
      });
    }
  },
};
