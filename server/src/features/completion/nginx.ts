/**
 * Completion in nginx configurations from @nginx/reference-lib (through
 * model/nginx/directives): the directives the enclosing block allows (with
 * their syntax, default and docs), `$variables` after `$` (the reference's,
 * the session cookie's, and the ones the file uses), upstream names after
 * `proxy_pass http://` and the other `*_pass` directives (from the file and
 * every configuration it belongs to), and `on`/`off` for flag directives.
 *
 * The cursor's block is found by a tolerant scan of the text up to the
 * cursor, the way nginx tokenises it, so a statement being typed (no `;`
 * yet) or a block not closed yet does not matter; an included file starts
 * in the block it is included in.
 */
import * as path from 'node:path';
import type { Directive } from '@nginx/reference-lib';
import modjk from '../../../../schemas/modjk/workers.json';
import { NGINX_VARIABLES, allDirectiveNames, allowedIn, arityOf, contextOf, directiveEntries, isKnownDirective, type DirectiveContext } from '../../model/nginx/directives';
import { configStatements, parseNginxText } from '../../model/nginx/nginxConfig';
import { OPAQUE_BLOCKS, allStatements, type NginxStatement } from '../../syntax/nginx/nginxParser';
import type { CompletionEntry, FeatureContext } from '../featureContext';
import { code, markdown, snippetText, sortKey } from './common';

interface Token {
  /** As written (quotes included). */
  raw: string;
  start: number;
  end: number;
}

type NginxSituation =
  | { kind: 'directive'; blocks: string[]; start: number; end: number }
  | { kind: 'argument'; blocks: string[]; directive: string; words: Token[]; token: Token; typed: string }
  | { kind: 'none' };

const SPACE = /[ \t\r\n]/;

export function nginxCompletions(ctx: FeatureContext): CompletionEntry[] {
  const text = ctx.document.getText();
  const situation = nginxSituation(text, ctx.offset);
  if (situation.kind === 'none') return [];
  const blocks = [...outerBlocks(ctx, text), ...situation.blocks];
  if (blocks.some((b) => OPAQUE_BLOCKS.has(b)) && situation.kind === 'directive') return [];
  const context = contextOf(blocks);
  if (situation.kind === 'directive') return directiveEntriesFor(context, { start: situation.start, end: situation.end });
  const { token, typed } = situation;
  const dollar = typed.lastIndexOf('$');
  if (dollar >= 0 && /^\{?[A-Za-z0-9_]*$/.test(typed.slice(dollar + 1))) {
    const start = token.start + dollar;
    let end = ctx.offset;
    while (end < text.length && /[A-Za-z0-9_}]/.test(text[end]) && (text[end] !== '}' || typed[dollar + 1] === '{')) end++;
    return variableEntries(ctx, text, context, { start, end }, token);
  }
  if (situation.words.length === 1 && situation.directive.endsWith('_pass')) {
    const upstreams = upstreamEntries(ctx, text, context, situation.directive, token, typed);
    if (upstreams) return upstreams;
  }
  if (situation.words.length === 1 && !typed.startsWith('"') && !typed.startsWith("'") && arityOf(situation.directive, context)?.flag) {
    const defaultValue = entriesIn(situation.directive, context)[0]?.default;
    return ['on', 'off'].map((v, index) => ({ label: v, kind: 'keyword', detail: defaultValue === v ? 'default' : undefined, replace: { start: token.start, end: token.end }, sortText: sortKey(0, index, v) }));
  }
  return [];
}

// ---------------------------------------------------------------------------
// Where the cursor is

