/** Small questions about a positioned XML tree. */
import type { XmlAttribute, XmlDocument, XmlElement } from './xmlDocument';

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}

export function attributeValue(element: XmlElement, name: string): string | undefined {
  return attribute(element, name)?.value;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return name === undefined ? element.children : element.children.filter((c) => c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

const documentElements = new WeakMap<XmlDocument, readonly XmlElement[]>();

/**
 * Every element of the document (or subtree), depth first, in document order.
 * A document's list is built once: a dozen rules walk the same tree per check.
 */
export function allElements(document: XmlDocument | XmlElement): readonly XmlElement[] {
  if (!('roots' in document)) return elementsBelow([document]);
  let elements = documentElements.get(document);
  if (!elements) {
    elements = elementsBelow(document.roots);
    documentElements.set(document, elements);
  }
  return elements;
}

function elementsBelow(tops: readonly XmlElement[]): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [...tops].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    out.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
  return out;
}

export function descendants(root: XmlElement | XmlDocument, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const e of allElements(root)) if (e.name === name) out.push(e);
  return out;
}

export function ancestors(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let p = element.parent; p; p = p.parent) out.push(p);
  return out;
}

/** `Server/Service/Engine` for an Engine: the names from the root down. */
export function elementPath(element: XmlElement): string[] {
  return [...ancestors(element).reverse().map((a) => a.name), element.name];
}
