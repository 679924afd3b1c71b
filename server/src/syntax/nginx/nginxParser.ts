/**
 * nginx configuration text → statements with offsets, the way nginx's own
 * ngx_conf_read_token reads it: words end at white space, `;` or `{` (not at
 * `}`), `${…}` stays in a word, quotes and backslash escapes, `#` comments
 * only at the start of a token. Bodies of `*_by_lua_block` are kept whole as
 * one argument, as ngx_lua reads them.
 *
 * Parsing never throws and never gives up: an unexpected `}` is reported and
 * skipped, an unclosed block is closed at the end of the file, and a missing
 * `;` is recovered where the next line plainly starts a new directive.
 */

export interface NginxArg {
  /** The argument as nginx sees it: quotes removed, escapes resolved. */
  value: string;
  /** Offsets of the token in the text, quotes included. */
  start: number;
  end: number;
  quote?: '"' | "'";
}

export interface NginxStatement {
  name: string;
  nameStart: number;
  nameEnd: number;
  args: NginxArg[];
  /** Offset of the statement's first character and one past its `;` or closing `}`. */
  start: number;
  end: number;
  /** Present for block statements. */
  block?: NginxStatement[];
  /** Offsets of `{` and `}` (blockEnd is undefined when the file ended first). */
  blockStart?: number;
  blockEnd?: number;
  parent?: NginxStatement;
}

export interface NginxComment {
  text: string;
  start: number;
  end: number;
}

export interface NginxSyntaxError {
  message: string;
  start: number;
  end: number;
  related?: { start: number; end: number; message: string }[];
}

export interface NginxFile {
  text: string;
  statements: NginxStatement[];
  comments: NginxComment[];
  errors: NginxSyntaxError[];
}

/** Block directives whose bodies are not directives but lists (map, types, geo …): their lines stay statements without meaning. */
export const OPAQUE_BLOCKS = new Set(['map', 'types', 'geo', 'split_clients', 'charset_map', 'match']);

const SPACE = new Set([' ', '\t', '\r', '\n']);

type Token =
  | { kind: 'word'; arg: NginxArg; newlineBefore: boolean }
  | { kind: ';' | '{' | '}'; start: number; newlineBefore: boolean }
  | { kind: 'eof'; start: number; newlineBefore: boolean };

class Lexer {
  pos = 0;
  readonly comments: NginxComment[] = [];
  readonly errors: NginxSyntaxError[] = [];
  private sawNewline = false;

  constructor(readonly text: string) {}

  next(): Token {
    const t = this.text;
    const n = t.length;
    this.sawNewline = false;
    for (;;) {
      while (this.pos < n && SPACE.has(t[this.pos])) {
        if (t[this.pos] === '\n') this.sawNewline = true;
        this.pos++;
      }
      if (this.pos >= n) return { kind: 'eof', start: n, newlineBefore: this.sawNewline };
      if (t[this.pos] !== '#') break;
      const end = t.indexOf('\n', this.pos);
      const stop = end < 0 ? n : end;
      this.comments.push({ text: t.slice(this.pos + 1, stop), start: this.pos, end: stop });
      this.pos = stop;
    }
    const newlineBefore = this.sawNewline;
    const ch = t[this.pos];
    if (ch === ';' || ch === '{' || ch === '}') {
      return { kind: ch, start: this.pos++, newlineBefore };
    }
    if (ch === '"' || ch === "'") return { kind: 'word', arg: this.quoted(ch), newlineBefore };
    return { kind: 'word', arg: this.word(), newlineBefore };
  }

