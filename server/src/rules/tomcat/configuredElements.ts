/**
 * The catalogued elements of a Tomcat XML file, as the tomcat/* rules look at
 * them: where each sits, which class it creates, what the catalogue says of it,
 * and how to word the node's Tomcat version in a message.
 */
import { catalogueElement, classNameOf } from '../../model/tomcat/configElements';
import type { ClassInfo, ElementInfo, TomcatCatalogue } from '../../model/tomcat/catalogue';
import { versionSettingHint, type TomcatNode } from '../../model/tomcat/node';
import type { TomcatVersion } from '../../model/tomcat/tomcatVersion';
import { allElements } from '../../syntax/xml/xmlQuery';
import type { XmlDocument, XmlElement } from '../../syntax/xml/xmlDocument';

export interface ConfiguredElement {
  element: XmlElement;
  id: string;
  info: ElementInfo;
  className?: string;
  /** The catalogue's entry for the class, when it is a catalogued class. */
  classInfo?: ClassInfo;
}

const configured = new WeakMap<XmlDocument, { catalogue: TomcatCatalogue; elements: readonly ConfiguredElement[] }>();

/** Built once per tree and catalogue: most tomcat/* rules ask for the same list. */
export function configuredElements(tree: XmlDocument, catalogue: TomcatCatalogue): readonly ConfiguredElement[] {
  const known = configured.get(tree);
  if (known && known.catalogue === catalogue) return known.elements;
  const out: ConfiguredElement[] = [];
  for (const element of allElements(tree)) {
    const found = catalogueElement(catalogue, element);
    if (!found) continue;
    const className = classNameOf(element, found.info);
    out.push({ element, id: found.id, info: found.info, className, classInfo: className ? catalogue.classes.get(className) : undefined });
  }
  configured.set(tree, { catalogue, elements: out });
  return out;
}

/** "this node is Tomcat 9.0 (from lib/catalina.jar)". */
export function versionPhrase(version: TomcatVersion): string {
  return `this node is Tomcat ${version.label} (from ${version.source})`;
}

/** "the node's Tomcat version is unknown: set … in .tomcat-cluster.json". */
export function unknownVersionPhrase(node: TomcatNode | undefined): string {
  return node
    ? `the Tomcat version of this node is unknown: ${versionSettingHint(node)}`
    : 'the Tomcat version is unknown (the file is in no CATALINA_BASE): set "tomcatVersion" in .tomcat-cluster.json';
}
