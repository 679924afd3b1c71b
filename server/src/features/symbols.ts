/**
 * The outline of a configuration file (document symbols), nested as the file
 * nests: Tomcat XML (Server › Service › Connector/Engine › Host › Context,
 * Cluster › Channel › Membership/Receiver/Interceptor, Managers; web.xml's
 * distributable, servlets, filters…), nginx blocks (http › server ›
 * location, upstream with its servers), httpd sections with the directives
 * that matter to a balancer, and mod_jk workers with their properties.
 *
 * Every parser returns what it could build from a half-typed file, and the
 * outline shows that. Ranges: start/end cover the whole construct (a block to
 * its `}`, an element to its end tag, a section to its closing tag; to the
 * end of what encloses it when it is not closed yet); the selection is the
 * name's text and always lies inside the range; children lie inside their
 * parent.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { msmManagerOf } from '../model/msm/msmManager';
import { parseNginxText } from '../model/nginx/nginxConfig';
import { workerType, workersModel, type WorkersModel } from '../model/modjk/workers';
import { parseHttpd, type HttpdDirective } from '../syntax/httpd/httpdParser';
import { parseWorkers, type WorkersLine } from '../syntax/modjk/workersParser';
import { OPAQUE_BLOCKS, type NginxStatement } from '../syntax/nginx/nginxParser';
import { parseXml, type XmlAttribute, type XmlElement } from '../syntax/xml/xmlDocument';
import type { FileLanguage } from '../workspace/fileKind';
import type { SymbolEntry, SymbolKind } from './featureContext';

/** Nesting deeper than this is not outlined (a pathological file must not exhaust the stack). */
const MAX_DEPTH = 128;

export function documentSymbols(document: TextDocument, language: FileLanguage): SymbolEntry[] {
  const text = document.getText();
  let symbols: SymbolEntry[];
  try {
    switch (language) {
      case 'tomcat-xml':
        symbols = xmlSymbols(text);
        break;
      case 'nginx':
        symbols = nginxSymbols(text);
        break;
      case 'httpd':
        symbols = httpdSymbols(text);
        break;
      case 'modjk':
        symbols = modjkSymbols(text);
        break;
      default:
        symbols = [];
    }
  } catch {
    // The parsers never throw; an outline is not worth a crash if something else does.
    symbols = [];
  }
  for (const s of symbols) normalize(s, text.length);
  return symbols;
}

// ---------------------------------------------------------------------------
// Shared helpers

interface Span {
  start: number;
  end: number;
}

function entry(kind: SymbolKind, name: string, range: Span, selection: Span, detail?: string, children: SymbolEntry[] = []): SymbolEntry {
  const e: SymbolEntry = { name: name.trim() === '' ? '(unnamed)' : name, kind, start: range.start, end: range.end, selectionStart: selection.start, selectionEnd: selection.end, children };
  if (detail !== undefined && detail.trim() !== '') e.detail = detail;
  return e;
}

