/**
 * Snippets of the session strategies (schemas/snippets/session-strategies.json):
 * sticky balancing, replication, a session server, PersistentManager stores.
 * Each snippet says where it fits (the parent element, block or section) and
 * for which Tomcat versions; the completion offers the ones that fit at the
 * cursor, for the node's Tomcat version.
 */
import data from '../../../schemas/snippets/session-strategies.json';
import { parseNginxText } from '../model/nginx/nginxConfig';
import { availability, versionFromText, type TomcatVersion, type VersionedItem } from '../model/tomcat/tomcatVersion';
import { parseHttpd, type HttpdDirective } from '../syntax/httpd/httpdParser';
import type { NginxStatement } from '../syntax/nginx/nginxParser';
import { parseXml, scanStartTag, type XmlElement } from '../syntax/xml/xmlDocument';
import type { FileLanguage } from '../workspace/fileKind';
import type { CompletionEntry, FeatureContext } from './featureContext';

export type SnippetStrategy = 'sticky' | 'replication' | 'session-server' | 'persistent-store';
export type SnippetFileRole = 'server.xml' | 'context.xml' | 'web.xml' | 'nginx' | 'httpd' | 'workers.properties';

export interface SnippetJar {
  /** artifactId-version.jar */
  file: string;
  /** Only for this Tomcat major version (memcached-session-manager-tcN). */
  tomcatMajor?: number;
  why?: string;
}

export interface StrategySnippet {
  id: string;
  label: string;
  strategy: SnippetStrategy;
  /** Markdown. */
  description: string;
  language: FileLanguage;
  fileRole: SnippetFileRole;
  /** content: between the children of the context; attribute: inside the context element's start tag. */
  insert: 'content' | 'attribute';
  /** Parent element names (XML), block names (nginx: main, http, upstream …), section names (httpd: server, VirtualHost), main (workers.properties). */
  context: string[];
  /** The Tomcat versions it applies to (catalogue convention); undefined: all. */
  tomcat?: VersionedItem;
  /** Jars it needs in Tomcat's lib folder. */
  jars: SnippetJar[];
  /** LSP snippet syntax. */
  body: string;
}

/** A snippet as schemas/snippets/session-strategies.json holds it: the body as lines, insert and jars optional. */
type SnippetData = Omit<StrategySnippet, 'insert' | 'jars' | 'body'> & { insert?: StrategySnippet['insert']; jars?: SnippetJar[]; body: string[]; generatedBy?: string };

// generatedBy names the script that wrote an entry (scripts/generate-snippets.mjs); it is no part of the snippet.
export const STRATEGY_SNIPPETS: readonly StrategySnippet[] = (data.snippets as SnippetData[]).map(({ generatedBy: _script, ...s }) => ({
  ...s,
  insert: s.insert ?? 'content',
  jars: s.jars ?? [],
  body: s.body.join('\n'),
}));

/** The name the top level of a file has in the snippets' `context`. */
export const TOP_LEVEL: Record<FileLanguage, string | undefined> = {
  'tomcat-xml': undefined,
  nginx: 'main',
  httpd: 'server',
  modjk: 'main',
};

/** httpd sections that only make their content conditional: a snippet fits inside one where it fits around it. */
const HTTPD_TRANSPARENT = new Set(['ifmodule', 'ifdefine', 'ifversion', 'iffile', 'ifdirective', 'ifsection', 'if', 'elseif', 'else']);

const STRATEGY_LABEL: Record<SnippetStrategy, string> = {
  sticky: 'sticky sessions',
  replication: 'session replication',
  'session-server': 'session server',
  'persistent-store': 'persistent session store',
};

/**
 * The snippets that fit under `parentPath` (outermost first; XML element
 * names, nginx block names, httpd section names; [] for the top level) in a
 * file of `language`, for a node of `tomcatVersion` ("9.0.83", "9.0", or the
 * node's version; undefined: any). `where` is 'attribute' inside the start tag
 * of the last element of the path.
 */
export function snippetsFor(language: FileLanguage, parentPath: string[], tomcatVersion?: TomcatVersion | string, where: 'content' | 'attribute' = 'content'): StrategySnippet[] {
  const path = language === 'httpd' ? parentPath.filter((p) => !HTTPD_TRANSPARENT.has(p.toLowerCase())) : parentPath;
  const parent = path.length > 0 ? path[path.length - 1] : TOP_LEVEL[language];
  if (parent === undefined) return [];
  const version = typeof tomcatVersion === 'string' ? versionFromText(tomcatVersion, 'the argument') : tomcatVersion;
  const same = language === 'httpd' ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
  return STRATEGY_SNIPPETS.filter(
    (s) =>
      s.language === language &&
      s.insert === where &&
      s.context.some((c) => same(c, parent)) &&
      !(s.tomcat && version && availability(s.tomcat, version) === 'no'),
  );
}

