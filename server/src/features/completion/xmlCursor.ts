/**
 * Where the cursor is in an XML document that is being typed: after `<`
 * (an element name), inside a start tag (an attribute name), inside an
 * attribute value, in an end tag, or in text; and the names of the elements
 * around it.
 *
 * A well-formed document gives the enclosing elements from its parsed tree
 * (parseXml, up to a size); a half-typed one from a tolerant scan of the text up to the
 * cursor that treats a start tag cut short by the next `<` as an open
 * element, closes elements at their end tags (up to the matching name), and
 * steps over comments, CDATA, processing instructions and the DOCTYPE.
 */
import { parseXml, type XmlElement } from '../../syntax/xml/xmlDocument';

export interface TagAttribute {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Present once the attribute has `=`. */
  eq?: number;
  /** The value without its quotes (as far as it goes in a half-typed tag). */
  value?: string;
  valueStart?: number;
  valueEnd?: number;
  quote?: '"' | "'";
}

export interface StartTag {
  name: string;
  start: number;
  nameStart: number;
  nameEnd: number;
  attributes: TagAttribute[];
}

export type XmlSituation =
  /** After `<`: the name being typed spans start..end. */
  | { kind: 'element-name'; parents: string[]; start: number; end: number }
  /** After `</`. */
  | { kind: 'end-tag'; parents: string[]; start: number; end: number }
  /** Inside a start tag, where an attribute name goes (start..end is the name being typed). */
  | { kind: 'attribute-name'; parents: string[]; tag: StartTag; start: number; end: number; hasValue: boolean }
  /** Inside an attribute's value (start..end is the whole value, inside the quotes). */
  | { kind: 'attribute-value'; parents: string[]; tag: StartTag; attribute: TagAttribute; start: number; end: number; quoted: boolean }
  /** In text between tags (start..end is the word being typed). */
  | { kind: 'text'; parents: string[]; start: number; end: number }
  | { kind: 'none' };

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[\w.:-]/;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

/** Ends an attribute name: white space, `=`, `<`, `>`, `/` or a quote. */
function endsAttributeName(ch: string): boolean {
  return isSpace(ch) || ch === '=' || ch === '<' || ch === '>' || ch === '/' || ch === '"' || ch === "'";
}

export function xmlSituation(text: string, offset: number): XmlSituation {
  const scanned = scan(text, offset);
  // An end tag closes the innermost open element, which the scan knows; the tree would put the cursor outside it.
  if (scanned.kind === 'none' || scanned.kind === 'end-tag') return scanned;
  // Prefer the parsed tree for the enclosing elements when the document is well-formed.
  const fromTree = wellFormedParents(text, offset);
  return fromTree ? { ...scanned, parents: fromTree } : scanned;
}

/**
 * Above this size the tree is not built for a completion (parsing a 500 KB
 * server.xml takes ~170 ms); the scan gives the same parents on a
 * well-formed document.
 */
const MAX_TREE_CHARS = 256 * 1024;

/** The names of the elements whose content holds the offset, from the parsed tree; undefined unless the document is well-formed. */
function wellFormedParents(text: string, offset: number): string[] | undefined {
  if (text.length > MAX_TREE_CHARS) return undefined;
  let doc;
  try {
    doc = parseXml(text);
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0 || doc.roots.length === 0) return undefined;
  const out: string[] = [];
  let level: XmlElement[] = doc.roots;
  for (;;) {
    const inside = level.find((e) => !e.selfClosing && e.startTagEnd <= offset && offset <= contentEnd(text, e));
    if (!inside) return out;
    out.push(inside.name);
    level = inside.children;
  }
}

function contentEnd(text: string, e: XmlElement): number {
  const close = text.lastIndexOf('</', e.end - 1);
  return close >= e.startTagEnd ? close : e.end;
}

function scan(text: string, offset: number): XmlSituation {
  const stack: string[] = [];
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= offset) return textSituation(text, offset, stack);
    const skip = (open: string, close: string): number | undefined => {
      if (!text.startsWith(open, lt)) return undefined;
      const e = text.indexOf(close, lt + open.length);
      return e < 0 ? Infinity : e + close.length;
    };
    const special = skip('<!--', '-->') ?? skip('<![CDATA[', ']]>') ?? skip('<?', '?>') ?? (text.startsWith('<!', lt) ? declarationEnd(text, lt) : undefined);
    if (special !== undefined) {
      if (special > offset) return { kind: 'none' };
      i = special;
      continue;
    }
    if (text[lt + 1] === '/') {
      // `<|/>`: the name goes before the slash.
      if (offset === lt + 1) return { kind: 'element-name', parents: [...stack], start: offset, end: offset };
      const nameStart = lt + 2;
      let nameEnd = nameStart;
      while (nameEnd < text.length && NAME_CHAR.test(text[nameEnd])) nameEnd++;
      if (offset <= nameEnd) return { kind: 'end-tag', parents: [...stack], start: nameStart, end: nameEnd };
      const end = tagStop(text, nameEnd);
      if (offset < end.next) return { kind: 'none' };
      const name = text.slice(nameStart, nameEnd);
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      i = end.next;
      continue;
    }
    const nameStart = lt + 1;
    let nameEnd = nameStart;
    if (nameEnd < text.length && NAME_START.test(text[nameEnd])) while (nameEnd < text.length && NAME_CHAR.test(text[nameEnd])) nameEnd++;
    if (offset <= nameEnd) return { kind: 'element-name', parents: [...stack], start: nameStart, end: nameEnd };
    if (nameEnd === nameStart) {
      i = lt + 1;
      continue;
    }
    const name = text.slice(nameStart, nameEnd);
    const tag = readStartTag(text, nameEnd);
    if (offset <= tag.stop) {
      const inTag = situationInTag(text, offset, { name, start: lt, nameStart, nameEnd, attributes: tag.attributes }, stack);
      if (inTag) return inTag;
    }
    // A tag cut short by the next `<` (or the end of the text) is taken as an open element.
    if (!tag.selfClosing) stack.push(name);
    i = tag.next;
  }
}

