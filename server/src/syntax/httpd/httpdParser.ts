/**
 * Apache httpd configuration text → directives and sections with offsets, as
 * httpd reads it (ap_cfg_getline, ap_getword_conf): one directive a logical
 * line, a backslash at the very end of a line continues it, `#` starts a
 * comment only at the start of a line, arguments are words or quoted strings,
 * `<Section args>` … `</Section>` nest (names case-insensitive).
 *
 * Parsing never throws and never gives up: a closing tag that does not match
 * closes up to its opening tag (or is skipped when there is none), sections
 * still open at the end of the file are closed there, each with an error.
 */

export interface HttpdArg {
  /** Quotes removed, \" and \' resolved. */
  value: string;
  start: number;
  end: number;
  quote?: '"' | "'";
}

export interface HttpdDirective {
  /** The name as written (`ProxyPass`, `Proxy` for `<Proxy …>`). */
  name: string;
  nameStart: number;
  nameEnd: number;
  args: HttpdArg[];
  /** Offsets of the whole logical line (the opening tag for a section). */
  start: number;
  end: number;
  /** Present for sections: the directives between the tags. */
  children?: HttpdDirective[];
  /** Offsets of the closing tag; undefined when the file ended first. */
  closeStart?: number;
  closeEnd?: number;
  parent?: HttpdDirective;
}

export interface HttpdSyntaxError {
  message: string;
  start: number;
  end: number;
  related?: { start: number; end: number; message: string }[];
}

export interface HttpdFile {
  text: string;
  directives: HttpdDirective[];
  errors: HttpdSyntaxError[];
}

/** A logical line: its text with continuations removed, and the source offset of each of its characters. */
interface LogicalLine {
  text: string;
  offsets: number[];
  start: number;
  /** One past the last character of the last physical line (before its line break). */
  end: number;
}

const MAX_DEPTH = 2_000;

function* logicalLines(text: string, errors: HttpdSyntaxError[]): Generator<LogicalLine> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let line = '';
    const offsets: number[] = [];
    const start = i;
    let end = i;
    for (;;) {
      const nl = text.indexOf('\n', i);
      const stop = nl < 0 ? n : nl;
      const physicalEnd = stop > i && text[stop - 1] === '\r' ? stop - 1 : stop;
      const continued = physicalEnd > i && text[physicalEnd - 1] === '\\';
      const contentEnd = continued ? physicalEnd - 1 : physicalEnd;
      for (let k = i; k < contentEnd; k++) {
        line += text[k];
        offsets.push(k);
      }
      end = physicalEnd;
      i = nl < 0 ? n : nl + 1;
      if (!continued) break;
      if (i >= n) {
        errors.push({ message: 'The last line ends with a line continuation ("\\"), but the file ends there.', start: physicalEnd - 1, end: physicalEnd });
        break;
      }
    }
    yield { text: line, offsets, start, end };
  }
}

/** Words and quoted strings of a logical line from `from`, as ap_getword_conf splits them. */
function words(line: LogicalLine, from: number, errors: HttpdSyntaxError[]): HttpdArg[] {
  const out: HttpdArg[] = [];
  const t = line.text;
  let i = from;
  const at = (k: number): number => (k < line.offsets.length ? line.offsets[k] : line.end);
  while (i < t.length) {
    while (i < t.length && /\s/.test(t[i])) i++;
    if (i >= t.length) break;
    const q = t[i];
    if (q === '"' || q === "'") {
      let value = '';
      let k = i + 1;
      let closed = false;
      while (k < t.length) {
        if (t[k] === '\\' && (t[k + 1] === q || t[k + 1] === '\\')) {
          value += t[k + 1];
          k += 2;
          continue;
        }
        if (t[k] === q) {
          closed = true;
          break;
        }
        value += t[k++];
      }
      if (!closed) errors.push({ message: `The quoted argument is not closed (no ${q} before the end of the line).`, start: at(i), end: at(i) + 1 });
      out.push({ value, start: at(i), end: closed ? at(k) + 1 : line.end, quote: q });
      i = closed ? k + 1 : t.length;
      continue;
    }
    const s = i;
    while (i < t.length && !/\s/.test(t[i])) i++;
    out.push({ value: t.slice(s, i), start: at(s), end: at(i - 1) + 1 });
  }
  return out;
}