  private quoted(q: '"' | "'"): NginxArg {
    const t = this.text;
    const start = this.pos++;
    let value = '';
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '\\' && this.pos + 1 < t.length) {
        value += unescape(t[this.pos + 1], q);
        this.pos += 2;
        continue;
      }
      if (ch === q) {
        this.pos++;
        // nginx needs white space, `;` or `{` after a closing quote.
        const after = t[this.pos];
        if (after !== undefined && !SPACE.has(after) && after !== ';' && after !== '{' && after !== ')') {
          this.errors.push({ message: `unexpected "${after}"`, start: this.pos, end: this.pos + 1 });
        }
        return { value, start, end: this.pos, quote: q };
      }
      value += ch;
      this.pos++;
    }
    this.errors.push({ message: 'unexpected end of file, the quoted string is not closed', start, end: start + 1 });
    return { value, start, end: this.pos, quote: q };
  }

  private word(): NginxArg {
    const t = this.text;
    const start = this.pos;
    let value = '';
    let variable = false;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '{' && variable) {
        value += ch;
        this.pos++;
        continue;
      }
      variable = false;
      if (ch === '\\' && this.pos + 1 < t.length) {
        // Outside quotes nginx keeps the backslash and the next character as they are.
        value += ch + t[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === '$') variable = true;
      if (SPACE.has(ch) || ch === ';' || ch === '{') break;
      value += ch;
      this.pos++;
    }
    return { value, start, end: this.pos };
  }

  /** Whether the rest of the current line ends with `;` or `{` (after optional comment): it reads as a whole directive. */
  lineEndsStatement(): boolean {
    const nl = this.text.indexOf('\n', this.pos);
    const line = withoutTrailingComment(this.text.slice(this.pos, nl < 0 ? this.text.length : nl)).trimEnd();
    return line.endsWith(';') || line.endsWith('{');
  }

  /** A `*_by_lua_block { … }` body, from after its `{` to the matching `}` (Lua strings and comments respected). */
  luaBlock(open: number): { arg: NginxArg; close?: number } {
    const t = this.text;
    let depth = 1;
    let i = open + 1;
    while (i < t.length) {
      const ch = t[i];
      if (ch === '-' && t[i + 1] === '-') {
        const long = /^--\[(=*)\[/.exec(t.slice(i, i + 64));
        if (long) {
          const close = t.indexOf(`]${long[1]}]`, i);
          i = close < 0 ? t.length : close + long[1].length + 2;
        } else {
          const nl = t.indexOf('\n', i);
          i = nl < 0 ? t.length : nl;
        }
        continue;
      }
      if (ch === '[' && /^\[(=*)\[/.test(t.slice(i, i + 64))) {
        const eq = /^\[(=*)\[/.exec(t.slice(i, i + 64))![1];
        const close = t.indexOf(`]${eq}]`, i);
        i = close < 0 ? t.length : close + eq.length + 2;
        continue;
      }
      if (ch === '"' || ch === "'") {
        i++;
        while (i < t.length && t[i] !== ch && t[i] !== '\n') i += t[i] === '\\' ? 2 : 1;
        i++;
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) {
        this.pos = i + 1;
        return { arg: { value: t.slice(open + 1, i), start: open, end: i + 1 }, close: i };
      }
      i++;
    }
    this.pos = t.length;
    return { arg: { value: t.slice(open + 1), start: open, end: t.length } };
  }
}

/**
 * The line without a trailing `#` comment after blanks: what `line.replace(/\s+#.*$/, '')` gives, in linear
 * time (the regex retries its `\s+` from every blank of a long run: quadratic, minutes for 300,000 tabs).
 * The `#` is the first one after blanks with no line terminator after it (`.` does not match one).
 */
function withoutTrailingComment(line: string): string {
  const afterLastBreak = Math.max(line.lastIndexOf('\r'), line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029')) + 1;
  for (let hash = line.indexOf('#', afterLastBreak); hash >= 0; hash = line.indexOf('#', hash + 1)) {
    if (hash === 0 || !/\s/.test(line[hash - 1])) continue;
    let start = hash - 1;
    while (start > 0 && /\s/.test(line[start - 1])) start--;
    return line.slice(0, start);
  }
  return line;
}

function unescape(ch: string, q: string): string {
  switch (ch) {
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 'n':
      return '\n';
    case '\\':
      return '\\';
    default:
      // \" and \' lose the backslash; any other escape keeps it (as nginx does).
      return ch === q || ch === '"' || ch === "'" ? ch : '\\' + ch;
  }
}

/**
 * Statement names that start a directive: a line starting with one of them
 * after a statement that lacks its `;` is taken as a new statement (recovery).
 * The caller passes the directive names it knows.
 */
export type DirectiveNameTest = (name: string) => boolean;

const MAX_DEPTH = 2_000;

export function parseNginx(text: string, isDirectiveName: DirectiveNameTest = () => false): NginxFile {
  const lexer = new Lexer(text);
  const errors = lexer.errors;
  const root: NginxStatement[] = [];
  const stack: { statement?: NginxStatement; list: NginxStatement[] }[] = [{ list: root }];
  let pending: Token | undefined;
  const take = (): Token => {
    if (pending) {
      const t = pending;
      pending = undefined;
      return t;
    }
    return lexer.next();
  };

  for (;;) {
    const first = take();
    const top = stack[stack.length - 1];
    if (first.kind === 'eof') break;
    if (first.kind === '}') {
      if (stack.length === 1) {
        errors.push({ message: 'unexpected "}"', start: first.start, end: first.start + 1 });
        continue;
      }
      const closed = stack.pop()!.statement!;
      closed.blockEnd = first.start;
      closed.end = first.start + 1;
      continue;
    }
    if (first.kind !== 'word') {
      errors.push({ message: `unexpected "${first.kind}"`, start: first.start, end: first.start + 1 });
      continue;
    }
    const nameArg = first.arg;
    const statement: NginxStatement = {
      name: nameArg.value,
      nameStart: nameArg.start,
      nameEnd: nameArg.end,
      args: [],
      start: nameArg.start,
      end: nameArg.end,
      parent: top.statement,
    };
    top.list.push(statement);
    const opaque = top.statement !== undefined && OPAQUE_BLOCKS.has(top.statement.name);
    for (;;) {
      const token = take();
      if (token.kind === 'word') {
        // Recovery for a missing `;`: a known directive name at the start of a new line.
        if (
          !opaque &&
          token.newlineBefore &&
          !token.arg.quote &&
          statement.args.length > 0 &&
          isDirectiveName(statement.name) &&
          isDirectiveName(token.arg.value) &&
          lexer.lineEndsStatement()
        ) {
          const last = statement.args[statement.args.length - 1];
          errors.push({ message: `expecting ";" after "${last.value}" (the next line starts the "${token.arg.value}" directive)`, start: last.end, end: last.end });
          statement.end = last.end;
          pending = token;
          break;
        }
        statement.args.push(token.arg);
        statement.end = token.arg.end;
        continue;
      }
      if (token.kind === ';') {
        statement.end = token.start + 1;
        break;
      }
      if (token.kind === '{') {
        if (statement.name.endsWith('_by_lua_block')) {
          const { arg, close } = lexer.luaBlock(token.start);
          statement.args.push(arg);
          statement.blockStart = token.start;
          statement.end = close !== undefined ? close + 1 : text.length;
          if (close === undefined) {
            errors.push({ message: `unexpected end of file, expecting "}" to close "${statement.name}"`, start: text.length, end: text.length, related: [{ start: token.start, end: token.start + 1, message: 'the block opened here' }] });
          }
          break;
        }
        statement.block = [];
        statement.blockStart = token.start;
        statement.end = token.start + 1;
        // Deeper than any configuration goes: the braces are still matched, but what is inside is left out
        // of the tree (every walk over it would pay for the depth), and said once per descent.
        if (stack.length === MAX_DEPTH + 1) {
          errors.push({ message: `blocks nested more than ${MAX_DEPTH} deep: what is inside this block is not checked`, start: token.start, end: token.start + 1 });
        }
        stack.push({ statement, list: stack.length > MAX_DEPTH ? [] : statement.block });
        break;
      }
      if (token.kind === '}') {
        // `name args }`: the `;` is missing before a closing brace.
        const last = statement.args.length ? statement.args[statement.args.length - 1].value : statement.name;
        errors.push({ message: `unexpected "}", expecting ";" after "${last}"`, start: token.start, end: token.start + 1 });
        pending = token;
        break;
      }
      // End of file in the middle of a statement.
      errors.push({ message: 'unexpected end of file, expecting ";" or "}"', start: statement.end, end: statement.end, related: [{ start: statement.nameStart, end: statement.nameEnd, message: `the "${statement.name}" directive` }] });
      pending = token;
      break;
    }
  }
  // Blocks still open at the end of the file: nginx stops there; we close them to keep the tree.
  for (let i = stack.length - 1; i >= 1; i--) {
    const open = stack[i].statement!;
    open.end = text.length;
    if (i === stack.length - 1) {
      errors.push({
        message: 'unexpected end of file, expecting "}"',
        start: text.length,
        end: text.length,
        related: stack.slice(1).map((s) => ({ start: s.statement!.blockStart!, end: s.statement!.blockStart! + 1, message: `the "${s.statement!.name}" block opened here is not closed` })),
      });
    }
  }
  return { text, statements: root, comments: lexer.comments, errors };
}

/** Every statement, depth first in document order (iterative: deep nesting is fine). */
export function* allStatements(statements: NginxStatement[]): Generator<NginxStatement> {
  const stack: NginxStatement[] = [...statements].reverse();
  while (stack.length > 0) {
    const s = stack.pop()!;
    yield s;
    if (s.block) for (let i = s.block.length - 1; i >= 0; i--) stack.push(s.block[i]);
  }
}
