/**
 * The DOCTYPE of an XML document, read by hand because no entity in it may
 * ever be resolved or expanded: fast-xml-parser is only ever given the text
 * with the DOCTYPE blanked out (see blankDoctype).
 */

export interface EntityDeclaration {
  name: string;
  /** `<!ENTITY % name …>`: a parameter entity, used inside the DTD itself. */
  parameter: boolean;
  /** SYSTEM or PUBLIC: the entity's text would be fetched from `systemId`. */
  external: boolean;
  systemId?: string;
  /** Replacement text of an internal entity, unexpanded. */
  value?: string;
  /** Offsets of the whole `<!ENTITY …>` declaration. */
  start: number;
  end: number;
  /** Offsets of the entity name. */
  nameStart: number;
  nameEnd: number;
}

export interface Doctype {
  start: number;
  /** One past the closing `>`; equals text.length when the DOCTYPE never closes. */
  end: number;
  closed: boolean;
  rootName: string;
  /** `<!DOCTYPE web-app PUBLIC "…" "http://…dtd">`: the external DTD subset, never fetched. */
  externalSubset?: string;
  entities: EntityDeclaration[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9._:\u00B7-\uFFFF]*/y;

/** Finds the DOCTYPE declaration of the prolog, if any. Never throws. */
export function scanDoctype(text: string): Doctype | undefined {
  const start = findDoctypeStart(text);
  if (start < 0) return undefined;
  let i = start + '<!DOCTYPE'.length;
  i = skipSpace(text, i);
  NAME.lastIndex = i;
  const nameMatch = NAME.exec(text);
  const rootName = nameMatch ? nameMatch[0] : '';
  if (nameMatch) i += nameMatch[0].length;
  const doctype: Doctype = { start, end: text.length, closed: false, rootName, entities: [] };

  // External ID, then an optional internal subset, then `>`.
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return doctype;
      const literal = text.slice(i + 1, close);
      // The last literal before the internal subset is the system id of the external subset.
      doctype.externalSubset = literal;
      i = close + 1;
    } else if (ch === '[') {
      i = scanInternalSubset(text, i + 1, doctype);
    } else if (ch === '>') {
      doctype.end = i + 1;
      doctype.closed = true;
      return doctype;
    } else {
      i++;
    }
  }
  return doctype;
}

/**
 * The text with the DOCTYPE replaced by spaces (line breaks kept), so offsets,
 * lines and columns stay those of the original while the XML parser sees no
 * DTD at all.
 */
export function blankDoctype(text: string, doctype: Doctype | undefined): string {
  if (!doctype) return text;
  const blanked = text.slice(doctype.start, doctype.end).replace(/[^\r\n]/g, ' ');
  return text.slice(0, doctype.start) + blanked + text.slice(doctype.end);
}

function findDoctypeStart(text: string): number {
  // Only the prolog can hold a DOCTYPE: skip the XML declaration, comments,
  // processing instructions and white space, stop at the first element.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('<!DOCTYPE', i)) return i;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return -1;
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return -1;
      i = close + 3;
    } else {
      return -1;
    }
  }
}

function scanInternalSubset(text: string, i: number, doctype: Doctype): number {
  while (i < text.length) {
    const ch = text[i];
    if (ch === ']') return i + 1;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? text.length : close + 3;
    } else if (text.startsWith('<!ENTITY', i)) {
      i = scanEntity(text, i, doctype);
    } else if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
      i = skipMarkupDeclaration(text, i + 2);
    } else {
      i++;
    }
  }
  return i;
}

function scanEntity(text: string, start: number, doctype: Doctype): number {
  let i = skipSpace(text, start + '<!ENTITY'.length);
  let parameter = false;
  if (text[i] === '%') {
    parameter = true;
    i = skipSpace(text, i + 1);
  }
  NAME.lastIndex = i;
  const nameMatch = NAME.exec(text);
  if (!nameMatch) return skipMarkupDeclaration(text, i);
  const nameStart = i;
  const nameEnd = i + nameMatch[0].length;
  i = skipSpace(text, nameEnd);
  let external = false;
  let systemId: string | undefined;
  let value: string | undefined;
  if (text.startsWith('SYSTEM', i) || text.startsWith('PUBLIC', i)) {
    external = true;
    const isPublic = text.startsWith('PUBLIC', i);
    i += 6;
    const literals: string[] = [];
    for (let n = isPublic ? 2 : 1; n > 0; n--) {
      i = skipSpace(text, i);
      const q = text[i];
      if (q !== '"' && q !== "'") break;
      const close = text.indexOf(q, i + 1);
      if (close < 0) { i = text.length; break; }
      literals.push(text.slice(i + 1, close));
      i = close + 1;
    }
    systemId = literals[literals.length - 1];
  } else if (text[i] === '"' || text[i] === "'") {
    const q = text[i];
    const close = text.indexOf(q, i + 1);
    value = text.slice(i + 1, close < 0 ? text.length : close);
    i = close < 0 ? text.length : close + 1;
  }
  const end = skipMarkupDeclaration(text, i);
  doctype.entities.push({ name: nameMatch[0], parameter, external, systemId, value, start, end, nameStart, nameEnd });
  return end;
}

/** From inside a `<!…` declaration to one past its `>`, skipping quoted literals. */
function skipMarkupDeclaration(text: string, i: number): number {
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return text.length;
      i = close + 1;
    } else if (ch === '>') {
      return i + 1;
    } else {
      i++;
    }
  }
  return i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}