/** The text of a span with runs of white space (line breaks, continuations) as one space. */
function spanText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\\?\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Parents cover their children, selections lie inside their ranges (iterative: any depth). */
function normalize(root: SymbolEntry, textLength: number): void {
  const order: SymbolEntry[] = [];
  const stack = [root];
  while (stack.length) {
    const s = stack.pop()!;
    order.push(s);
    stack.push(...s.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const s = order[i];
    s.start = Math.max(0, Math.min(s.start, textLength));
    s.end = Math.max(s.start, Math.min(s.end, textLength));
    for (const c of s.children) {
      if (c.start < s.start) s.start = c.start;
      if (c.end > s.end) s.end = c.end;
    }
    s.selectionStart = Math.min(Math.max(s.selectionStart, s.start), s.end);
    s.selectionEnd = Math.min(Math.max(s.selectionEnd, s.selectionStart), s.end);
  }
}

function simpleClassName(className: string): string {
  const trimmed = className.trim();
  return trimmed.slice(trimmed.lastIndexOf('.') + 1);
}

// ---------------------------------------------------------------------------
// Tomcat XML: server.xml, context.xml, web.xml

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function attr(e: XmlElement, name: string): XmlAttribute | undefined {
  return e.attributes.find((a) => a.name === name);
}

function xmlSymbols(text: string): SymbolEntry[] {
  let doc = parseXml(text);
  // A tag being typed at the end (`<Clu`, an open quote, `<!-- …`) leaves fast-xml-parser with no
  // tree at all: outline what precedes that unfinished tag (a prefix keeps every offset).
  if (doc.roots.length === 0 && doc.errors.length > 0) {
    const cut = text.lastIndexOf('<');
    if (cut > 0 && !text.includes('>', cut)) doc = parseXml(text.slice(0, cut));
  }
  const out: SymbolEntry[] = [];
  for (const root of doc.roots) out.push(...elementSymbols(root, text, text.length, isWebXmlRoot(root), 0));
  return out;
}

function isWebXmlRoot(root: XmlElement): boolean {
  const n = localName(root.name);
  return n === 'web-app' || n === 'web-fragment';
}

/**
 * The end of an element: its end tag, or (when the file ends or its parent closes before its
 * end tag) the end of its parent.
 */
function elementEnd(e: XmlElement, parentEnd: number): number {
  if (!e.selfClosing && e.end < e.startTagEnd) return parentEnd;
  return Math.min(Math.max(e.end, e.startTagEnd), parentEnd);
}

/** The symbols an element contributes: itself with its children, or (when it is not outlined) its children's. */
function elementSymbols(e: XmlElement, text: string, parentEnd: number, web: boolean, depth: number): SymbolEntry[] {
  if (depth > MAX_DEPTH) return [];
  const end = elementEnd(e, parentEnd);
  const children: SymbolEntry[] = [];
  const describe = web ? webXmlSymbol : tomcatSymbol;
  const own = describe(e, text);
  if (own === undefined || own.descend) for (const c of e.children) children.push(...elementSymbols(c, text, end, web, depth + 1));
  if (!own) return children;
  return [entry(own.kind, own.name, { start: e.start, end }, own.selection, own.detail, children)];
}

interface Described {
  kind: SymbolKind;
  name: string;
  selection: Span;
  detail?: string;
  /** Whether the element's children are outlined under it. */
  descend: boolean;
}

function tagName(e: XmlElement): Span {
  return { start: e.nameStart, end: e.nameEnd };
}

/** The simple class name inside a className attribute's value, as a span of the document. */
function classSpan(a: XmlAttribute): { name: string; span: Span } | undefined {
  const value = a.value;
  const trimmedEnd = value.trimEnd().length;
  const dot = value.lastIndexOf('.', trimmedEnd - 1);
  const from = Math.max(dot + 1, value.length - value.trimStart().length);
  const name = value.slice(from, trimmedEnd);
  if (!name) return undefined;
  return { name, span: { start: a.valueStart + from, end: a.valueStart + trimmedEnd } };
}

/** A name taken from one attribute's value, selected there; undefined when the value is empty. */
function attrName(e: XmlElement, name: string): { name: string; span: Span } | undefined {
  const a = attr(e, name);
  if (!a || a.value.trim() === '') return undefined;
  const lead = a.value.length - a.value.trimStart().length;
  return { name: a.value.trim(), span: { start: a.valueStart + lead, end: a.valueStart + lead + a.value.trim().length } };
}

function hostPort(e: XmlElement, defaults: { address?: string; port?: string }, addressAttr = 'address'): string | undefined {
  const address = attr(e, addressAttr)?.value ?? defaults.address;
  const port = attr(e, 'port')?.value ?? defaults.port;
  if (!address && !port) return undefined;
  return `${address ?? ''}:${port ?? ''}`;
}

const MEMBERSHIP_DEFAULTS = { address: '228.0.0.4', port: '45564' };

function clusterDetail(cluster: XmlElement): string {
  const manager = cluster.children.find((c) => localName(c.name) === 'Manager');
  const managerClass = manager ? simpleClassName(attr(manager, 'className')?.value ?? 'StandardManager') : 'DeltaManager';
  const channel = cluster.children.find((c) => localName(c.name) === 'Channel');
  const membership = channel?.children.find((c) => localName(c.name) === 'Membership');
  const staticInterceptor = channel?.children.some((c) => localName(c.name) === 'Interceptor' && /StaticMembership/.test(attr(c, 'className')?.value ?? ''));
  let members: string;
  if (membership && /Static/.test(attr(membership, 'className')?.value ?? '')) members = 'static membership';
  else if (!membership && staticInterceptor) members = 'static membership';
  else members = membership ? hostPort(membership, MEMBERSHIP_DEFAULTS)! : `${MEMBERSHIP_DEFAULTS.address}:${MEMBERSHIP_DEFAULTS.port}`;
  return `${managerClass} · ${members}`;
}

function tomcatSymbol(e: XmlElement): Described | undefined {
  const name = localName(e.name);
  const cls = attr(e, 'className');
  const simple = cls ? classSpan(cls) : undefined;
  /** Named by its simple class name (selected in className; the tag leads the detail), else by its tag. */
  const byClass = (kind: SymbolKind, detail?: string, fallback = name): Described =>
    simple
      ? { kind, name: simple.name, selection: simple.span, detail: detail ? `${name} · ${detail}` : name, descend: true }
      : { kind, name: fallback, selection: tagName(e), detail, descend: true };
  switch (name) {
    case 'Server': {
      const port = attr(e, 'port')?.value;
      return { kind: 'element', name: 'Server', selection: tagName(e), detail: port ? `port ${port}` : undefined, descend: true };
    }
    case 'Service':
    case 'Engine': {
      const n = attr(e, 'name')?.value.trim();
      const route = name === 'Engine' ? attr(e, 'jvmRoute')?.value : undefined;
      return { kind: 'element', name: n ? `${name} ${n}` : name, selection: tagName(e), detail: route !== undefined ? `jvmRoute ${route}` : undefined, descend: true };
    }
    case 'Connector': {
      const port = attr(e, 'port')?.value.trim();
      const protocolValue = attr(e, 'protocol')?.value.trim() || 'HTTP/1.1';
      const protocol = protocolValue.includes('/') ? protocolValue : simpleClassName(protocolValue);
      const address = attr(e, 'address')?.value;
      const detail = [address ? `address ${address}` : '', attr(e, 'executor') ? `executor ${attr(e, 'executor')!.value}` : ''].filter(Boolean).join(' · ');
      return { kind: 'element', name: ['Connector', port, protocol].filter(Boolean).join(' '), selection: tagName(e), detail, descend: true };
    }
    case 'Host': {
      const n = attrName(e, 'name');
      const appBase = attr(e, 'appBase')?.value;
      return n
        ? { kind: 'host', name: n.name, selection: n.span, detail: appBase ? `appBase ${appBase}` : undefined, descend: true }
        : { kind: 'host', name: 'Host', selection: tagName(e), descend: true };
    }
    case 'Context': {
      const p = attr(e, 'path');
      const docBase = attr(e, 'docBase')?.value;
      const detail = docBase ? `docBase ${docBase}` : undefined;
      if (p && p.value.trim() !== '') {
        const n = attrName(e, 'path')!;
        return { kind: 'context', name: n.name, selection: n.span, detail, descend: true };
      }
      return { kind: 'context', name: p ? 'Context /' : 'Context', selection: tagName(e), detail, descend: true };
    }
    case 'Cluster':
      return byClass('cluster', clusterDetail(e));
    case 'Manager': {
      const msm = msmManagerOf(e);
      if (msm) {
        const nodes = msm.nodesAttribute?.value.trim();
        return byClass('element', nodes ? `memcachedNodes ${nodes}${msm.failoverAttribute?.value.trim() ? ` · failoverNodes ${msm.failoverAttribute.value.trim()}` : ''}` : undefined);
      }
      return byClass('element', simple ? undefined : 'StandardManager');
    }
    case 'Membership': {
      const isStatic = /Static/.test(cls?.value ?? '');
      return byClass('element', isStatic ? 'static' : hostPort(e, MEMBERSHIP_DEFAULTS));
    }
    case 'Receiver':
      return byClass('element', hostPort(e, { address: 'auto', port: '4000' }));
    case 'Member':
      return byClass('element', hostPort(e, {}, 'host'));
    case 'Executor':
    case 'Resource':
    case 'ResourceLink':
    case 'Environment':
    case 'Parameter': {
      const n = attrName(e, 'name');
      return n ? { kind: 'element', name: n.name, selection: n.span, detail: name, descend: true } : byClass('element');
    }
    default:
      // Every other Tomcat element (Channel, Sender, Transport, Interceptor, Valve, Deployer,
      // ClusterListener, Store, Realm, Listener, Loader, …): by its class, else its tag.
      return byClass('element');
  }
}

/** The text content of an element without child elements, trimmed, with its offsets. */
function textContent(e: XmlElement | undefined, text: string): { value: string; span: Span } | undefined {
  if (!e || e.selfClosing || e.children.length > 0 || e.end <= e.startTagEnd) return undefined;
  const close = text.lastIndexOf('</', e.end - 1);
  if (close < e.startTagEnd) return undefined;
  const raw = text.slice(e.startTagEnd, close);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (!value) return undefined;
  return { value, span: { start: e.startTagEnd + lead, end: e.startTagEnd + lead + value.length } };
}

function childNamed(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => localName(c.name) === name);
}

