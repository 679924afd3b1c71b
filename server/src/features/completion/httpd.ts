/**
 * Completion in Apache httpd configurations from the directive catalogue
 * (schemas/httpd/directives.json) and the mod_proxy parameter catalogue
 * (schemas/httpd/proxy-parameters.json): the directives and sections the
 * enclosing section allows, the closing tag of the open section, balancer
 * parameters where a balancer takes them (ProxySet of a balancer, ProxyPass
 * to a balancer) and worker parameters where a member takes them
 * (BalancerMember, ProxySet of a worker), the values the parameter's
 * catalogue text enumerates (lbmethod=…, On/Off switches), balancer names
 * after `balancer://` (from the file and every configuration it belongs
 * to), and On/Off for flag directives.
 *
 * The enclosing sections come from a tolerant scan of the lines above the
 * cursor (section tags nest, a closing tag closes up to its opening tag), so
 * a section not closed yet does not matter.
 */
import * as path from 'node:path';
import catalogue from '../../../../schemas/httpd/directives.json';
import { BALANCER_PARAMETERS, PARAMETER_DOCS, WORKER_PARAMETERS, collectBalancers, type Balancer } from '../../model/httpd/balancers';
import { DIRECTORY_SECTIONS, allHttpdDirectiveNames, httpdDirective, httpdSection, type HttpdDirectiveInfo } from '../../model/httpd/directives';
import { parseHttpd, type HttpdFile } from '../../syntax/httpd/httpdParser';
import type { CompletionEntry, FeatureContext } from '../featureContext';
import { code, enumeratedValues, exampleValues, isOnOffDoc, markdown, sortKey } from './common';

interface OpenSection {
  name: string;
  args: string[];
}

interface Word {
  value: string;
  start: number;
  end: number;
}

export function httpdCompletions(ctx: FeatureContext): CompletionEntry[] {
  const text = ctx.document.getText();
  const offset = ctx.offset;
  const lineStart = logicalLineStart(text, offset);
  const before = text.slice(lineStart, offset);
  if (/^\s*#/.test(before)) return [];
  const sections = openSections(text, lineStart);
  const htaccess = !!ctx.filePath && path.basename(ctx.filePath) === '.htaccess';
  const lineEnd = physicalLineEnd(text, offset);

  const closing = /^(\s*)<\/([A-Za-z]*)$/.exec(before);
  if (closing) {
    const open = sections[sections.length - 1];
    if (!open) return [];
    const start = offset - closing[2].length;
    let end = offset;
    while (end < lineEnd && /[A-Za-z]/.test(text[end])) end++;
    return [{ label: open.name, kind: 'keyword', detail: `closes <${open.name}>`, insertText: text[end] === '>' ? open.name : `${open.name}>`, replace: { start, end } }];
  }
  const opening = /^(\s*)<([A-Za-z]*)$/.exec(before);
  if (opening) {
    const start = offset - opening[2].length;
    let end = offset;
    while (end < lineEnd && /[A-Za-z]/.test(text[end])) end++;
    return sectionEntries(sections, htaccess, { start, end }, text.slice(end, lineEnd).trim() === '');
  }

  const words = splitWords(text, lineStart, offset);
  const typing = words.length && words[words.length - 1].end >= offset && !/\s/.test(text[offset - 1] ?? ' ') ? words.pop()! : undefined;
  let tokenEnd = offset;
  while (tokenEnd < lineEnd && !/\s/.test(text[tokenEnd])) tokenEnd++;
  const token: Word = typing ? { ...typing, end: Math.max(typing.end, tokenEnd) } : { value: '', start: offset, end: tokenEnd };
  const typed = text.slice(token.start, offset);

  if (words.length === 0) {
    if (typed.startsWith('<')) return [];
    return directiveEntries(sections, htaccess, { start: token.start, end: token.end });
  }
  const first = words[0].value;
  const isSection = first.startsWith('<');
  const name = (isSection ? first.slice(1) : first).toLowerCase();
  const args = words.slice(1);

  const balancerRef = /^(balancer:\/\/)([\w.-]*)$/i.exec(typed);
  if (balancerRef) {
    const start = token.start + balancerRef[1].length;
    let end = offset;
    while (end < token.end && /[\w.-]/.test(text[end])) end++;
    return balancerEntries(ctx, text, { start, end });
  }

  if (!isSection) {
    const level = parameterLevel(name, args, sections);
    if (level) {
      const eq = typed.indexOf('=');
      if (eq > 0) return parameterValueEntries(typed.slice(0, eq).toLowerCase(), { start: token.start + eq + 1, end: token.end });
      if (/^[a-z]*$/i.test(typed)) return parameterEntries(level, { start: token.start, end: token.end }, new Set(args.map((a) => a.value.split('=')[0].toLowerCase())));
      return [];
    }
    const info = httpdDirective(name);
    if (info?.args === 'FLAG' && args.length === 0) {
      return ['On', 'Off'].map((v, index) => ({ label: v, kind: 'keyword', replace: { start: token.start, end: token.end }, sortText: sortKey(0, index, v) }));
    }
  }
  return [];
}

// ---------------------------------------------------------------------------
// Lines and sections

/** The start of the logical line holding the offset (a line ending in `\` continues on the next). */
function logicalLineStart(text: string, offset: number): number {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0) {
    const prevEnd = start - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = text.slice(prevStart, prevEnd).replace(/\r$/, '');
    if (!prev.endsWith('\\')) break;
    start = prevStart;
  }
  return start;
}

function physicalLineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The sections open at `upTo`, outermost first. */
function openSections(text: string, upTo: number): OpenSection[] {
  const stack: OpenSection[] = [];
  const lines = text.slice(0, upTo).replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('<')) continue;
    const close = /^<\/\s*([A-Za-z][\w:-]*)/.exec(line);
    if (close) {
      const at = stack.map((s) => s.name.toLowerCase()).lastIndexOf(close[1].toLowerCase());
      if (at >= 0) stack.length = at;
      continue;
    }
    const open = /^<\s*([A-Za-z][\w:-]*)([^>]*)>?/.exec(line);
    if (open) stack.push({ name: open[1], args: open[2].trim().split(/\s+/).filter(Boolean).map((a) => a.replace(/^["']|["']$/g, '')) });
  }
  return stack;
}

/** The words of the logical line from `start` to `offset` (quotes kept together, continuations as spaces). */
function splitWords(text: string, start: number, offset: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < offset) {
    const ch = text[i];
    if (/\s/.test(ch) || (ch === '\\' && /\r|\n/.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    const begin = i;
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i = Math.min(text.length, i + 1);
    } else {
      while (i < text.length && !/\s/.test(text[i])) i++;
    }
    out.push({ value: text.slice(begin, i).replace(/^["']|["']$/g, ''), start: begin, end: i });
  }
  return out;
}

function insideDirectorySection(sections: OpenSection[], htaccess: boolean): boolean {
  return htaccess || sections.some((s) => DIRECTORY_SECTIONS.has(s.name.toLowerCase()));
}

/** Whether httpd takes the directive here: server-only ones not in per-directory sections, per-directory ones only there. */
function allowedHere(info: HttpdDirectiveInfo, sections: OpenSection[], htaccess: boolean): boolean {
  const inside = insideDirectorySection(sections, htaccess);
  if (htaccess && !info.htaccess) return false;
  if (info.context === 'server') return !inside;
  if (info.context === 'directory') return inside || sections.some((s) => /^limit(except)?$/i.test(s.name));
  return true;
}

// ---------------------------------------------------------------------------
// Directives and sections

function directiveEntries(sections: OpenSection[], htaccess: boolean, replace: { start: number; end: number }): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const name of allHttpdDirectiveNames().sort((a, b) => a.localeCompare(b))) {
    const info = httpdDirective(name);
    if (!info || !allowedHere(info, sections, htaccess)) continue;
    out.push({
      label: info.name,
      kind: 'directive',
      detail: `${info.module}${info.args ? ` · ${info.args}` : ''}`,
      documentation: directiveDoc(info),
      replace,
      sortText: sortKey(0, 0, info.name.toLowerCase()),
    });
  }
  return out;
}

function sectionEntries(sections: OpenSection[], htaccess: boolean, replace: { start: number; end: number }, restOfLineEmpty: boolean): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const names = Object.keys(catalogue.directives).filter((k) => k.startsWith('<')).map((k) => k.slice(1));
  for (const name of names.sort((a, b) => a.localeCompare(b))) {
    const info = httpdSection(name);
    if (!info || !allowedHere(info, sections, htaccess)) continue;
    if (name.toLowerCase() === 'virtualhost' && sections.some((s) => s.name.toLowerCase() === 'virtualhost')) continue;
    out.push({
      label: info.name,
      kind: 'keyword',
      detail: `<${info.name}> section · ${info.module}`,
      documentation: directiveDoc(info),
      insertText: restOfLineEmpty ? `${info.name} \${1}>\n\t$0\n</${info.name}>` : undefined,
      snippet: restOfLineEmpty ? true : undefined,
      replace,
      sortText: sortKey(0, 0, info.name.toLowerCase()),
    });
  }
  return out;
}

function directiveDoc(info: HttpdDirectiveInfo): string {
  const where = info.context === 'server' ? 'server config, virtual host' : info.context === 'directory' ? 'directory sections (<Directory>, <Location>, <Files>, <Proxy>, <If>)' : 'server config, virtual host, directory sections';
  return markdown(
    info.description ? info.description.charAt(0).toUpperCase() + info.description.slice(1) + '.' : undefined,
    `Module: ${code(info.module)} · Context: ${where}${info.htaccess ? `, .htaccess${info.override ? ` (AllowOverride ${info.override})` : ''}` : ''}`,
  );
}

// ---------------------------------------------------------------------------
// Balancer and worker parameters

type Level = 'balancer' | 'worker';

/**
 * Which parameters the word at the cursor can be: a BalancerMember's (worker)
 * after its URL; a ProxySet's (balancer when it names a balancer or sits in
 * <Proxy balancer://…>, worker otherwise); a ProxyPass's after its URL
 * (balancer when the URL is a balancer). Undefined elsewhere.
 */
function parameterLevel(name: string, args: Word[], sections: OpenSection[]): Level | undefined {
  const isBalancer = (v: string | undefined): boolean => !!v && /^balancer:\/\//i.test(v);
  const proxy = [...sections].reverse().find((s) => /^proxy(match)?$/i.test(s.name));
  if (name === 'balancermember') {
    const explicit = isBalancer(args[0]?.value);
    const urlIndex = explicit ? 1 : 0;
    return args.length > urlIndex ? 'worker' : undefined;
  }
  if (name === 'proxyset') {
    if (args[0]?.value.includes('://')) return isBalancer(args[0].value) ? 'balancer' : 'worker';
    if (proxy) return isBalancer(proxy.args[0]) ? 'balancer' : 'worker';
    return undefined;
  }
  if (name === 'proxypass' || name === 'proxypassmatch') {
    const url = args.find((a) => a.value.includes('://') || a.value === '!');
    if (!url || url.value === '!') return undefined;
    return isBalancer(url.value) ? 'balancer' : 'worker';
  }
  return undefined;
}

function parameterEntries(level: Level, replace: { start: number; end: number }, present: Set<string>): CompletionEntry[] {
  const names = level === 'balancer' ? BALANCER_PARAMETERS : WORKER_PARAMETERS;
  const out: CompletionEntry[] = [];
  let index = 0;
  for (const name of names) {
    if (present.has(name)) continue;
    const doc = PARAMETER_DOCS[name];
    const values = parameterValues(name);
    out.push({
      label: `${name}=`,
      kind: 'parameter',
      detail: level === 'balancer' ? 'balancer parameter' : 'worker (member) parameter',
      documentation: markdown(doc, values.length ? `Values: ${values.map((v) => code(v.label)).join(', ')}` : undefined),
      insertText: `${name}=`,
      replace,
      sortText: sortKey(0, index++, name),
    });
  }
  return out;
}

/** The values a parameter's catalogue text names: an enumeration (lbmethod, flushpackets), On/Off for a switch, its examples (stickysession). */
function parameterValues(name: string): { label: string; isDefault?: boolean; example?: boolean }[] {
  const doc = PARAMETER_DOCS[name];
  const enumerated = enumeratedValues(doc);
  if (enumerated.length) return enumerated;
  const onOff = isOnOffDoc(doc);
  if (onOff) return [{ label: 'On', isDefault: onOff.defaultOn }, { label: 'Off', isDefault: !onOff.defaultOn }];
  return exampleValues(doc).map((label) => ({ label, example: true }));
}

function parameterValueEntries(key: string, replace: { start: number; end: number }): CompletionEntry[] {
  if (!PARAMETER_DOCS[key]) return [];
  return parameterValues(key).map((v, index) => ({
    label: v.label,
    kind: 'value',
    detail: v.isDefault ? 'default' : v.example ? 'example' : undefined,
    documentation: PARAMETER_DOCS[key],
    replace,
    sortText: sortKey(v.isDefault ? 0 : 1, index, v.label),
  }));
}

// ---------------------------------------------------------------------------
// Balancer names

function balancerEntries(ctx: FeatureContext, text: string, replace: { start: number; end: number }): CompletionEntry[] {
  const files = new Map<string, HttpdFile>();
  const self = ctx.filePath ?? '(this file)';
  files.set(self, parseHttpd(text));
  if (ctx.filePath && ctx.httpdConfigs) {
    for (const config of ctx.httpdConfigs.configsOf(ctx.filePath)) for (const [p, f] of config.files) if (!files.has(p)) files.set(p, f);
  }
  const balancers = collectBalancers(files).balancers;
  const out: CompletionEntry[] = [];
  let index = 0;
  for (const b of balancers.values()) {
    // A name only being typed on this line is no balancer yet.
    const declaredElsewhere = b.declarations.length + b.members.length + b.params.length > 0;
    if (!declaredElsewhere) continue;
    if (b.declarations.every((d) => d.path === self && d.item.start <= ctx.offset && ctx.offset <= d.item.end) && b.members.length === 0 && b.params.length === 0) continue;
    out.push({
      label: b.name,
      kind: 'reference',
      detail: `balancer · ${b.members.length} member${b.members.length === 1 ? '' : 's'}`,
      documentation: balancerDoc(b, self),
      replace,
      sortText: sortKey(0, index++, b.name),
    });
  }
  return out;
}

function balancerDoc(b: Balancer, self: string): string {
  const where = (p: string): string => (p === self ? 'this file' : path.basename(p));
  const members = b.members.map((m) => `BalancerMember ${m.item.url.value}${m.item.params.map((p) => ` ${p.key}=${p.value}`).join('')}`);
  const params = b.params.map((p) => `${p.item.key}=${p.item.value}`);
  return markdown(
    `${code(`balancer://${b.name}`)}${b.declarations[0] ? ` (${where(b.declarations[0].path)})` : ''}`,
    members.length ? '```apacheconf\n' + members.join('\n') + '\n```' : undefined,
    params.length ? `Balancer parameters: ${params.map(code).join(', ')}` : undefined,
  );
}
