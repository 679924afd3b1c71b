/**
 * XML text → positioned element tree + syntax errors, on fast-xml-parser.
 *
 * Parsing never throws and never gives up on the whole file: the validator
 * finds the first well-formedness error (it stops there), the parser builds
 * the tree it can (with element offsets from `captureMetaData`), and attribute
 * name/value ranges are recovered by rescanning each start tag's text, which
 * fast-xml-parser does not report.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { blankDoctype, scanDoctype, type Doctype } from './doctype';

export interface XmlAttribute {
  name: string;
  value: string;
  nameStart: number;
  nameEnd: number;
  /** Inside the quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlElement {
  name: string;
  /** Offset of `<`. */
  start: number;
  /** One past the element's last `>` (end tag, or `/>`). */
  end: number;
  nameStart: number;
  nameEnd: number;
  /** One past the `>` of the start tag. */
  startTagEnd: number;
  selfClosing: boolean;
  attributes: XmlAttribute[];
  children: XmlElement[];
  parent?: XmlElement;
}

export interface XmlSyntaxError {
  message: string;
  start: number;
  end: number;
  related?: { start: number; end: number; message: string }[];
}

export interface XmlDocument {
  text: string;
  doctype?: Doctype;
  /** Top-level elements; a well-formed document has exactly one. */
  roots: XmlElement[];
  root?: XmlElement;
  errors: XmlSyntaxError[];
}

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are never expanded: the DOCTYPE is blanked before parsing, and
  // references stay text.
  processEntities: false,
  htmlEntities: false,
  allowBooleanAttributes: true,
  maxNestedTags: 1_000_000,
  // Callbacks (none here) get a matcher instead of a path string: building the string for each tag is quadratic in the depth.
  jPath: false,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function parseXml(text: string): XmlDocument {
  const doctype = scanDoctype(text);
  const body = blankDoctype(text, doctype);
  const errors: XmlSyntaxError[] = [];
  if (doctype && !doctype.closed) {
    errors.push({ message: 'The DOCTYPE declaration is never closed with `>`.', start: doctype.start, end: doctype.start + '<!DOCTYPE'.length });
  }

  let validation: ReturnType<typeof XMLValidator.validate>;
  try {
    validation = XMLValidator.validate(body, { allowBooleanAttributes: false });
  } catch (e) {
    validation = { err: { code: 'InvalidXml', msg: `The XML validator failed: ${(e as Error).message}`, line: 1, col: 1 } };
  }

  let roots: XmlElement[] = [];
  try {
    roots = buildElements(parser.parse(body) as OrderedNode[], body);
  } catch {
    // Lexical errors the validator also reports; the tree stays empty.
  }

  if (doctype && !doctype.closed) {
    // Everything after an unclosed DOCTYPE belongs to it; no other error is meaningful.
  } else if (validation !== true) {
    errors.push(clampError(mapValidatorError(validation.err, body), text.length));
  } else {
    errors.push(...documentLevelErrors(body, roots));
  }
  return { text, doctype, roots, root: roots[0], errors };
}

// ---------------------------------------------------------------------------
// The tree

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The element tree, built without recursion: a document may nest elements deeper than the call stack goes. */
function buildElements(nodes: OrderedNode[], text: string): XmlElement[] {
  const roots: XmlElement[] = [];
  const work: { nodes: OrderedNode[]; parent: XmlElement | undefined; out: XmlElement[] }[] = [{ nodes, parent: undefined, out: roots }];
  while (work.length > 0) {
    const { nodes, parent, out } = work.pop()!;
    for (const { node, name, start, end } of elementNodes(nodes)) {
      const nameStart = start + 1;
      const nameEnd = nameStart + name.length;
      const tag = scanStartTag(text, nameEnd);
      const element: XmlElement = {
        name,
        start,
        end,
        nameStart,
        nameEnd,
        startTagEnd: tag.end,
        selfClosing: tag.selfClosing,
        attributes: tag.attributes,
        children: [],
        parent,
      };
      out.push(element);
      work.push({ nodes: node[name] as OrderedNode[], parent: element, out: element.children });
    }
  }
  return roots;
}

/** The elements of a child list (not text, comments or processing instructions), with their offsets. */
function elementNodes(nodes: OrderedNode[]): { node: OrderedNode; name: string; start: number; end: number }[] {
  const out: { node: OrderedNode; name: string; start: number; end: number }[] = [];
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?') || name === '!--') continue;
    const meta = (node as Record<symbol, { startIndex?: number; endIndex?: number }>)[META];
    if (!meta || typeof meta.startIndex !== 'number') continue;
    const start = meta.startIndex;
    const end = typeof meta.endIndex === 'number' ? meta.endIndex : start + name.length + 1;
    out.push({ node, name, start, end });
  }
  return out;
}

