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

/** Every element of the document, depth first, in document order. */
export function* allElements(document: XmlDocument | XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = 'roots' in document ? [...document.roots].reverse() : [document];
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
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