function webXmlSymbol(e: XmlElement, text: string): Described | undefined {
  const name = localName(e.name);
  const child = (n: string): { value: string; span: Span } | undefined => textContent(childNamed(e, n), text);
  switch (name) {
    case 'web-app':
    case 'web-fragment': {
      const version = attr(e, 'version')?.value;
      return { kind: 'element', name, selection: tagName(e), detail: version ? `version ${version}` : undefined, descend: true };
    }
    case 'distributable':
      return { kind: 'element', name, selection: tagName(e), descend: false };
    case 'servlet':
    case 'filter': {
      const n = child(`${name}-name`);
      const cls = child(`${name}-class`);
      const jsp = name === 'servlet' ? child('jsp-file') : undefined;
      const detail = cls ? simpleClassName(cls.value) : jsp?.value;
      return n ? { kind: 'element', name: n.value, selection: n.span, detail: detail ? `${name} · ${detail}` : name, descend: false } : { kind: 'element', name, selection: tagName(e), detail, descend: false };
    }
    case 'servlet-mapping':
    case 'filter-mapping': {
      const target = child(name === 'servlet-mapping' ? 'servlet-name' : 'filter-name');
      const first = e.children.map((c) => (localName(c.name) === 'url-pattern' ? textContent(c, text) : undefined)).find((x) => x !== undefined);
      const urlPatterns = e.children.filter((c) => localName(c.name) === 'url-pattern').map((c) => textContent(c, text)?.value).filter((x): x is string => !!x);
      if (first) {
        const detail = [target ? `${name} → ${target.value}` : name, ...urlPatterns.slice(1)].join(' · ');
        return { kind: 'element', name: first.value, selection: first.span, detail, descend: false };
      }
      return { kind: 'element', name, selection: tagName(e), detail: target ? `→ ${target.value}` : undefined, descend: false };
    }
    case 'listener': {
      const cls = child('listener-class');
      if (!cls) return { kind: 'element', name, selection: tagName(e), descend: false };
      const simple = simpleClassName(cls.value);
      return { kind: 'element', name: simple, selection: { start: cls.span.end - simple.length, end: cls.span.end }, detail: 'listener', descend: false };
    }
    case 'context-param': {
      const n = child('param-name');
      const v = child('param-value');
      return n ? { kind: 'element', name: n.value, selection: n.span, detail: v ? `context-param = ${v.value}` : 'context-param', descend: false } : { kind: 'element', name, selection: tagName(e), descend: false };
    }
    case 'session-config': {
      const timeout = child('session-timeout');
      const cookie = childNamed(e, 'cookie-config');
      const cookieName = cookie ? textContent(childNamed(cookie, 'name'), text) : undefined;
      const tracking = e.children.filter((c) => localName(c.name) === 'tracking-mode').map((c) => textContent(c, text)?.value).filter(Boolean);
      const detail = [timeout ? `timeout ${timeout.value}` : '', cookieName ? `cookie ${cookieName.value}` : '', tracking.length ? `tracking ${tracking.join(',')}` : ''].filter(Boolean).join(' · ');
      return { kind: 'element', name, selection: tagName(e), detail, descend: false };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------
// nginx

const PASS = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass']);
const BALANCING = new Set(['ip_hash', 'hash', 'least_conn', 'least_time', 'random', 'sticky', 'ntlm']);

function nginxSymbols(text: string): SymbolEntry[] {
  const file = parseNginxText(text);
  return nginxList(file.statements, text, 0);
}

function nginxList(statements: NginxStatement[], text: string, depth: number): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const s of statements) {
    const symbol = nginxSymbol(s, text, depth);
    if (symbol) out.push(symbol);
  }
  return out;
}

/** `name args…` from the name to the last argument (or only the arguments). */
function argsSpan(s: NginxStatement, withName: boolean): Span {
  const start = withName || s.args.length === 0 ? s.nameStart : s.args[0].start;
  const end = s.args.length ? s.args[s.args.length - 1].end : s.nameEnd;
  return { start, end };
}

function nginxSymbol(s: NginxStatement, text: string, depth: number): SymbolEntry | undefined {
  const range = { start: s.start, end: s.end };
  if (s.block) {
    const inside = (n: string): NginxStatement[] => s.block!.filter((c) => c.name === n);
    const children = OPAQUE_BLOCKS.has(s.name) ? [] : nginxList(s.block, text, depth + 1);
    switch (s.name) {
      case 'server': {
        const names = inside('server_name').filter((c) => c.args.length > 0);
        const listen = inside('listen').map((c) => c.args[0]?.value).filter(Boolean);
        const detail = listen.length ? `listen ${listen.join(', ')}` : undefined;
        if (names.length) {
          const span = argsSpan(names[0], false);
          return entry('server', spanText(text, span.start, span.end), range, span, detail, children);
        }
        return entry('server', 'server', range, { start: s.nameStart, end: s.nameEnd }, detail, children);
      }
      case 'location': {
        const span = argsSpan(s, false);
        return entry('location', spanText(text, span.start, span.end) || 'location', range, span, undefined, children);
      }
      case 'upstream': {
        const method = [...s.block].reverse().find((c) => BALANCING.has(c.name));
        const detail = method ? spanText(text, method.nameStart, argsSpan(method, true).end) : 'round-robin';
        if (s.args.length) return entry('upstream', s.args[0].value, range, { start: s.args[0].start, end: s.args[0].end }, detail, children);
        return entry('upstream', 'upstream', range, { start: s.nameStart, end: s.nameEnd }, detail, children);
      }
      default: {
        const span = argsSpan(s, true);
        return entry('block', spanText(text, span.start, span.end), range, span, undefined, children);
      }
    }
  }
  if (s.name === 'server' && s.parent?.name === 'upstream' && s.args.length) {
    const [address, ...params] = s.args;
    return entry('directive', address.value, range, { start: address.start, end: address.end }, params.map((p) => p.value).join(' '));
  }
  if (s.name === 'include' || PASS.has(s.name)) {
    const span = argsSpan(s, true);
    return entry('directive', spanText(text, span.start, span.end), range, span);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Apache httpd

/** Leaf directives worth a line in the outline (lower case). */
const HTTPD_LEAVES = new Set(['proxypass', 'proxypassreverse', 'proxypassmatch', 'balancermember', 'proxyset', 'include', 'includeoptional', 'jkmount', 'jkunmount', 'jkworkersfile', 'jkmountfile']);

function httpdSymbols(text: string): SymbolEntry[] {
  const file = parseHttpd(text);
  return httpdList(file.directives, text, text.length, 0);
}

function httpdList(list: HttpdDirective[], text: string, parentEnd: number, depth: number): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const d of list) {
    const symbol = d.children ? httpdSection(d, text, parentEnd, depth) : httpdLeaf(d, text);
    if (symbol) out.push(symbol);
  }
  return out;
}

function httpdSection(d: HttpdDirective, text: string, parentEnd: number, depth: number): SymbolEntry {
  const end = d.closeEnd !== undefined && d.closeEnd > d.start ? d.closeEnd : parentEnd;
  const children = httpdList(d.children!, text, end, depth + 1);
  const tag = text.slice(d.start, d.end).trimEnd();
  const selection = { start: d.start, end: d.start + tag.length };
  const name = spanText(text, selection.start, selection.end);
  const lower = d.name.toLowerCase();
  const firstArg = d.args[0]?.value ?? '';
  let kind: SymbolKind = 'section';
  let detail: string | undefined;
  if (lower === 'virtualhost') {
    kind = 'host';
    const serverName = d.children!.find((c) => c.name.toLowerCase() === 'servername')?.args[0]?.value;
    detail = serverName;
  } else if ((lower === 'proxy' || lower === 'proxymatch') && /^balancer:\/\//i.test(firstArg)) {
    kind = 'balancer';
    const set = d.children!.filter((c) => c.name.toLowerCase() === 'proxyset').flatMap((c) => c.args.map((a) => a.value));
    const members = d.children!.filter((c) => c.name.toLowerCase() === 'balancermember').length;
    detail = [`${members} member${members === 1 ? '' : 's'}`, ...set].join(' · ');
  } else if (lower === 'location' || lower === 'locationmatch') {
    kind = 'location';
  }
  return entry(kind, name, { start: d.start, end }, selection, detail, children);
}

function httpdLeaf(d: HttpdDirective, text: string): SymbolEntry | undefined {
  const lower = d.name.toLowerCase();
  if (!HTTPD_LEAVES.has(lower)) return undefined;
  const range = { start: d.start, end: d.end };
  if (lower === 'balancermember') {
    const explicit = d.args[0] && /^balancer:\/\//i.test(d.args[0].value);
    const url = explicit ? d.args[1] : d.args[0];
    if (url) {
      const rest = d.args.slice(d.args.indexOf(url) + 1).map((a) => a.value);
      if (explicit) rest.unshift(`of ${d.args[0].value}`);
      return entry('directive', url.value, range, { start: url.start, end: url.end }, rest.join(' '));
    }
  }
  // The directive and its leading arguments (paths, URLs) name it; key=value parameters are the detail.
  let last = -1;
  for (let i = 0; i < d.args.length && i < 2; i++) {
    if (i > 0 && d.args[i].value.includes('=') && !d.args[i].value.includes('://')) break;
    last = i;
  }
  const selection = { start: d.nameStart, end: last >= 0 ? d.args[last].end : d.nameEnd };
  const rest = d.args.slice(last + 1).map((a) => a.value).join(' ');
  return entry('directive', spanText(text, selection.start, selection.end), range, selection, rest);
}

// ---------------------------------------------------------------------------
// mod_jk workers.properties

function modjkSymbols(text: string): SymbolEntry[] {
  const file = parseWorkers(text);
  const model = workersModel(file);
  const out: { at: number; symbol: SymbolEntry }[] = [];
  const workerOf = new Map<WorkersLine, string>();
  for (const w of model.workers.values()) for (const lines of w.properties.values()) for (const l of lines) workerOf.set(l, w.name);
  for (const w of model.workers.values()) {
    const lines = [...w.properties.values()].flat().sort((a, b) => a.start - b.start);
    const prefix = `worker.${w.name}.`.length;
    const children = lines.map((l) => entry('directive', l.key.slice(prefix), { start: l.start, end: l.end }, { start: l.keyStart + prefix, end: l.keyEnd }, l.value));
    const nameStart = w.first.keyStart + 'worker.'.length;
    const type = workerType(model, w.name);
    const members = model.members.get(w.name)?.map((m) => m.name);
    const detail = [type.via ? `${type.type} (${type.via})` : type.type, members?.length ? members.join(', ') : ''].filter(Boolean).join(' · ');
    out.push({
      at: w.first.start,
      symbol: entry('worker', w.name, { start: lines[0].start, end: Math.max(...lines.map((l) => l.end)) }, { start: nameStart, end: nameStart + w.name.length }, detail, children),
    });
  }
  for (const l of file.lines) {
    if (l.bad || workerOf.has(l)) continue;
    out.push({ at: l.start, symbol: entry('directive', l.key, { start: l.start, end: l.end }, { start: l.keyStart, end: l.keyEnd }, l.value) });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.symbol);
}