/** Reads `name="value"` pairs from just after a tag name to the tag's `>`. */
export function scanStartTag(text: string, from: number): { attributes: XmlAttribute[]; end: number; selfClosing: boolean } {
  const attributes: XmlAttribute[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '>') return { attributes, end: i + 1, selfClosing: text[i - 1] === '/' };
    if (ch === '"' || ch === "'") {
      // A stray quote: skip its literal so a `>` inside it does not end the tag.
      const close = text.indexOf(ch, i + 1);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (isNameChar(ch)) {
      const nameStart = i;
      while (i < n && isNameChar(text[i])) i++;
      const nameEnd = i;
      let j = skipSpace(text, i);
      if (text[j] === '=') {
        j = skipSpace(text, j + 1);
        const q = text[j];
        if (q === '"' || q === "'") {
          const close = text.indexOf(q, j + 1);
          const valueEnd = close < 0 ? n : close;
          attributes.push({
            name: text.slice(nameStart, nameEnd),
            value: text.slice(j + 1, valueEnd),
            nameStart,
            nameEnd,
            valueStart: j + 1,
            valueEnd,
          });
          i = close < 0 ? n : close + 1;
          continue;
        }
      }
      i = j > i ? j : i;
      continue;
    }
    i++;
  }
  return { attributes, end: n, selfClosing: false };
}

/** Not white space (as `\s`) and none of `=<>/"'` and backtick; a char-code test, as this runs for every character of every tag. */
function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x80) return !/\s/.test(ch);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return false;
  return c !== 0x3d && c !== 0x3c && c !== 0x3e && c !== 0x2f && c !== 0x22 && c !== 0x27 && c !== 0x60;
}

// ---------------------------------------------------------------------------
// Errors

interface ValidatorError {
  code: string;
  msg: string;
  line: number;
  col?: number;
}

/** Turns the validator's first error (1-based line/col) into an exact token range and a clear message. */
function mapValidatorError(err: ValidatorError, text: string): XmlSyntaxError {
  const offset = offsetOfLineCol(text, err.line, err.col ?? 1);
  let m: RegExpMatchArray | null;

  if ((m = /^Expected closing tag '(.+)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.+)'\.$/.exec(err.msg))) {
    const [, expected, line, col, found] = m;
    const openStart = offsetOfLineCol(text, Number(line), Number(col));
    return {
      message: `Expected </${shown(expected)}> to close <${shown(expected)}> (line ${line}), found </${shown(found)}>.`,
      start: offset,
      end: endOfTag(text, offset),
      related: [{ start: openStart, end: openStart + 1 + expected.length, message: `<${shown(expected)}> is opened here` }],
    };
  }
  if ((m = /^Closing tag '(.+)' has not been opened\.$/.exec(err.msg))) {
    return { message: `</${shown(m[1])}> closes an element that was never opened.`, start: offset, end: endOfTag(text, offset) };
  }
  if ((m = /^Unclosed tag '(.+)'\.$/.exec(err.msg))) {
    return { message: `<${shown(m[1])}> is never closed.`, start: offset, end: Math.min(text.length, offset + 1 + m[1].length) };
  }
  if (err.code === 'InvalidXml' && /^Invalid '\[.*\]' found\.$/s.test(err.msg)) {
    // The validator's way of saying "end of document with elements still open".
    const open = unclosedElements(text);
    const innermost = open[open.length - 1];
    if (innermost) {
      const names = open.map((t) => `<${shown(t.name)}>`).join(', ');
      return {
        message: `The document ends before ${open.length === 1 ? 'this element is' : 'these elements are'} closed: ${names}.`,
        start: innermost.start,
        end: innermost.start + 1 + innermost.name.length,
        related: open.slice(0, -1).map((t) => ({ start: t.start, end: t.start + 1 + t.name.length, message: `<${shown(t.name)}> is never closed` })),
      };
    }
  }
  if (err.msg === 'Start tag expected.') {
    const firstNonSpace = text.search(/\S/);
    if (firstNonSpace < 0) {
      return { message: 'The document is empty: it needs a root element.', start: 0, end: 0 };
    }
    return { message: 'Expected a root element (`<…>`), found text.', start: firstNonSpace, end: endOfWord(text, firstNonSpace) };
  }
  if ((m = /^char '(.)' is not expected\.$/s.exec(err.msg))) {
    if (!text.slice(0, offset).includes('<')) {
      return { message: 'This is not XML: expected a root element (`<…>`), found text.', start: offset, end: endOfWord(text, offset) };
    }
    const what = m[1] === '&' ? 'A bare `&` (write `&amp;`)' : `Text \`${m[1]}\``;
    return { message: `${what} is not allowed here.`, start: offset, end: endOfWord(text, offset) };
  }
  if ((m = /^Tag '(.*)' is an invalid name\.$/s.exec(err.msg))) {
    // The offset is just past the bad name (no search for it: lastIndexOf of a 300 KB name in a 300 KB run took seconds).
    const name = m[1];
    const start = text.startsWith(name, offset - name.length) ? offset - name.length : offset;
    return { message: `\`${shown(name)}\` is not a valid tag name.`, start, end: Math.min(text.length, start + name.length) };
  }
  if ((m = /^Attribute '(.+)' is without value\.$/.exec(err.msg))) {
    const nameEnd = endOfAttributeName(text, offset);
    if (text[nameEnd] === '=' && text[nameEnd + 1] !== '"' && text[nameEnd + 1] !== "'") {
      let valueEnd = nameEnd + 1;
      while (valueEnd < text.length && !/[\s>]/.test(text[valueEnd]) && !text.startsWith('/>', valueEnd)) valueEnd++;
      const value = text.slice(nameEnd + 1, valueEnd);
      return { message: `Attribute values must be quoted: write ${shown(m[1])}="${shown(value)}".`, start: offset, end: valueEnd };
    }
    return { message: `The attribute \`${shown(m[1])}\` has no value (write ${shown(m[1])}="…").`, start: offset, end: nameEnd };
  }
  if (err.code === 'InvalidAttr') {
    return { message: shown(err.msg, 300), start: offset, end: endOfAttributeName(text, offset) };
  }
  return { message: shown(err.msg, 300), start: offset, end: endOfWord(text, offset) };
}

