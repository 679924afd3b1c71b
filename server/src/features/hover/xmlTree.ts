/**
 * The element tree a hover reads. A well-formed document is parsed by
 * parseXml; a document being typed (an open quote, a tag not closed yet, an
 * end tag missing) is read by a forgiving scan instead, so the elements
 * before the break keep their names, attributes and ancestors.
 */
import { parseXml, type XmlAttribute, type XmlElement } from '../../syntax/xml/xmlDocument';

export function elementTree(text: string): XmlElement[] {
  const parsed = parseXml(text);
  if (parsed.errors.length === 0 && parsed.roots.length > 0) return parsed.roots;
  return scanElements(text);
}

function isNameChar(ch: string): boolean {
  return !/[\s=<>/"'`]/.test(ch);
}

/**
 * Elements as written, whatever is wrong around them: comments, CDATA,
 * processing instructions and the DOCTYPE are skipped; a start tag ends at
 * its `>` or at the next `<` (which no attribute value may hold); an end tag
 * closes the nearest open element of its name; what is open at the end of
 * the text ends there.
 */
export function scanElements(text: string): XmlElement[] {
  const roots: XmlElement[] = [];
  const stack: XmlElement[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      i = skipPast(text, '-->', lt + 4);
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      i = skipPast(text, ']]>', lt + 9);
      continue;
    }
    if (text.startsWith('<?', lt)) {
      i = skipPast(text, '?>', lt + 2);
      continue;
    }
    if (text.startsWith('<!', lt)) {
      i = skipDeclaration(text, lt + 2);
      continue;
    }
    if (text[lt + 1] === '/') {
      let e = lt + 2;
      while (e < n && isNameChar(text[e])) e++;
      const name = text.slice(lt + 2, e);
      const gt = tagEnd(text, e);
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (name && at >= 0) {
        for (let k = stack.length - 1; k > at; k--) stack[k].end = lt;
        stack[at].end = gt.end;
        stack.length = at;
      }
      i = gt.end;
      continue;
    }
    let e = lt + 1;
    while (e < n && isNameChar(text[e])) e++;
    if (e === lt + 1) {
      i = lt + 1;
      continue;
    }
    const tag = tagEnd(text, e);
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      name: text.slice(lt + 1, e),
      start: lt,
      end: tag.end,
      nameStart: lt + 1,
      nameEnd: e,
      startTagEnd: tag.end,
      selfClosing: tag.selfClosing,
      attributes: tag.attributes,
      children: [],
      parent,
    };
    (parent ? parent.children : roots).push(element);
    if (!tag.selfClosing) {
      element.end = n;
      stack.push(element);
    }
    i = tag.end;
  }
  return roots;
}

function skipPast(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at < 0 ? text.length : at + terminator.length;
}

/** `<!DOCTYPE … [ … ]>`: the internal subset may hold `>`. */
function skipDeclaration(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '>' && depth === 0) return i + 1;
    else if ((ch === '"' || ch === "'") && depth > 0) {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return text.length;
      i = close;
    }
  }
  return text.length;
}

/** The attributes of a start tag from just after its name, and where the tag ends (one past `>`, or at a `<` that cuts it short). */
function tagEnd(text: string, from: number): { attributes: XmlAttribute[]; end: number; selfClosing: boolean } {
  const attributes: XmlAttribute[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    const ch = text[i];
    if (ch === '>') return { attributes, end: i + 1, selfClosing: text[i - 1] === '/' };
    if (ch === '<') return { attributes, end: i, selfClosing: false };
    if (ch === '"' || ch === "'") {
      i = quoteEnd(text, i + 1, ch);
      if (text[i] === ch) i++;
      continue;
    }
    if (!isNameChar(ch)) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && isNameChar(text[i])) i++;
    const nameEnd = i;
    let j = i;
    while (j < n && /\s/.test(text[j])) j++;
    if (text[j] !== '=') continue;
    j++;
    while (j < n && /\s/.test(text[j])) j++;
    const q = text[j];
    if (q !== '"' && q !== "'") {
      i = j;
      continue;
    }
    const valueEnd = quoteEnd(text, j + 1, q);
    attributes.push({ name: text.slice(nameStart, nameEnd), value: text.slice(j + 1, valueEnd), nameStart, nameEnd, valueStart: j + 1, valueEnd });
    i = text[valueEnd] === q ? valueEnd + 1 : valueEnd;
  }
  return { attributes, end: n, selfClosing: false };
}

/** The closing quote of a value, or the `<` / end of text where an unclosed value stops. */
function quoteEnd(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) if (text[i] === quote || text[i] === '<') return i;
  return text.length;
}

/** The end tag of an element (`</Name>`): the offsets of its name, when the element has one. */
export function endTagName(text: string, element: XmlElement): { start: number; end: number } | undefined {
  if (element.selfClosing) return undefined;
  const close = text.lastIndexOf('</', element.end - 1);
  if (close < element.startTagEnd) return undefined;
  const start = close + 2;
  const end = start + element.name.length;
  if (text.slice(start, end) !== element.name || isNameChar(text[end] ?? ' ')) return undefined;
  return { start, end };
}

/** Every element, depth first in document order. */
export function* walk(roots: XmlElement[]): Generator<XmlElement> {
  const stack = [...roots].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    for (let k = e.children.length - 1; k >= 0; k--) stack.push(e.children[k]);
  }
}