export function parseHttpd(text: string): HttpdFile {
  const errors: HttpdSyntaxError[] = [];
  const root: HttpdDirective[] = [];
  const stack: HttpdDirective[] = [];
  // The open sections' names in lower case, computed once each: every close tag looks through them.
  const openNames: string[] = [];
  const list = (): HttpdDirective[] => (stack.length ? stack[stack.length - 1].children! : root);
  for (const line of logicalLines(text, errors)) {
    const lead = /^\s*/.exec(line.text)![0].length;
    if (lead >= line.text.length || line.text[lead] === '#') continue;
    const at = (k: number): number => line.offsets[k];
    if (line.text.startsWith('</', lead)) {
      const m = /^<\/([^\s>]+)\s*>?/.exec(line.text.slice(lead));
      const name = m?.[1] ?? '';
      const start = at(lead);
      const end = line.end;
      const index = openNames.lastIndexOf(name.toLowerCase());
      if (index < 0) {
        errors.push({ message: `</${name}> without a matching <${name}> section.`, start, end });
        continue;
      }
      for (let k = stack.length - 1; k > index; k--) {
        const unclosed = stack[k];
        errors.push({
          message: `Expected </${unclosed.name}> but saw </${name}>: <${unclosed.name}> is not closed.`,
          start,
          end,
          related: [{ start: unclosed.nameStart - 1, end: unclosed.nameEnd, message: `<${unclosed.name}> opened here` }],
        });
        unclosed.closeStart = start;
        unclosed.closeEnd = start;
      }
      const open = stack[index];
      open.closeStart = start;
      open.closeEnd = end;
      stack.length = index;
      openNames.length = index;
      continue;
    }
    if (line.text[lead] === '<') {
      const rest = line.text.slice(lead + 1);
      const nameMatch = /^[^\s>]+/.exec(rest);
      const name = nameMatch?.[0] ?? '';
      // A line that is only `<` has no character after it: the (empty) name starts at the line's end.
      const nameStart = lead + 1 < line.offsets.length ? at(lead + 1) : line.end;
      const nameEnd = name ? at(lead + name.length) + 1 : nameStart;
      let body = line.text;
      const closeAt = body.lastIndexOf('>');
      if (closeAt < lead || body.slice(closeAt + 1).trim() !== '') {
        errors.push({ message: `<${name}> directive missing closing '>'.`, start: at(lead), end: line.end });
      } else {
        body = body.slice(0, closeAt);
      }
      const section: HttpdDirective = {
        name,
        nameStart,
        nameEnd,
        args: words({ ...line, text: body }, lead + 1 + name.length, errors),
        start: at(lead),
        end: line.end,
        children: [],
        parent: stack[stack.length - 1],
      };
      list().push(section);
      if (stack.length >= MAX_DEPTH) {
        errors.push({ message: `Sections nested more than ${MAX_DEPTH} deep.`, start: section.start, end: section.end });
        continue;
      }
      stack.push(section);
      openNames.push(section.name.toLowerCase());
      continue;
    }
    const tokens = words(line, lead, errors);
    const [first, ...args] = tokens;
    list().push({ name: first.value, nameStart: first.start, nameEnd: first.end, args, start: first.start, end: line.end, parent: stack[stack.length - 1] });
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    errors.push({
      message: `<${open.name}> was not closed (the file ends before </${open.name}>).`,
      start: text.length,
      end: text.length,
      related: [{ start: open.nameStart - 1, end: open.nameEnd, message: `<${open.name}> opened here` }],
    });
  }
  return { text, directives: root, errors };
}

/** Every directive and section, depth first in document order (iterative). */
export function* allDirectives(list: HttpdDirective[]): Generator<HttpdDirective> {
  const stack = [...list].reverse();
  while (stack.length) {
    const d = stack.pop()!;
    yield d;
    if (d.children) for (let i = d.children.length - 1; i >= 0; i--) stack.push(d.children[i]);
  }
}