/** `<!DOCTYPE … [ … ]>` and other declarations: one past their `>`. */
function declarationEnd(text: string, lt: number): number {
  let depth = 0;
  let quote = '';
  for (let j = lt + 2; j < text.length; j++) {
    const ch = text[j];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '>' && depth <= 0) return j + 1;
  }
  return Infinity;
}

/** The end of an end tag: its `>`, or a `<` that cuts it short. */
function tagStop(text: string, from: number): { next: number } {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '>') return { next: j + 1 };
    if (text[j] === '<') return { next: j };
  }
  return { next: text.length };
}

/**
 * The attributes of a start tag up to its `>` (or to a `<` that cuts it
 * short: a value is never taken past a `<`, which XML does not allow in
 * one). `stop` is the offset of the `>` or of the cut; `next` where the scan goes on.
 */
function readStartTag(text: string, from: number): { attributes: TagAttribute[]; stop: number; next: number; selfClosing: boolean } {
  const attributes: TagAttribute[] = [];
  const n = text.length;
  let j = from;
  while (j < n) {
    const ch = text[j];
    if (isSpace(ch)) {
      j++;
      continue;
    }
    if (ch === '>') return { attributes, stop: j, next: j + 1, selfClosing: text[j - 1] === '/' };
    if (ch === '<') return { attributes, stop: j, next: j, selfClosing: false };
    if (ch === '/' && text[j + 1] === '>') return { attributes, stop: j + 1, next: j + 2, selfClosing: true };
    if (ch === '/' || ch === '=' || ch === '"' || ch === "'") {
      j++;
      continue;
    }
    const nameStart = j;
    while (j < n && !endsAttributeName(text[j])) j++;
    const attribute: TagAttribute = { name: text.slice(nameStart, j), nameStart, nameEnd: j };
    attributes.push(attribute);
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (text[k] !== '=') continue;
    attribute.eq = k;
    k++;
    while (k < n && isSpace(text[k]) && text[k] !== '\n') k++;
    const q = text[k];
    if (q === '"' || q === "'") {
      attribute.quote = q;
      attribute.valueStart = k + 1;
      let e = k + 1;
      while (e < n && text[e] !== q && text[e] !== '<') e++;
      attribute.valueEnd = e;
      attribute.value = text.slice(k + 1, e);
      j = text[e] === q ? e + 1 : e;
    } else {
      attribute.valueStart = k;
      let e = k;
      while (e < n && !isSpace(text[e]) && text[e] !== '<' && text[e] !== '>' && text[e] !== '"' && text[e] !== "'" && !(text[e] === '/' && text[e + 1] === '>')) e++;
      attribute.valueEnd = e;
      attribute.value = text.slice(k, e);
      j = e;
    }
  }
  return { attributes, stop: n, next: n, selfClosing: false };
}

function situationInTag(text: string, offset: number, tag: StartTag, stack: string[]): XmlSituation | undefined {
  const parents = [...stack];
  for (const a of tag.attributes) {
    if (offset >= a.nameStart && offset <= a.nameEnd) {
      return { kind: 'attribute-name', parents, tag, start: a.nameStart, end: a.nameEnd, hasValue: a.eq !== undefined };
    }
    if (a.eq !== undefined && a.valueStart !== undefined && a.valueEnd !== undefined) {
      const quoted = a.quote !== undefined;
      // Inside the quotes, or (unquoted) anywhere from just after `=` to the end of the value.
      const from = quoted ? a.valueStart : a.eq + 1;
      if (offset >= from && offset <= a.valueEnd && (quoted || offset > a.eq)) {
        // A value whose closing quote is not typed yet ends, for the replacement, at the end of the line.
        const unterminated = quoted && text[a.valueEnd] !== a.quote;
        const lineEnd = text.slice(offset, a.valueEnd).search(/[\r\n]/);
        const end = unterminated && lineEnd >= 0 ? offset + lineEnd : a.valueEnd;
        return { kind: 'attribute-value', parents, tag, attribute: a, start: quoted ? a.valueStart : Math.max(a.valueStart, offset), end, quoted };
      }
    }
  }
  // Between attributes: a new attribute name goes here (only after white space).
  if (offset > tag.nameEnd && isSpace(text[offset - 1])) return { kind: 'attribute-name', parents, tag, start: offset, end: offset, hasValue: false };
  return { kind: 'none' };
}

function textSituation(text: string, offset: number, stack: string[]): XmlSituation {
  let start = offset;
  while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && NAME_CHAR.test(text[end])) end++;
  return { kind: 'text', parents: [...stack], start, end };
}
