/**
 * Lookups shared by go to definition, find references and document links:
 * where a cursor is, how an nginx / httpd path argument resolves, the
 * `balancer://NAME` part of an httpd argument, the family (http / stream) of
 * an nginx statement, and a bounded walk of the workspace for the files that
 * name a route (server.xml with jvmRoute, balancer configurations with
 * route=).
 */
import * as path from 'node:path';
import type { HttpdConfig, HttpdConfigs } from '../model/httpd/httpdConfig';
import { expandGlob } from '../model/nginx/nginxConfig';
import type { NginxConfigs } from '../model/nginx/nginxConfigs';
import { workersModel } from '../model/modjk/workers';
import { allDirectives, type HttpdArg, type HttpdFile } from '../syntax/httpd/httpdParser';
import type { WorkersFile } from '../syntax/modjk/workersParser';
import { allStatements, type NginxFile, type NginxStatement } from '../syntax/nginx/nginxParser';
import { parseXml } from '../syntax/xml/xmlDocument';
import { allElements, attribute } from '../syntax/xml/xmlQuery';
import { languageFromPath } from '../workspace/fileKind';
import { DiskFileSource, type FileSource } from '../workspace/fileSource';
import { SKIPPED_FOLDERS } from '../workspace/walk';
import type { DefinitionTarget, FeatureContext } from './featureContext';
import { workerType } from '../model/modjk/workers';

/** The cursor touches a token when it is in it or just after it (the caret after a word's last letter). */
export function touches(offset: number, start: number, end: number): boolean {
  return offset >= start && offset <= end;
}

