/**
 * Tomcat XML elements in catalogue terms: which catalogue element an XML
 * element is (by where it sits), and which class it creates.
 */
import type { XmlElement } from '../../syntax/xml/xmlDocument';
import { attributeValue } from '../../syntax/xml/xmlQuery';
import type { ElementInfo, TomcatCatalogue } from './catalogue';

/** Names of the elements the cluster and session-manager catalogues describe. */
export function catalogueElementNames(catalogue: TomcatCatalogue): Set<string> {
  return new Set([...catalogue.elements.values()].map((e) => e.name));
}

/**
 * The catalogue id an element would have where it sits: `Cluster/Channel/Membership`
 * for a Membership inside Channel inside Cluster, `Context/Manager` for a
 * Context's Manager. Undefined outside Cluster and Context.
 */
export function elementIdOf(element: XmlElement, maxSegments = Infinity): string | undefined {
  const names: string[] = [];
  for (let e: XmlElement | undefined = element; e && names.length < maxSegments; e = e.parent) {
    names.push(e.name);
    if (e.name === 'Cluster' || e.name === 'Context') return names.reverse().join('/');
  }
  return undefined;
}

const longestIds = new WeakMap<TomcatCatalogue, number>();

/** The most segments a catalogue id has: no element further below Cluster or Context can be in the catalogue. */
function longestId(catalogue: TomcatCatalogue): number {
  let n = longestIds.get(catalogue);
  if (n === undefined) {
    n = Math.max(0, ...[...catalogue.elements.keys()].map((id) => id.split('/').length));
    longestIds.set(catalogue, n);
  }
  return n;
}

/** The catalogue entry of an element that sits where the catalogue allows it. */
export function catalogueElement(catalogue: TomcatCatalogue, element: XmlElement): { id: string; info: ElementInfo } | undefined {
  // Bounded: walking up to the root from every element is quadratic in a deeply nested document.
  const id = elementIdOf(element, longestId(catalogue));
  const info = id ? catalogue.elements.get(id) : undefined;
  if (!id || !info) return undefined;
  // `Cluster` is catalogued only under Engine or Host; elsewhere it is misplaced.
  if (id === 'Cluster' && !info.parents.includes(element.parent?.name ?? '')) return undefined;
  return { id, info };
}

/** The class an element creates: its className, or the element's default class. */
export function classNameOf(element: XmlElement, info: ElementInfo | undefined): string | undefined {
  return attributeValue(element, 'className') ?? info?.defaultClass;
}

export function simpleName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}