/** Where the cursor is: the parents around it, whether inside a start tag, and the partly typed word it replaces. */
export interface SnippetPlace {
  parentPath: string[];
  where: 'content' | 'attribute';
  /** Start of the partly typed text the snippet replaces (up to the cursor). */
  replaceStart: number;
  /** XML: the names already there (the parent's child elements, or the attributes of the start tag), when known. */
  present?: Set<string>;
}

/** Elements a parent holds at most once: a snippet bringing a second one does not fit. */
const SINGLE_ELEMENTS = new Set(['Cluster', 'Manager', 'distributable']);

/** What a snippet adds that can be there only once: its single top-level elements, or its attribute. */
function singles(s: StrategySnippet): string[] {
  if (s.language !== 'tomcat-xml') return [];
  if (s.insert === 'attribute') return [/^[\w:.-]+/.exec(s.body)![0]];
  return [...s.body.matchAll(/^<([\w:.-]+)/gm)].map((m) => m[1]).filter((n) => SINGLE_ELEMENTS.has(n));
}

/** The snippet completions at the cursor (kind 'snippet'). */
export function snippetCompletions(ctx: FeatureContext): CompletionEntry[] {
  const text = ctx.document.getText();
  const offset = Math.max(0, Math.min(ctx.offset, text.length));
  const place = placeAt(ctx, text, offset);
  if (!place) return [];
  const version = ctx.language === 'tomcat-xml' && ctx.filePath ? ctx.nodes?.nodeFor(ctx.filePath)?.version : undefined;
  const fits = (s: StrategySnippet) => !place.present || !singles(s).some((n) => place.present!.has(n));
  return snippetsFor(ctx.language, place.parentPath, version, place.where).filter(fits).map((s, i) => ({
    label: s.label,
    kind: 'snippet',
    detail: detailOf(s),
    documentation: s.description,
    insertText: s.body,
    snippet: true,
    replace: { start: place.replaceStart, end: offset },
    sortText: `~snippet-${String(i).padStart(3, '0')}`,
  }));
}

function detailOf(s: StrategySnippet): string {
  const versions: string[] = [];
  if (s.tomcat?.since?.length) versions.push(`${s.tomcat.since.join(' / ')}+`);
  if (s.tomcat?.removed) versions.push(`before ${s.tomcat.removed}`);
  return `${STRATEGY_LABEL[s.strategy]}${versions.length ? ` · Tomcat ${versions.join(', ')}` : ''}`;
}

export function placeAt(ctx: Pick<FeatureContext, 'language' | 'filePath' | 'nginxConfigs' | 'httpdConfigs'>, text: string, offset: number): SnippetPlace | undefined {
  switch (ctx.language) {
    case 'tomcat-xml':
      return xmlPlace(text, offset);
    case 'nginx': {
      const replaceStart = statementStart(text, offset, /[\w$]*$/);
      if (replaceStart === undefined) return undefined;
      const outer = ctx.filePath ? (ctx.nginxConfigs?.inclusionsOf(ctx.filePath)[0]?.inclusions[0]?.blocks ?? []) : [];
      return { parentPath: [...outer, ...nginxBlocksAt(parseNginxText(text).statements, offset)], where: 'content', replaceStart };
    }
    case 'httpd': {
      const replaceStart = statementStart(text, offset, /<?[\w]*$/);
      if (replaceStart === undefined) return undefined;
      return { parentPath: [...httpdIncludeContext(ctx, ctx.filePath), ...httpdSectionsAt(parseHttpd(text).directives, offset)], where: 'content', replaceStart };
    }
    case 'modjk': {
      const replaceStart = statementStart(text, offset, /[\w.]*$/);
      if (replaceStart === undefined) return undefined;
      return { parentPath: [], where: 'content', replaceStart };
    }
  }
}

/** Start of the word being typed when only white space precedes it on its line (a new statement); undefined elsewhere (arguments, comments). */
function statementStart(text: string, offset: number, word: RegExp): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const typed = word.exec(before)![0];
  if (before.slice(0, before.length - typed.length).trim() !== '') return undefined;
  return offset - typed.length;
}

/* ---------------------------------------------------------------- XML */

