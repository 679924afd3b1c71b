/**
 * Generators for the fuzz suite: the fixture corpus (test/fixtures, the
 * shared corpus, examples) mutated byte-wise and line-wise, and random
 * documents of each language built from the corpus's own vocabulary (so that
 * well-formed inputs reach the semantic rules, not only the syntax errors).
 *
 * Every input is a plain value fast-check can shrink and print: a seed file
 * plus a list of mutations, or a generated text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { classifyFile, type FileLanguage } from '../../server/src/workspace/fileKind';
import { decodeText } from '../../server/src/workspace/walk';
import { fixturesRoot, projectRoot, sharedRoot } from '../support/paths';

export const LANGUAGES: readonly FileLanguage[] = ['tomcat-xml', 'nginx', 'httpd', 'modjk'];

// ---------------------------------------------------------------------------
// The corpus

export interface CorpusFile {
  /** Absolute path of the seed on disk. */
  path: string;
  /** Path relative to the project root, for reports. */
  name: string;
  bytes: Buffer;
  text: string;
  language: FileLanguage;
}

const CORPUS_ROOTS = [fixturesRoot, path.join(sharedRoot, 'corpus'), path.join(projectRoot, 'examples')];
const TEXT_FILE = /\.(xml|conf|properties|types|htaccess|default)$|(^|\/)(nginx\.conf|httpd\.conf|workers\.properties|\.htaccess)$/;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && TEXT_FILE.test(p.replace(/\\/g, '/'))) out.push(p);
    }
  }
  return out.sort();
}

/** The language of a corpus file: as the checker classifies it, else from its extension or corpus folder. */
function corpusLanguage(file: string, text: string): FileLanguage {
  const byChecker = classifyFile(file, () => text);
  if (byChecker) return byChecker;
  const p = file.replace(/\\/g, '/');
  if (p.endsWith('.xml') || p.endsWith('.default')) return 'tomcat-xml';
  if (p.endsWith('.properties')) return 'modjk';
  if (p.includes('/apache') || p.endsWith('.htaccess')) return 'httpd';
  return 'nginx';
}

let corpusCache: CorpusFile[] | undefined;

export function corpus(): CorpusFile[] {
  if (!corpusCache) {
    corpusCache = CORPUS_ROOTS.flatMap(listFiles).map((p) => {
      const bytes = fs.readFileSync(p);
      const text = decodeText(bytes);
      return { path: p, name: path.relative(projectRoot, p).replace(/\\/g, '/'), bytes, text, language: corpusLanguage(p, text) };
    });
    if (corpusCache.length === 0) throw new Error(`no seed files under ${CORPUS_ROOTS.join(', ')}`);
  }
  return corpusCache;
}

export function corpusOf(language: FileLanguage): CorpusFile[] {
  const files = corpus().filter((f) => f.language === language);
  if (files.length === 0) throw new Error(`no ${language} seed in the corpus`);
  return files;
}

// ---------------------------------------------------------------------------
// Mutations

/** Hostile snippets: the syntax of every language, odd line breaks, NUL, BOM, lone surrogates, regex and variable syntax. */
export const FRAGMENTS: readonly string[] = [
  '<', '>', '</', '/>', '<?xml version="1.0"?>', '<?', '?>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE Server [', ']>',
  '<!ENTITY x SYSTEM "file:///etc/passwd">', '<!ENTITY % p "<!ENTITY y \'z\'>">', '&x;', '&#0;', '&#x110000;', '&amp;', '&',
  '="', '"', "'", '`', '=', ' ', '\t', '\n', '\r', '\r\n', '\n\r', '\\', '\\\n', '\\\r\n', '\\"', '#', ';', '{', '}', '${', '$(', '%{', '$',
  '${catalina.base}', '$(workers.home)', '$host$request_uri', '*', '.*', '(a+)+$', '(?<n>', '[', '(?i)', '\\p{L}', '(.*)*x', '^',
  '\u0000', '\uFEFF', '\u2028', '\u00A0', '\uFFFD', '\uFFFF', '\uD800', '\uDFFF', '\uD83D\uDE00', 'é', 'İ',
  '0', '-1', '65536', '99999999999999999999', '1e309', 'NaN', 'true', 'false', '::', '[::1]', '0.0.0.0', '256.256.256.256',
  'balancer://', 'ajp://:', 'http://', 'lb:', 'worker.', 'worker.list=', '.route=', 'jvmRoute=""', 'JSESSIONID', 'jsessionid',
  'server {', 'upstream u {', 'location / {', 'include ', 'include *;', 'sticky cookie', 'hash $cookie_JSESSIONID;',
  '<Proxy balancer://x>', '</Proxy>', '<VirtualHost *:80>', '</VirtualHost>', '<IfModule', 'Include ', 'ProxyPass / balancer://x/',
  'BalancerMember ', 'stickysession=', 'route=', 'ProxySet ', 'JkMount /* lb',
  '<Server port="-1">', '<Engine jvmRoute="', '<Cluster className="', '<Manager className="', '<Valve className="', '<Context>', '<distributable/>',
];