function nginxSituation(text: string, offset: number): NginxSituation {
  const blocks: string[] = [];
  let words: Token[] = [];
  let i = 0;
  const n = text.length;
  let current: Token | undefined;
  while (i < offset) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      const eol = text.indexOf('\n', i);
      if (eol < 0 || eol >= offset) return { kind: 'none' };
      i = eol + 1;
      continue;
    }
    if (ch === ';') {
      words = [];
      i++;
      continue;
    }
    if (ch === '{') {
      blocks.push(words[0]?.raw ?? '');
      words = [];
      i++;
      continue;
    }
    if (ch === '}') {
      blocks.pop();
      words = [];
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    const token = { raw: text.slice(i, end), start: i, end };
    if (end >= offset) {
      current = token;
      break;
    }
    words.push(token);
    i = end;
  }
  if (!current) {
    // Nothing typed yet at the cursor, or the cursor at the start of a word.
    const end = text[offset] !== undefined && !SPACE.test(text[offset]) && !';{}#'.includes(text[offset]) ? tokenEnd(text, offset) : offset;
    current = { raw: text.slice(offset, end), start: offset, end };
  }
  const typed = text.slice(current.start, Math.min(offset, n));
  if (words.length === 0) return { kind: 'directive', blocks, start: current.start, end: current.end };
  return { kind: 'argument', blocks, directive: words[0].raw, words, token: current, typed };
}

/** One past a token nginx reads from `i`: a quoted string, or a word up to white space, `;` or `{` (`${…}` stays whole). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const q = text[i];
  if (q === '"' || q === "'") {
    let j = i + 1;
    while (j < n && text[j] !== q) j += text[j] === '\\' ? 2 : 1;
    return Math.min(n, j + 1);
  }
  let j = i;
  while (j < n) {
    const c = text[j];
    if (SPACE.test(c) || c === ';' || c === '{') break;
    if (c === '}' && j === i) break;
    if (c === '$' && text[j + 1] === '{') {
      const close = text.indexOf('}', j);
      j = close < 0 ? n : close + 1;
      continue;
    }
    if (c === '\\') j++;
    j++;
  }
  return Math.min(j, n);
}

/** The blocks the file is read in: where a configuration includes it, else where its top-level directives belong. */
function outerBlocks(ctx: FeatureContext, text: string): string[] {
  if (ctx.filePath && ctx.nginxConfigs) {
    const found = ctx.nginxConfigs.inclusionsOf(ctx.filePath);
    for (const { inclusions } of found) if (inclusions[0]) return inclusions[0].blocks;
  }
  if (ctx.filePath && path.basename(ctx.filePath) === 'nginx.conf') return [];
  // A file no configuration includes: the outermost context that takes all its top-level directives.
  const names = parseNginxText(text).statements.map((s) => s.name).filter(isKnownDirective);
  if (names.length === 0) return [];
  const candidates = [[], ['http'], ['http', 'server'], ['http', 'server', 'location'], ['stream'], ['stream', 'server']];
  return candidates.find((blocks) => names.every((name) => allowedIn(name, contextOf(blocks)))) ?? [];
}

// ---------------------------------------------------------------------------
// Directives

/** The directive entries of a context, built once per context (the docs of some 500 directives). */
const directiveCache = new Map<string, CompletionEntry[]>();

function directiveEntriesFor(context: DirectiveContext, replace: { start: number; end: number }): CompletionEntry[] {
  const key = `${context.family}:${context.name}`;
  let entries = directiveCache.get(key);
  if (!entries) directiveCache.set(key, (entries = buildDirectiveEntries(context)));
  return entries.map((e) => ({ ...e, replace }));
}

function buildDirectiveEntries(context: DirectiveContext): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const name of allDirectiveNames().sort()) {
    if (!allowedIn(name, context)) continue;
    const entries = entriesIn(name, context);
    const d = entries[0];
    if (!d) continue;
    const syntax = [...new Set(entries.flatMap((e) => e.syntax.map((s) => plainSyntax(s))))];
    out.push({
      label: name,
      kind: 'directive',
      detail: syntax.length ? `${name} ${syntax[0]}`.trim() : name,
      documentation: markdown(
        '```nginx\n' + syntax.map((s) => `${name} ${s}`.trim() + (d.isBlock ? '' : ';')).join('\n') + '\n```',
        d.default ? `Default: ${code(d.default)}` : undefined,
        `Context: ${[...new Set(entries.flatMap((e) => e.contexts.map((c) => c || 'any')))].join(', ')} · Module: ${[...new Set(entries.map((e) => e.module))].join(', ')}`,
        d.description,
        moduleLink(d),
      ),
      sortText: sortKey(0, 0, name),
    });
  }
  return out;
}

