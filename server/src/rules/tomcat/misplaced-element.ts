import type { TomcatCatalogue } from '../../model/tomcat/catalogue';
import { catalogueElement, catalogueElementNames } from '../../model/tomcat/configElements';
import { availability } from '../../model/tomcat/tomcatVersion';
import { allElements } from '../../syntax/xml/xmlQuery';
import type { XmlElement } from '../../syntax/xml/xmlDocument';
import type { XmlRule } from '../rule';
import { versionPhrase } from './configuredElements';

/**
 * A cluster or session-manager element outside the parent Tomcat allows it
 * under: the digester has no rule for it there and ignores it silently
 * (<Membership> straight under <Cluster>, <Cluster> in a <Context>, nested
 * <Member> under <Membership> before 9.0).
 */
export const misplacedElement: XmlRule = {
  meta: {
    id: 'tomcat/misplaced-element',
    defaultSeverity: 'error',
    description: 'A cluster element is outside its allowed parent, so Tomcat ignores it.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report, node }) {
    const names = catalogueElementNames(catalogue);
    const reported = new Set<XmlElement>();
    for (const element of allElements(tree)) {
      if (!names.has(element.name) || !element.parent) continue;
      if (element.parent && hasReportedAncestor(element, reported)) continue;
      const parent = element.parent;
      const containerChildren = catalogue.containers.get(parent.name);
      const found = catalogueElement(catalogue, element);
      if (found) {
        if (!found.info.since) continue;
        const version = node()?.version;
        if (availability({ since: found.info.since }, version) !== 'no') continue;
        reported.add(element);
        report({
          start: element.nameStart,
          end: element.nameEnd,
          message: `<${element.name}> under <${parent.name}> is only read from Tomcat ${found.info.since.join(' / ')} on; ${versionPhrase(version!)}, which ignores it.`,
        });
        continue;
      }
      if (containerChildren?.has(element.name)) continue;
      reported.add(element);
      const allowed = allowedParents(element.name, catalogue);
      report({
        start: element.nameStart,
        end: element.nameEnd,
        message: `<${element.name}> is not allowed under <${parent.name}>${allowed.length ? `: it belongs under ${allowed.map((p) => `<${p}>`).join(' or ')}` : ''}. Tomcat ignores it there.`,
      });
    }
  },
};

function hasReportedAncestor(element: XmlElement, reported: Set<XmlElement>): boolean {
  for (let p = element.parent; p; p = p.parent) if (reported.has(p)) return true;
  return false;
}

/** Names of the parents an element name may have, from the catalogue's element ids and the container lists. */
function allowedParents(name: string, catalogue: TomcatCatalogue): string[] {
  const out = new Set<string>();
  for (const [id, info] of catalogue.elements) {
    if (info.name !== name) continue;
    for (const parent of info.parents) out.add(parent.split('/').pop()!);
    if (id.includes('/')) out.add(id.split('/').slice(-2, -1)[0]);
  }
  for (const [container, children] of catalogue.containers) if (children.has(name)) out.add(container);
  return [...out].sort();
}