/** Byte sequences that are not UTF-8: stray continuation bytes, overlongs, surrogates, truncated sequences. */
const INVALID_UTF8: readonly number[][] = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xff, 0xfe], [0xfe, 0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc3], [0x00],
];

const NESTINGS: readonly (readonly [string, string])[] = [
  ['<a>', '</a>'], ['<Server>', '</Server>'], ['<Host name="h">', '</Host>'], ['<!--', '-->'], ['<![CDATA[', ']]>'],
  ['server {', '}'], ['location / {', '}'], ['{', '}'], ['if ($x) {', '}'], ['map $a $b {', '}'], ['content_by_lua_block {', '}'],
  ['<IfModule x>\n', '</IfModule>\n'], ['<Proxy balancer://a>\n', '</Proxy>\n'], ['<Location />\n', '</Location>\n'],
  ['"', '"'], ["'", "'"], ['(', ')'], ['[', ']'], ['${', '}'], ['$(', ')'], ['\\\n', ''],
];

const HUGE_UNITS: readonly string[] = ['a', 'x', ' ', '\t', '\n', '\r\n', '\\', '"', "'", '#', '<', '>', '{', '}', ';', '$', '${', '=', '/', '.', '0', '9', 'é', '\uD83D\uDE00', '\u0000', 'ab '];

export type ByteMutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'invalid-utf8'; at: number; seq: number }
  | { kind: 'nul'; at: number }
  | { kind: 'fragment'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'dup-lines'; line: number; count: number; times: number }
  | { kind: 'del-lines'; line: number; count: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'nest'; at: number; pair: number; depth: number; mode: 'open' | 'close' | 'both' }
  | { kind: 'huge'; at: number; unit: number; length: number }
  | { kind: 'splice'; at: number; from: number; start: number; length: number };

/** Mutations of the decoded text that no file on disk can hold (an editor can): lone surrogates, raw NUL. */
export type TextMutation = { kind: 'char'; at: number; code: number };

const pos = fc.nat({ max: 0x7fffffff });

export interface MutationLimits {
  /** Longest huge token. */
  hugeLength: number;
  /** Deepest random nesting. */
  nestDepth: number;
}

export function byteMutation(limits: MutationLimits): fc.Arbitrary<ByteMutation> {
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: pos, bit: fc.integer({ min: 0, max: 7 }) }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('set' as const), at: pos, byte: fc.integer({ min: 0, max: 255 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: pos, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('invalid-utf8' as const), at: pos, seq: fc.nat({ max: INVALID_UTF8.length - 1 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('nul' as const), at: pos }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('fragment' as const), at: pos, text: fc.constantFrom(...FRAGMENTS) }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: pos }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 64 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('dup-lines' as const), line: pos, count: fc.integer({ min: 1, max: 20 }), times: fc.integer({ min: 1, max: 50 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('del-lines' as const), line: pos, count: fc.integer({ min: 1, max: 20 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: pos, b: pos }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('nest' as const),
        at: pos,
        pair: fc.nat({ max: NESTINGS.length - 1 }),
        depth: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: limits.nestDepth }), weight: 1 }),
        mode: fc.constantFrom('open' as const, 'close' as const, 'both' as const),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('huge' as const),
        at: pos,
        unit: fc.nat({ max: HUGE_UNITS.length - 1 }),
        length: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4096 }), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: limits.hugeLength }), weight: 1 }),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('splice' as const), at: pos, from: pos, start: pos, length: fc.integer({ min: 1, max: 400 }) }), weight: 2 },
  );
}