/** The reference entries of a directive for this context (http, stream and mail each have their own `server`). */
function entriesIn(name: string, context: DirectiveContext): Directive[] {
  const all = directiveEntries(name);
  const family = (d: Directive): string | undefined => /^ngx_(http|stream|mail)_/.exec(d.module)?.[1];
  const inFamily = ['http', 'stream', 'mail'].includes(context.family) ? all.filter((d) => !family(d) || family(d) === context.family) : all;
  const here = inFamily.filter((d) => d.contexts.includes(context.name) || d.contexts.includes('') || (context.name.startsWith('if') && d.contexts.includes('if')));
  return here.length ? here : inFamily;
}

/** "*`key`* [`consistent`]" → "key [consistent]". */
function plainSyntax(syntax: string): string {
  return syntax.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
}

function moduleLink(d: Directive): string | undefined {
  const m = /^ngx_(http|stream|mail)_/.exec(d.module);
  if (!m && d.module !== 'ngx_core_module') return undefined;
  return `[${d.module}](https://nginx.org/en/docs/${m ? `${m[1]}/` : ''}${d.module}.html#${d.name})`;
}

// ---------------------------------------------------------------------------
// Variables

function variableEntries(ctx: FeatureContext, text: string, context: DirectiveContext, replace: { start: number; end: number }, typing: Token): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const family = context.family === 'stream' ? 'stream' : context.family === 'http' ? 'http' : undefined;
  const fits = (module: string): boolean => {
    const m = /^ngx_(http|stream|mail)_/.exec(module)?.[1];
    return !family || !m || m === family;
  };
  const seen = new Set<string>();
  NGINX_VARIABLES.forEach((v, index) => {
    if (!fits(v.module) || seen.has(v.name)) return;
    seen.add(v.name);
    const prefixed = /^(\$[a-z0-9_]*_)NAME$/.exec(v.name);
    out.push({
      label: v.name,
      kind: 'variable',
      detail: v.module,
      documentation: markdown(v.description, prefixed ? `Write the name in place of ${code('NAME')}: ${code(prefixed[1] + 'name')}.` : undefined),
      insertText: prefixed ? `${snippetText(prefixed[1])}\${1:name}` : undefined,
      snippet: prefixed ? true : undefined,
      replace,
      sortText: sortKey(2, index, v.name),
    });
  });
  // The session cookie of the Tomcat backends (mod_jk's catalogue names it: the default of an lb worker's session_cookie).
  const cookie = (modjk.types as Record<string, { properties: Record<string, { default?: string | null; doc?: string; note?: string }> }>).lb?.properties.session_cookie;
  if (family !== 'stream' && cookie?.default) {
    const name = `$cookie_${cookie.default}`;
    if (!seen.has(name)) {
      seen.add(name);
      out.push({
        label: name,
        kind: 'variable',
        detail: 'the Tomcat session cookie',
        documentation: markdown(
          `The value of Tomcat's session cookie ${code(cookie.default)}: the session id, with the node's jvmRoute after the first dot.`,
          `As a ${code('hash')} key it is no affinity: nginx sends a session to the node its id hashes to, not to the node that created it, and the first request has no cookie at all.`,
          cookie.note,
        ),
        replace,
        sortText: sortKey(0, 0, name),
      });
    }
  }
  // Variables the file (and its configurations) already use: `set $x`, `map … $x`, `$cookie_route` …
  const used = new Map<string, string>();
  const collect = (statements: Iterable<NginxStatement>, where: string): void => {
    for (const s of statements) {
      for (const a of s.args) {
        if (a.start >= typing.start && a.start < typing.end) continue;
        for (const m of a.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (!used.has(`$${m[1]}`)) used.set(`$${m[1]}`, where);
      }
    }
  };
  collect(allStatements(parseNginxText(text).statements), 'this file');
  if (ctx.filePath && ctx.nginxConfigs) {
    for (const { config } of ctx.nginxConfigs.inclusionsOf(ctx.filePath)) {
      const others = [...configStatements(config)].filter((x) => x.path !== ctx.filePath);
      for (const x of others) collect([x.statement], path.relative(config.prefix, x.path) || path.basename(x.path));
    }
  }
  let index = 0;
  for (const [name, where] of used) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ label: name, kind: 'variable', detail: `used in ${where}`, replace, sortText: sortKey(1, index++, name) });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Upstreams