/** A name or text from the document as a message shows it: cut after `max` characters (a fuzzed 300 KB tag name made a 300 KB message). */
function shown(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length.toLocaleString('en-US')} characters)`;
}

function clampError(error: XmlSyntaxError, length: number): XmlSyntaxError {
  const start = Math.max(0, Math.min(error.start, length));
  const end = Math.max(start, Math.min(error.end, length));
  return { ...error, start, end };
}

/** Errors the validator lets through but Tomcat's SAX parser rejects. */
function documentLevelErrors(text: string, roots: XmlElement[]): XmlSyntaxError[] {
  const errors: XmlSyntaxError[] = [];
  if (roots.length > 1) {
    const extra = roots[1];
    errors.push({
      message: `A document has one root element; <${extra.name}> follows the root <${roots[0].name}>.`,
      start: extra.start,
      end: extra.nameEnd,
      related: [{ start: roots[0].start, end: roots[0].nameEnd, message: 'the root element' }],
    });
  }
  const last = roots[roots.length - 1];
  if (last) {
    const trailing = text.slice(last.end).search(/\S/);
    if (trailing >= 0) {
      const at = last.end + trailing;
      if (!text.startsWith('<!--', at) && !text.startsWith('<?', at) && !text.startsWith('<', at)) {
        errors.push({ message: 'Text after the root element is not allowed.', start: at, end: endOfWord(text, at) });
      }
    }
  }
  return errors;
}

/** Elements still open at the end of the text, outermost first (a plain tag scan). */
function unclosedElements(text: string): { name: string; start: number }[] {
  const stack: { name: string; start: number }[] = [];
  const tag = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!(?:[^>"']|"[^"]*"|'[^']*')*>?|<(\/?)([^\s/>]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    if (m[2] === undefined) continue;
    if (m[1]) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].name === m[2]) { stack.length = k; break; }
      }
    } else if (!m[3]) {
      stack.push({ name: m[2], start: m.index });
    }
  }
  return stack;
}

function offsetOfLineCol(text: string, line: number, col: number): number {
  // The validator counts lines split on /\r?\n/ and columns in UTF-16 units.
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, col - 1));
}

function endOfTag(text: string, offset: number): number {
  const gt = text.indexOf('>', offset);
  const nl = text.indexOf('\n', offset);
  if (gt >= 0 && (nl < 0 || gt < nl)) return gt + 1;
  return endOfWord(text, offset);
}

function endOfWord(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !/[\s<]/.test(text[i])) i++;
  return i === offset ? Math.min(text.length, offset + 1) : i;
}

function endOfAttributeName(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !/[\s=/>]/.test(text[i])) i++;
  return i === offset ? Math.min(text.length, offset + 1) : i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
}