export function dedupe(targets: DefinitionTarget[]): DefinitionTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.path}\u0000${t.start}\u0000${t.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface WorkspaceModels {
  nginxConfigs?: NginxConfigs;
  httpdConfigs?: HttpdConfigs;
  nodes?: FeatureContext['nodes'];
}

export function fileSourceOf(models: WorkspaceModels): FileSource {
  return models.nginxConfigs?.files ?? models.httpdConfigs?.files ?? models.nodes?.files ?? new DiskFileSource();
}

/** A file as a target: its start. */
export function fileTarget(p: string): DefinitionTarget {
  return { path: p, start: 0, end: 0 };
}

/** Whether a path argument is a glob (nginx's glob(3), httpd's apr_fnmatch: `*`, `?`, `[`). */
export function isWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The text range of an argument without its quotes (a quote left open at the end of a line has no closing one to drop). */
export function unquotedRange(arg: { start: number; end: number; quote?: string }, text?: string): { start: number; end: number } {
  if (!arg.quote) return { start: arg.start, end: arg.end };
  const closed = arg.end - arg.start >= 2 && (text === undefined || text[arg.end - 1] === arg.quote);
  return { start: arg.start + 1, end: closed ? arg.end - 1 : arg.end };
}

/** The files a path or glob names (a folder's files when `folders` is set, as httpd's Include reads it). */
export function resolvePattern(files: FileSource, absolute: string, folders: boolean): string[] {
  if (isWildcard(absolute)) return expandGlob(files, absolute).filter((t) => files.isFile(t)).slice(0, 200);
  if (files.isFile(absolute)) return [absolute];
  if (folders && files.isDirectory(absolute)) return (files.listDir(absolute) ?? []).map((f) => path.join(absolute, f)).filter((t) => files.isFile(t)).slice(0, 200);
  return [];
}

// ---------------------------------------------------------------------------
// nginx

/** nginx compares upstream names case-insensitively (ngx_http_upstream_add). */
export function sameUpstream(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The http / stream block a statement is in, in its own file. */
export function familyInFile(s: NginxStatement): 'http' | 'stream' | undefined {
  for (let p = s.parent; p; p = p.parent) if (p.name === 'http' || p.name === 'stream') return p.name;
  return undefined;
}

/**
 * The family of a statement of the file being edited: its own blocks, else
 * the blocks the file is included in (stream only when it is included in
 * stream and never in http).
 */
export function nginxFamilyOf(models: WorkspaceModels, filePath: string | undefined): (s: NginxStatement) => 'http' | 'stream' {
  const configs = filePath ? (models.nginxConfigs?.inclusionsOf(filePath) ?? []) : [];
  const includedIn = (family: 'stream' | 'http'): boolean => configs.some((c) => c.inclusions.some((i) => i.blocks.includes(family)));
  const outer = includedIn('stream') && !includedIn('http') ? 'stream' : 'http';
  return (s) => familyInFile(s) ?? outer;
}

/** The configuration prefix nginx resolves a relative include against: the folder of a main configuration including the file, else the file's folder. */
export function nginxPrefixOf(models: WorkspaceModels, filePath: string): string {
  return models.nginxConfigs?.inclusionsOf(filePath)[0]?.config.prefix ?? path.dirname(filePath);
}

// ---------------------------------------------------------------------------
// Apache httpd

export const BALANCER_REFERENCES = new Set(['proxypass', 'proxypassreverse', 'proxypassmatch', 'proxyset', 'balancermember']);

/** The `balancer://NAME` part of an argument (scheme and name, not the path after it). */
export function balancerIn(arg: HttpdArg): { name: string; start: number; nameStart: number; end: number } | undefined {
  const m = /^balancer:\/\/([^/\s"']+)/i.exec(arg.value);
  if (!m) return undefined;
  const start = arg.start + (arg.quote ? 1 : 0);
  return { name: m[1], start, nameStart: start + 'balancer://'.length, end: start + m[0].length };
}

/** The value of a `route=X` argument (the key in any case, as httpd reads it) with its range. */
export function routeParameter(arg: HttpdArg | { value: string; start: number; quote?: string }): { value: string; start: number; end: number } | undefined {
  const m = /^route=(.*)$/is.exec(arg.value);
  if (!m) return undefined;
  const start = arg.start + (arg.quote ? 1 : 0) + 'route='.length;
  return { value: m[1], start, end: start + m[1].length };
}

/** The httpd configurations of a file: those it is part of, else the first main configuration above it. */
export function httpdConfigOf(models: WorkspaceModels, filePath: string): HttpdConfig | undefined {
  return models.httpdConfigs?.configsOf(filePath)[0] ?? models.httpdConfigs?.mainsAbove(filePath)[0];
}

/**
 * How httpd resolves a path argument (Include, IncludeOptional,
 * JkWorkersFile) of a file: `${VAR}` from the configuration's Defines, then
 * the first of these roots where the path exists: a ServerRoot of the edited
 * text, the configuration's ServerRoot, its main file's folder (a copy of a
 * configuration away from its ServerRoot), the file's folder.
 */
export function httpdPathResolution(models: WorkspaceModels, filePath: string, file?: HttpdFile): { expand: (value: string) => string; roots: string[] } {
  const config = httpdConfigOf(models, filePath);
  const expand = (value: string): string => value.replace(/\$\{(\w+)\}/g, (whole, v: string) => config?.defines.get(v) ?? whole);
  const base = config ? path.dirname(config.mainPath) : path.dirname(filePath);
  const own = file ? [...allDirectives(file.directives)].filter((d) => d.name.toLowerCase() === 'serverroot' && d.args[0]).at(-1) : undefined;
  const roots = [own ? path.resolve(base, expand(own.args[0].value)) : undefined, config?.serverRoot, config ? path.dirname(config.mainPath) : undefined, path.dirname(filePath)];
  return { expand, roots: [...new Set(roots.filter((r): r is string => !!r))] };
}

// ---------------------------------------------------------------------------
// The workspace, from the settings folder: nodes and balancer configurations

/** How deep below the settings folder nodes are looked for, and how many folders are read at most. */
const NODE_SEARCH_DEPTH = 5;
const NODE_SEARCH_FOLDERS = 2_000;
/** Balancer configurations read at most by one search. */
const CONFIG_SEARCH_FILES = 1_000;
/** Folders of a node that hold no server.xml of another node. */
const NODE_INNER_FOLDERS = new Set(['webapps', 'lib', 'logs', 'work', 'temp', 'bin', 'WEB-INF', 'META-INF']);

export interface WorkspaceScan {
  /** conf/server.xml of each CATALINA_BASE, or a lone server.xml. */
  serverXmls: string[];
  /** Files whose path says nginx, httpd or mod_jk, or a `.conf` only the content can tell (`conf`); none inside a CATALINA_BASE. */
  configs: { path: string; language: 'nginx' | 'httpd' | 'modjk' | 'conf' }[];
}

/** The files below a folder (breadth first, bounded) that may hold a jvmRoute or a route; configurations only when asked. */
export function scanWorkspace(files: FileSource, root: string, withConfigs: boolean): WorkspaceScan {
  const scan: WorkspaceScan = { serverXmls: [], configs: [] };
  let level = [root];
  let visited = 0;
  for (let depth = 0; depth <= NODE_SEARCH_DEPTH && level.length; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (++visited > NODE_SEARCH_FOLDERS) return scan;
      const entries = files.listDir(dir);
      if (!entries) continue;
      const conf = path.join(dir, 'conf', 'server.xml');
      if (entries.includes('conf') && files.isFile(conf)) {
        scan.serverXmls.push(conf);
        continue; // a CATALINA_BASE: no node inside it
      }
      if (entries.includes('server.xml') && files.isFile(path.join(dir, 'server.xml'))) scan.serverXmls.push(path.join(dir, 'server.xml'));
      for (const name of entries) {
        if (name.startsWith('.') || SKIPPED_FOLDERS.includes(name) || NODE_INNER_FOLDERS.has(name)) continue;
        const child = path.join(dir, name);
        if (withConfigs && scan.configs.length < CONFIG_SEARCH_FILES) {
          const language = languageFromPath(child);
          if ((language === 'nginx' || language === 'httpd' || language === 'modjk' || language === 'conf') && files.isFile(child)) {
            scan.configs.push({ path: child, language });
            continue;
          }
        }
        if (files.isDirectory(child)) next.push(child);
      }
    }
    level = next;
  }
  return scan;
}

// ---------------------------------------------------------------------------
// Routes: the jvmRoute of a node and the routes a balancer expects

export interface RouteMention {
  /** The route, trimmed. */
  value: string;
  /** Its range in the text (trimmed). */
  start: number;
  end: number;
}

function trimmedMention(text: string, start: number, end: number): RouteMention {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  return { value, start: start + lead, end: start + lead + value.length };
}

/** The `jvmRoute` of each Engine of a server.xml text. */
export function jvmRoutesIn(text: string): RouteMention[] {
  if (!text.includes('jvmRoute')) return [];
  const out: RouteMention[] = [];
  for (const e of allElements(parseXml(text))) {
    if (e.name !== 'Engine') continue;
    const a = attribute(e, 'jvmRoute');
    // An attribute value with entities is not the text between its quotes: its whole value then.
    if (a) out.push(text.slice(a.valueStart, a.valueEnd) === a.value ? trimmedMention(text, a.valueStart, a.valueEnd) : { value: a.value.trim(), start: a.valueStart, end: a.valueEnd });
  }
  return out.filter((r) => r.value !== '');
}

/** The `route=X` of each BalancerMember of an httpd file. */
export function httpdRoutesIn(file: HttpdFile): RouteMention[] {
  const out: RouteMention[] = [];
  for (const d of allDirectives(file.directives)) {
    if (d.children || d.name.toLowerCase() !== 'balancermember') continue;
    for (const arg of d.args) {
      const r = routeParameter(arg);
      if (r && r.value) out.push(r);
    }
  }
  return out;
}

/** The `route=X` of each upstream `server` line of an nginx file (the route nginx's sticky route matches). */
export function nginxRoutesIn(file: NginxFile): RouteMention[] {
  const out: RouteMention[] = [];
  for (const s of allStatements(file.statements)) {
    if (s.name !== 'server' || s.block || (s.parent && s.parent.name !== 'upstream')) continue;
    for (const arg of s.args.slice(1)) {
      const r = routeParameter(arg);
      if (r && r.value) out.push(r);
    }
  }
  return out;
}

/**
 * The route of each member worker (not lb, not status) of a workers.properties:
 * its last `route=` value, else its name (mod_jk's default), then the name in
 * the key of its first line.
 */
export function modjkRoutesIn(file: WorkersFile): RouteMention[] {
  const model = workersModel(file);
  const out: RouteMention[] = [];
  for (const worker of model.workers.values()) {
    const { type } = workerType(model, worker.name);
    if (type === 'lb' || type === 'status') continue;
    const route = worker.properties.get('route')?.at(-1);
    if (route && route.value !== '') out.push({ value: route.value, start: route.valueStart, end: route.valueStart + route.value.length });
    else {
      const start = worker.first.keyStart + 'worker.'.length;
      out.push({ value: worker.name, start, end: start + worker.name.length });
    }
  }
  return out;
}