function xmlPlace(text: string, offset: number): SnippetPlace | undefined {
  // In a comment, a CDATA section or a processing instruction: nothing.
  if (isInside(text, offset, '<!--', '-->') || isInside(text, offset, '<![CDATA[', ']]>') || isInside(text, offset, '<?', '?>')) return undefined;
  const lt = text.lastIndexOf('<', offset - 1);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt > gt) {
    const tag = text.slice(lt, offset);
    if (/^<[\w.:-]*$/.test(tag)) {
      // An element name being typed: the snippet replaces `<Clu`.
      const open = openElementsAt(text, lt);
      return { parentPath: open.path, where: 'content', replaceStart: lt, present: open.children };
    }
    const start = /^<([\w.:-]+)\s/.exec(tag);
    if (!start || quotesOpen(tag)) return undefined;
    const typed = /[\w.:-]*$/.exec(tag)![0];
    if (!/\s$/.test(tag.slice(0, tag.length - typed.length))) return undefined;
    // The attributes of the whole start tag, the part after the cursor included (the word being typed excepted).
    const present = new Set(scanStartTag(text, lt + 1 + start[1].length).attributes.filter((a) => a.nameStart !== offset - typed.length).map((a) => a.name));
    return { parentPath: [...openElementsAt(text, lt).path, start[1]], where: 'attribute', replaceStart: offset - typed.length, present };
  }
  const typed = /[\w.:-]*$/.exec(text.slice(Math.max(gt + 1, 0), offset))![0];
  const open = openElementsAt(text, offset);
  return { parentPath: open.path, where: 'content', replaceStart: offset - typed.length, present: open.children };
}

function isInside(text: string, offset: number, open: string, close: string): boolean {
  const o = text.lastIndexOf(open, offset - open.length);
  if (o < 0) return false;
  const c = text.indexOf(close, o + open.length);
  return c < 0 || c + close.length > offset;
}

function quotesOpen(tag: string): boolean {
  let quote: string | undefined;
  for (const ch of tag) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
  }
  return quote !== undefined;
}

/**
 * Names of the elements open at `offset`, outermost first: the innermost
 * element whose start tag ends before the offset and whose end tag has not
 * begun, and its ancestors; with the names of that element's children. A
 * well-formed document is read from its tree; one being typed (not
 * well-formed) by a scan of the tags before the offset (children unknown).
 */
export function openElementsAt(text: string, offset: number): { path: string[]; children?: Set<string> } {
  const doc = parseXml(text);
  if (doc.errors.length === 0 && doc.roots.length > 0) {
    const path: string[] = [];
    let list: XmlElement[] = doc.roots;
    let parent: XmlElement | undefined;
    for (;;) {
      const inner = list.find((e) => !e.selfClosing && e.startTagEnd <= offset && offset <= endTagStart(text, e));
      if (!inner) return { path, children: parent ? new Set(parent.children.map((c) => c.name)) : undefined };
      path.push(inner.name);
      parent = inner;
      list = inner.children;
    }
  }
  return { path: scanOpenElements(text.slice(0, offset)) };
}

function endTagStart(text: string, element: XmlElement): number {
  const at = text.lastIndexOf('</', element.end - 1);
  return at >= element.startTagEnd ? at : element.end;
}

/** Elements still open at the end of `prefix`, by a plain tag scan (comments, CDATA, PIs and DOCTYPE skipped). */
function scanOpenElements(prefix: string): string[] {
  const stack: string[] = [];
  const tag = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!(?:[^>"']|"[^"]*"|'[^']*')*>?|<(\/?)([^\s/>]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(prefix))) {
    if (m[2] === undefined) continue;
    if (m[1]) {
      const k = stack.lastIndexOf(m[2]);
      if (k >= 0) stack.length = k;
    } else if (!m[3]) {
      stack.push(m[2]);
    }
  }
  return stack;
}

/* ---------------------------------------------------------------- nginx */

/** Names of the blocks around `offset`, outermost first. */
export function nginxBlocksAt(statements: NginxStatement[], offset: number): string[] {
  const path: string[] = [];
  let list = statements;
  for (;;) {
    const inner = list.find((s) => s.block && s.blockStart !== undefined && s.blockStart < offset && (s.blockEnd === undefined || offset <= s.blockEnd));
    if (!inner) return path;
    path.push(inner.name);
    list = inner.block!;
  }
}

/* ---------------------------------------------------------------- httpd */

/** Names of the sections around `offset`, outermost first (a section whose opening line the cursor is on, `<Pro` being typed, is not one). */
export function httpdSectionsAt(directives: HttpdDirective[], offset: number): string[] {
  const path: string[] = [];
  let list = directives;
  for (;;) {
    const inner = list.find((d) => d.children && d.end < offset && (d.closeStart === undefined || offset <= d.closeStart));
    if (!inner) return path;
    path.push(inner.name);
    list = inner.children!;
  }
}

/** The sections around the Include that pulls this file into its main configuration. */
function httpdIncludeContext(ctx: Pick<FeatureContext, 'httpdConfigs'>, filePath: string | undefined): string[] {
  if (!filePath || !ctx.httpdConfigs) return [];
  const by = ctx.httpdConfigs.configsOf(filePath)[0]?.includedBy.get(filePath)?.[0];
  const path: string[] = [];
  for (let d = by?.directive.parent; d; d = d.parent) path.unshift(d.name);
  return path;
}