interface UpstreamInfo {
  name: string;
  family: 'http' | 'stream';
  where: string;
  servers: string[];
}

/**
 * Upstream names for the address of a `*_pass`: after `http://` or
 * `https://` for proxy_pass in http, after `grpc://` or bare for grpc_pass,
 * bare for the others and for proxy_pass in stream. Undefined when the
 * typed text is no upstream name position (an address with a dot or a port).
 */
function upstreamEntries(ctx: FeatureContext, text: string, context: DirectiveContext, directive: string, token: Token, typed: string): CompletionEntry[] | undefined {
  if (token.raw.startsWith('"') || token.raw.startsWith("'")) return undefined;
  const m = /^([a-z][a-z0-9+.-]*:\/\/)?([A-Za-z0-9_-]*)$/.exec(typed);
  if (!m) return undefined;
  const family = context.family === 'stream' ? 'stream' : 'http';
  const needsScheme = directive === 'proxy_pass' && family === 'http';
  if (needsScheme && !m[1]) return undefined;
  const start = token.start + (m[1]?.length ?? 0);
  let end = start + m[2].length;
  while (end < token.end && /[A-Za-z0-9_-]/.test(text[end])) end++;
  const upstreams = collectUpstreams(ctx, text).filter((u) => u.family === family);
  return upstreams.map((u, index) => ({
    label: u.name,
    kind: 'reference',
    detail: `upstream in ${u.where}`,
    documentation: markdown(`${code(`upstream ${u.name}`)} (${u.where})`, u.servers.length ? '```nginx\n' + u.servers.join('\n') + '\n```' : undefined),
    replace: { start, end },
    sortText: sortKey(0, index, u.name),
  }));
}

function collectUpstreams(ctx: FeatureContext, text: string): UpstreamInfo[] {
  const out = new Map<string, UpstreamInfo>();
  const outer = outerBlocks(ctx, text);
  const add = (s: NginxStatement, outerBlocksOfFile: string[], where: string): void => {
    if (s.name !== 'upstream' || !s.block || !s.args[0]) return;
    let family: 'http' | 'stream' = outerBlocksOfFile.includes('stream') ? 'stream' : 'http';
    for (let p = s.parent; p; p = p.parent) if (p.name === 'stream' || p.name === 'http') family = p.name;
    const name = s.args[0].value;
    const key = `${family}:${name}`;
    if (out.has(key)) return;
    const servers = s.block.filter((x) => x.name === 'server').map((x) => `server ${x.args.map((a) => a.value).join(' ')};`);
    out.set(key, { name, family, where, servers });
  };
  for (const s of allStatements(parseNginxText(text).statements)) add(s, outer, 'this file');
  if (ctx.filePath && ctx.nginxConfigs) {
    for (const { config } of ctx.nginxConfigs.inclusionsOf(ctx.filePath)) {
      for (const x of configStatements(config)) {
        if (x.path === ctx.filePath) continue;
        add(x.statement, config.inclusions.get(x.path)?.[0]?.blocks ?? [], path.relative(config.prefix, x.path) || path.basename(x.path));
      }
    }
  }
  return [...out.values()];
}