export function textMutation(): fc.Arbitrary<TextMutation> {
  return fc.record({
    kind: fc.constant('char' as const),
    at: pos,
    code: fc.oneof(fc.constantFrom(0x0000, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffe, 0xffff, 0x2028, 0x000d, 0x000b, 0x0085), fc.integer({ min: 0, max: 0xffff })),
  });
}

function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

function insertAt(bytes: Buffer, at: number, inserted: Buffer): Buffer {
  const i = at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, i), inserted, bytes.subarray(i)]);
}

export function applyByteMutation(bytes: Buffer, m: ByteMutation): Buffer {
  switch (m.kind) {
    case 'flip':
    case 'set': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      const i = m.at % out.length;
      out[i] = m.kind === 'flip' ? out[i] ^ (1 << m.bit) : m.byte;
      return out;
    }
    case 'bytes':
      return insertAt(bytes, m.at, Buffer.from(m.bytes));
    case 'invalid-utf8':
      return insertAt(bytes, m.at, Buffer.from(INVALID_UTF8[m.seq]));
    case 'nul':
      return insertAt(bytes, m.at, Buffer.from([0]));
    case 'fragment':
      return insertAt(bytes, m.at, Buffer.from(m.text, 'utf8'));
    case 'truncate':
      return bytes.subarray(0, m.at % (bytes.length + 1));
    case 'delete': {
      const i = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + m.length)]);
    }
    case 'dup-lines': {
      const ls = lines(bytes);
      if (ls.length === 0) return bytes;
      const i = m.line % ls.length;
      const block = ls.slice(i, i + m.count);
      const copies: Buffer[] = [];
      for (let k = 0; k < m.times; k++) copies.push(...block);
      return Buffer.concat([...ls.slice(0, i + block.length), ...copies, ...ls.slice(i + block.length)]);
    }
    case 'del-lines': {
      const ls = lines(bytes);
      if (ls.length === 0) return bytes;
      const i = m.line % ls.length;
      return Buffer.concat([...ls.slice(0, i), ...ls.slice(i + m.count)]);
    }
    case 'swap-lines': {
      const ls = lines(bytes);
      if (ls.length < 2) return bytes;
      const a = m.a % ls.length;
      const b = m.b % ls.length;
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return Buffer.concat(ls);
    }
    case 'nest': {
      const [open, close] = NESTINGS[m.pair];
      const text = (m.mode !== 'close' ? open.repeat(m.depth) : '') + (m.mode !== 'open' ? close.repeat(m.depth) : '');
      return insertAt(bytes, m.at, Buffer.from(text, 'utf8'));
    }
    case 'huge': {
      const unit = HUGE_UNITS[m.unit];
      return insertAt(bytes, m.at, Buffer.from(unit.repeat(Math.max(1, Math.floor(m.length / unit.length))), 'utf8'));
    }
    case 'splice': {
      const files = corpus();
      const other = files[m.from % files.length].bytes;
      const start = m.start % (other.length + 1);
      return insertAt(bytes, m.at, other.subarray(start, start + m.length));
    }
  }
}

export function applyTextMutation(text: string, m: TextMutation): string {
  const i = m.at % (text.length + 1);
  return text.slice(0, i) + String.fromCharCode(m.code) + text.slice(i);
}

// ---------------------------------------------------------------------------
// Random documents from the corpus's vocabulary

interface Vocabulary {
  xmlElements: string[];
  xmlAttributes: string[];
  xmlValues: string[];
  nginxDirectives: string[];
  nginxArgs: string[];
  httpdDirectives: string[];
  httpdSections: string[];
  httpdArgs: string[];
  workersProperties: string[];
  workersValues: string[];
}

const HOSTILE_VALUES = [
  '', ' ', '-1', '0', '1', '65535', '65536', '99999999999999999999', '1e309', 'NaN', '0x10', '010', '${catalina.base}', '${undefined.prop}',
  '$(x)', '$host', '$cookie_JSESSIONID', '*', '.*', '(a+)+$', '(.*)*x', '(?<n>', '[', '\\', '(?i)JSESSIONID', '%{ENV}', '::', '[::1]',
  '0.0.0.0', '127.0.0.1', '256.256.256.256', '228.0.0.4', 'localhost', 'balancer://', 'balancer://x/', 'http://[::1', 'ajp://:', 'lb',
  'node1', 'node1.', '.node1', 'a b', 'JSESSIONID', 'jsessionid|JSESSIONID', 'ROUTEID', 'true', 'false', 'off', 'on', '\u00e9',
  'org.apache.catalina.ha.session.DeltaManager', 'de.javakaffee.web.msm.MemcachedBackupSessionManager', 'n1:localhost:11211,n2:localhost:11212',
];

let vocabularyCache: Vocabulary | undefined;

function uniq(xs: Iterable<string>, max = 400): string[] {
  return [...new Set(xs)].filter((x) => x.length > 0 && x.length <= 200).sort().slice(0, max);
}

function vocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache;
  const xml = corpusOf('tomcat-xml').map((f) => f.text).join('\n');
  const nginx = corpusOf('nginx').map((f) => f.text).join('\n');
  const httpd = corpusOf('httpd').map((f) => f.text).join('\n');
  const workers = corpusOf('modjk').map((f) => f.text).join('\n');
  const matches = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1]);
  const firstWords = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('<')).map((l) => l.split(/\s+/)[0].replace(/;$/, ''));
  const restWords = (text: string): string[] =>
    text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/\s+/).slice(1).map((w) => w.replace(/[;{}]$/, '')));
  vocabularyCache = {
    xmlElements: uniq(matches(xml, /<([A-Za-z][\w:.-]*)/g)),
    xmlAttributes: uniq(matches(xml, /\s([A-Za-z][\w:.-]*)\s*=\s*["']/g)),
    xmlValues: uniq([...matches(xml, /=\s*"([^"<&]*)"/g), ...HOSTILE_VALUES]),
    nginxDirectives: uniq([...firstWords(nginx), 'upstream', 'server', 'location', 'proxy_pass', 'sticky', 'hash', 'ip_hash', 'include', 'map', 'http', 'events', 'stream', 'proxy_cookie_path', 'if']),
    nginxArgs: uniq([...restWords(nginx), ...HOSTILE_VALUES]),
    httpdDirectives: uniq([...firstWords(httpd), 'ProxyPass', 'ProxyPassReverse', 'BalancerMember', 'ProxySet', 'Header', 'RewriteRule', 'JkMount', 'JkWorkersFile', 'Include', 'IncludeOptional', 'LoadModule', 'ServerRoot']),
    httpdSections: uniq([...matches(httpd, /<([A-Za-z]\w*)/g), 'Proxy', 'VirtualHost', 'IfModule', 'Location', 'LocationMatch', 'Directory', 'If', 'Else']),
    httpdArgs: uniq([...restWords(httpd), ...HOSTILE_VALUES]),
    workersProperties: uniq([...matches(workers, /^\s*worker\.[^.=\s]+\.([^=\s]+)\s*=/gm), 'type', 'host', 'port', 'balance_workers', 'route', 'sticky_session', 'redirect', 'activation', 'lbfactor', 'reference', 'distance', 'domain']),
    workersValues: uniq([...matches(workers, /=\s*([^\n#]*)/g).map((v) => v.trim()), ...HOSTILE_VALUES]),
  };
  return vocabularyCache;
}

const pick = (xs: string[]): fc.Arbitrary<string> => fc.constantFrom(...xs);
/** Mostly the corpus's words, sometimes anything. */
const word = (xs: string[]): fc.Arbitrary<string> => fc.oneof({ arbitrary: pick(xs), weight: 8 }, { arbitrary: fc.string({ maxLength: 12, unit: 'binary' }), weight: 1 });

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A well-formed Tomcat XML document (server.xml, context.xml or web.xml shaped) with random names, attributes and values. */
export function xmlDocument(): fc.Arbitrary<string> {
  const v = vocabulary();
  const attrs = fc.array(fc.tuple(pick(v.xmlAttributes), word(v.xmlValues)), { maxLength: 6 }).map((as) => {
    const seen = new Set<string>();
    return as.filter(([n]) => (seen.has(n) ? false : (seen.add(n), true))).map(([n, val]) => ` ${n}="${escapeXml(val)}"`).join('');
  });
  const { element } = fc.letrec<{ element: string }>((tie) => ({
    element: fc.oneof(
      { depthIdentifier: 'xml', maxDepth: 6 },
      fc.tuple(pick(v.xmlElements), attrs).map(([name, a]) => `<${name}${a}/>`),
      fc
        .tuple(pick(v.xmlElements), attrs, fc.array(tie('element'), { maxLength: 5, depthIdentifier: 'xml' }), fc.constantFrom('', '\n', '\n  ', ' text '))
        .map(([name, a, children, ws]) => `<${name}${a}>${ws}${children.join(ws)}${ws}</${name}>`),
    ),
  }));
  return fc
    .tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n'), fc.constantFrom('Server', 'Context', 'web-app', ...v.xmlElements), attrs, fc.array(element, { maxLength: 8 }))
    .map(([prolog, root, a, children]) => `${prolog}<${root}${a}>\n${children.join('\n')}\n</${root}>\n`);
}

function nginxArg(v: Vocabulary): fc.Arbitrary<string> {
  return fc.tuple(word(v.nginxArgs), fc.constantFrom('', '', '', '"', "'")).map(([a, q]) => (q ? q + a.split(q).join('\\' + q) + q : a.replace(/[\s;{}]/g, '') || 'x'));
}

/** An nginx configuration: directives and nested blocks with the corpus's names and arguments. */
export function nginxDocument(): fc.Arbitrary<string> {
  const v = vocabulary();
  const { statement } = fc.letrec<{ statement: string }>((tie) => ({
    statement: fc.oneof(
      { depthIdentifier: 'nginx', maxDepth: 6 },
      fc.tuple(pick(v.nginxDirectives), fc.array(nginxArg(v), { maxLength: 4 })).map(([n, as]) => `${n} ${as.join(' ')};`),
      fc
        .tuple(pick(v.nginxDirectives), fc.array(nginxArg(v), { maxLength: 2 }), fc.array(tie('statement'), { maxLength: 6, depthIdentifier: 'nginx' }))
        .map(([n, as, body]) => `${n} ${as.join(' ')} {\n${body.join('\n')}\n}`),
    ),
  }));
  return fc.array(statement, { maxLength: 12 }).map((ss) => ss.join('\n') + '\n');
}

function httpdArg(v: Vocabulary): fc.Arbitrary<string> {
  return fc.tuple(word(v.httpdArgs), fc.constantFrom('', '', '', '"')).map(([a, q]) => (q ? `"${a.replace(/["\\\n\r]/g, '')}"` : a.replace(/[\s>]/g, '') || 'x'));
}

/** An httpd configuration: directive lines and nested `<Section>`s. */
export function httpdDocument(): fc.Arbitrary<string> {
  const v = vocabulary();
  const { line } = fc.letrec<{ line: string }>((tie) => ({
    line: fc.oneof(
      { depthIdentifier: 'httpd', maxDepth: 6 },
      fc.tuple(pick(v.httpdDirectives), fc.array(httpdArg(v), { maxLength: 4 })).map(([n, as]) => `${n} ${as.join(' ')}`),
      fc
        .tuple(pick(v.httpdSections), fc.array(httpdArg(v), { maxLength: 2 }), fc.array(tie('line'), { maxLength: 6, depthIdentifier: 'httpd' }))
        .map(([n, as, body]) => `<${n} ${as.join(' ')}>\n${body.join('\n')}\n</${n}>`),
    ),
  }));
  return fc.array(line, { maxLength: 14 }).map((ls) => ls.join('\n') + '\n');
}

/** A mod_jk workers.properties: worker.list and worker.<name>.<property> lines. */
export function workersDocument(): fc.Arbitrary<string> {
  const v = vocabulary();
  const name = fc.constantFrom('lb', 'node1', 'node2', 'tomcat1', 'status', 'a.b', '', 'x y', 'é');
  const lineArb = fc.oneof(
    fc.array(name, { maxLength: 4 }).map((ns) => `worker.list=${ns.join(',')}`),
    fc.tuple(name, pick(v.workersProperties), word(v.workersValues)).map(([n, p, val]) => `worker.${n}.${p}=${val}`),
    fc.tuple(name, fc.array(name, { maxLength: 4 })).map(([n, ns]) => `worker.${n}.balance_workers=${ns.join(', ')}`),
    fc.constantFrom('# comment', '', 'workers.tomcat_home=/opt/tomcat', 'ps=/', 'bad line', '=', 'worker..=', 'worker.$(ps).port=1'),
  );
  return fc.array(lineArb, { maxLength: 20 }).map((ls) => ls.join('\n') + '\n');
}

const GENERATORS: Record<FileLanguage, () => fc.Arbitrary<string>> = {
  'tomcat-xml': xmlDocument,
  nginx: nginxDocument,
  httpd: httpdDocument,
  modjk: workersDocument,
};

// ---------------------------------------------------------------------------
// Inputs

/** One fuzz input: where it came from and how it was changed, small enough to print. */
export interface FuzzInput {
  language: FileLanguage;
  /** The seed (corpus-relative name) or 'generated'. */
  origin: string;
  /** Absolute path of the seed, for checks that want the file's place in its tree. */
  seedPath?: string;
  bytes: Buffer;
  byteMutations: ByteMutation[];
  textMutations: TextMutation[];
  /** A mutation that would make the input longer than this is skipped (so mutations cannot multiply a huge token into gigabytes). */
  maxBytes: number;
}

/** The decoded text of an input, as the workspace walker decodes files, with the editor-only mutations applied. */
export function inputText(input: FuzzInput): string {
  let text = decodeText(applyAll(input));
  for (const m of input.textMutations) text = applyTextMutation(text, m);
  return text;
}

/** The bytes of an input after its byte mutations (what a file on disk would hold). */
export function applyAll(input: FuzzInput): Buffer {
  let bytes = input.bytes;
  for (const m of input.byteMutations) {
    const next = applyByteMutation(bytes, m);
    if (next.length <= input.maxBytes) bytes = next;
  }
  return bytes;
}

export function describeInput(input: FuzzInput): string {
  const ms = JSON.stringify([...input.byteMutations, ...input.textMutations]);
  return `${input.language} ${input.origin} ${ms.length > 400 ? ms.slice(0, 400) + '…' : ms}`;
}

export interface InputOptions extends MutationLimits {
  maxMutations: number;
  /** Largest input after the mutations. */
  maxBytes: number;
  /** Whether the editor-only text mutations (lone surrogates) apply: not for files written to disk. */
  textMutations: boolean;
}

/** A corpus file of the language (or of any language) mutated, or a generated document of the language, lightly mutated. */
export function fuzzInput(language: FileLanguage | undefined, options: InputOptions): fc.Arbitrary<FuzzInput> {
  const seeds = language ? corpusOf(language) : corpus();
  const byteMutations = fc.array(byteMutation(options), { minLength: 0, maxLength: options.maxMutations });
  const textMutations = options.textMutations ? fc.array(textMutation(), { maxLength: 3 }) : fc.constant<TextMutation[]>([]);
  const mutated = fc.tuple(fc.constantFrom(...seeds), byteMutations, textMutations).map(
    ([seed, bm, tm]): FuzzInput => ({ language: seed.language, origin: seed.name, seedPath: seed.path, bytes: seed.bytes, byteMutations: bm, textMutations: tm, maxBytes: options.maxBytes }),
  );
  const languages = language ? [language] : LANGUAGES;
  const generated = fc.constantFrom(...languages).chain((lang) =>
    fc.tuple(GENERATORS[lang](), fc.array(byteMutation(options), { maxLength: 2 }), textMutations).map(
      ([text, bm, tm]): FuzzInput => ({ language: lang, origin: 'generated', bytes: Buffer.from(text, 'utf8'), byteMutations: bm, textMutations: tm, maxBytes: options.maxBytes }),
    ),
  );
  const soupLanguage = fc.constantFrom(...languages);
  const soupInput = fc.tuple(soupLanguage, soup(), textMutations).map(
    ([lang, text, tm]): FuzzInput => ({ language: lang, origin: 'soup', bytes: Buffer.from(text, 'utf8'), byteMutations: [], textMutations: tm, maxBytes: options.maxBytes }),
  );
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: generated, weight: 3 }, { arbitrary: soupInput, weight: 1 });
}

/** Hostile fragments and random strings in any order: random nesting, unbalanced quotes and tags of every language at once. */
export function soup(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 }, { arbitrary: fc.string({ maxLength: 8, unit: 'binary' }), weight: 1 }), { maxLength: 300 })
    .map((parts) => parts.join(''));
}
