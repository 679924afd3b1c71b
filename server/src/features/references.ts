/**
 * Find references: the reverse of go to definition, for the names that tie a
 * cluster's files together. From the declaration or from any use of a name,
 * every use of it; with `includeDeclaration`, the declaration(s) too.
 *
 * - nginx upstream: the `upstream NAME` name (declaration) and the name in
 *   every proxy_pass / grpc_pass / fastcgi_pass / uwsgi_pass / scgi_pass /
 *   memcached_pass of the same family (http / stream), in this file and in
 *   the configurations it belongs to (names compared case-insensitively, as
 *   nginx does).
 * - httpd balancer: the NAME of `<Proxy balancer://NAME>` (declaration) and
 *   of every `balancer://NAME` in ProxyPass / ProxyPassReverse /
 *   ProxyPassMatch / ProxySet / BalancerMember, in this file and its
 *   configurations (case-insensitive, as httpd).
 * - mod_jk worker: the name in its first `worker.NAME.…` key (declaration),
 *   in its other keys, in worker.list, in balance_workers and in
 *   `reference=worker.NAME`.
 * - msm node id: its id in memcachedNodes (declaration) and in the
 *   failoverNodes of the same Manager.
 * - A route: the Engine `jvmRoute="X"` of the workspace's server.xml files
 *   (declarations) and every route with that value: httpd BalancerMember
 *   `route=X`, mod_jk member workers whose route is X (`route=X`, else the
 *   worker's name in its first key), nginx upstream `server … route=X`. From
 *   a jvmRoute value or from any of those routes. The workspace is walked from
 *   the settings folder (bounded in depth, folders and files; only files that
 *   contain the route are parsed); without one, only this file is searched.
 *
 * Ranges are those of the names alone (no quotes, no `balancer://`, no
 * `route=`). Places in this file come from the editor's text and carry
 * `ctx.filePath` (the empty string for a document without a file).
 */
import { msmManagerOf, type MsmManager } from '../model/msm/msmManager';
import { workersModel } from '../model/modjk/workers';
import { parseNginxText } from '../model/nginx/nginxConfig';
import { PASS_DIRECTIVES, passesOf, upstreamReference, upstreamsOf } from '../rules/nginx/configUpstreams';
import { allDirectives, parseHttpd, type HttpdFile } from '../syntax/httpd/httpdParser';
import { parseWorkers, type WorkersFile } from '../syntax/modjk/workersParser';
import { allStatements, type NginxFile } from '../syntax/nginx/nginxParser';
import { parseXml } from '../syntax/xml/xmlDocument';
import { allElements, attribute } from '../syntax/xml/xmlQuery';
import { languageFromContent } from '../workspace/fileKind';
import {
  BALANCER_REFERENCES,
  balancerIn,
  dedupe,
  fileSourceOf,
  httpdRoutesIn,
  jvmRoutesIn,
  modjkRoutesIn,
  nginxFamilyOf,
  nginxRoutesIn,
  routeParameter,
  sameUpstream,
  scanWorkspace,
  touches,
  unquotedRange,
  type RouteMention,
} from './configLookups';
import type { DefinitionTarget, FeatureContext } from './featureContext';
import { workerType } from '../model/modjk/workers';

export function references(ctx: FeatureContext, includeDeclaration: boolean): DefinitionTarget[] {
  try {
    switch (ctx.language) {
      case 'nginx':
        return nginxReferences(ctx, includeDeclaration);
      case 'httpd':
        return httpdReferences(ctx, includeDeclaration);
      case 'modjk':
        return modjkReferences(ctx, includeDeclaration);
      case 'tomcat-xml':
        return tomcatReferences(ctx, includeDeclaration);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------
// nginx

function nginxReferences(ctx: FeatureContext, include: boolean): DefinitionTarget[] {
  const file = parseNginxText(ctx.document.getText());
  const familyOf = nginxFamilyOf(ctx, ctx.filePath);
  for (const s of allStatements(file.statements)) {
    if (s.args.length === 0 || !touches(ctx.offset, s.args[0].start, s.args[s.args.length - 1].end)) continue;
    if (s.name === 'upstream' && s.block) {
      return touches(ctx.offset, s.args[0].start, s.args[0].end) ? upstreamReferences(ctx, file, s.args[0].value, familyOf(s), include) : [];
    }
    if (PASS_DIRECTIVES.includes(s.name)) {
      const ref = upstreamReference(s);
      return ref && touches(ctx.offset, ref.start, ref.end) ? upstreamReferences(ctx, file, ref.name, familyOf(s), include) : [];
    }
    if (s.name === 'server' && !s.block) {
      const route = nginxRoutesIn({ ...file, statements: [s] }).find((r) => touches(ctx.offset, r.start, r.end));
      return route ? routeReferences(ctx, route.value, include) : [];
    }
    return [];
  }
  return [];
}

function upstreamReferences(ctx: FeatureContext, file: NginxFile, name: string, family: 'http' | 'stream', include: boolean): DefinitionTarget[] {
  const here = ctx.filePath ?? '';
  const familyOf = nginxFamilyOf(ctx, ctx.filePath);
  const targets: DefinitionTarget[] = [];
  // This file, from the editor's text.
  for (const s of allStatements(file.statements)) {
    if (include && s.name === 'upstream' && s.block && s.args[0] && sameUpstream(s.args[0].value, name) && familyOf(s) === family) {
      targets.push({ path: here, ...unquotedRange(s.args[0]) });
    } else if (PASS_DIRECTIVES.includes(s.name) && s.args.length > 0) {
      const ref = upstreamReference(s);
      if (ref && sameUpstream(ref.name, name) && familyOf(s) === family) targets.push({ path: here, start: ref.start, end: ref.end });
    }
  }
  // The configurations the file belongs to.
  for (const { config } of ctx.filePath ? (ctx.nginxConfigs?.inclusionsOf(ctx.filePath) ?? []) : []) {
    if (include) {
      for (const u of upstreamsOf(config)) {
        if (u.path !== ctx.filePath && u.family === family && sameUpstream(u.statement.args[0].value, name)) targets.push({ path: u.path, ...unquotedRange(u.statement.args[0]) });
      }
    }
    for (const p of passesOf(config)) {
      if (p.path === ctx.filePath || p.family !== family) continue;
      const ref = upstreamReference(p.statement);
      if (ref && sameUpstream(ref.name, name)) targets.push({ path: p.path, start: ref.start, end: ref.end });
    }
  }
  return dedupe(targets);
}

// ---------------------------------------------------------------------------
// Apache httpd

function httpdReferences(ctx: FeatureContext, include: boolean): DefinitionTarget[] {
  const file = parseHttpd(ctx.document.getText());
  for (const d of allDirectives(file.directives)) {
    const arg = d.args.find((a) => touches(ctx.offset, a.start, a.end));
    if (!arg) continue;
    const lower = d.name.toLowerCase();
    if (d.children) {
      const ref = lower === 'proxy' && arg === d.args[0] ? balancerIn(arg) : undefined;
      return ref && touches(ctx.offset, ref.start, ref.end) ? balancerReferences(ctx, file, ref.name, include) : [];
    }
    if (!BALANCER_REFERENCES.has(lower)) return [];
    const ref = balancerIn(arg);
    if (ref) return touches(ctx.offset, ref.start, ref.end) ? balancerReferences(ctx, file, ref.name, include) : [];
    if (lower === 'balancermember') {
      const route = routeParameter(arg);
      if (route && route.value && touches(ctx.offset, route.start, route.end)) return routeReferences(ctx, route.value, include);
    }
    return [];
  }
  return [];
}

function balancerReferences(ctx: FeatureContext, file: HttpdFile, name: string, include: boolean): DefinitionTarget[] {
  const key = name.toLowerCase();
  const here = ctx.filePath ?? '';
  const files = new Map<string, HttpdFile>([[here, file]]);
  for (const config of ctx.filePath ? (ctx.httpdConfigs?.configsOf(ctx.filePath) ?? []) : []) {
    for (const [p, f] of config.files) if (!files.has(p)) files.set(p, f);
  }
  const targets: DefinitionTarget[] = [];
  for (const [p, f] of files) {
    for (const d of allDirectives(f.directives)) {
      const lower = d.name.toLowerCase();
      if (d.children) {
        if (!include || lower !== 'proxy' || !d.args[0]) continue;
        const ref = balancerIn(d.args[0]);
        if (ref && ref.name.toLowerCase() === key) targets.push({ path: p, start: ref.nameStart, end: ref.end });
      } else if (BALANCER_REFERENCES.has(lower)) {
        for (const arg of d.args) {
          const ref = balancerIn(arg);
          if (ref && ref.name.toLowerCase() === key) targets.push({ path: p, start: ref.nameStart, end: ref.end });
        }
      }
    }
  }
  return dedupe(targets);
}

// ---------------------------------------------------------------------------
// mod_jk

const WORKER_KEY = /^worker\.([^.]+)\.(.+)$/;

function modjkReferences(ctx: FeatureContext, include: boolean): DefinitionTarget[] {
  const file = parseWorkers(ctx.document.getText());
  const model = workersModel(file);
  for (const ref of [...model.list, ...[...model.members.values()].flat()]) {
    if (touches(ctx.offset, ref.start, ref.end)) return workerReferences(ctx, file, ref.name, include);
  }
  for (const line of file.lines) {
    if (line.bad) continue;
    const m = WORKER_KEY.exec(line.key);
    if (!m || line.key === 'worker.maintain') {
      if (touches(ctx.offset, line.start, line.end)) return [];
      continue;
    }
    const [, name, property] = m;
    const valueTouched = line.value !== '' && touches(ctx.offset, line.valueStart, line.valueEnd);
    if (property === 'reference' && valueTouched) {
      const ref = /^worker\.([^.]+)$/.exec(line.value);
      return ref ? workerReferences(ctx, file, ref[1], include) : [];
    }
    if (property === 'route' && valueTouched) {
      const type = workerType(model, name).type;
      return type !== 'lb' && type !== 'status' ? routeReferences(ctx, line.value, include) : [];
    }
    const nameStart = line.keyStart + 'worker.'.length;
    if (touches(ctx.offset, nameStart, nameStart + name.length)) return workerReferences(ctx, file, name, include);
    if (touches(ctx.offset, line.start, line.end)) return [];
  }
  return [];
}

function workerReferences(ctx: FeatureContext, file: WorkersFile, name: string, include: boolean): DefinitionTarget[] {
  const here = ctx.filePath ?? '';
  const model = workersModel(file);
  const declaration = model.workers.get(name)?.first;
  const targets: DefinitionTarget[] = [...model.list, ...[...model.members.values()].flat()].filter((r) => r.name === name).map((r) => ({ path: here, start: r.start, end: r.end }));
  for (const line of file.lines) {
    if (line.bad) continue;
    const m = WORKER_KEY.exec(line.key);
    if (!m || line.key === 'worker.maintain') continue;
    if (m[1] === name && (include || line !== declaration)) {
      const start = line.keyStart + 'worker.'.length;
      targets.push({ path: here, start, end: start + name.length });
    }
    if (m[2] === 'reference' && line.value === `worker.${name}`) {
      const start = line.valueStart + 'worker.'.length;
      targets.push({ path: here, start, end: start + name.length });
    }
  }
  return dedupe(targets).sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------
// Tomcat XML

function tomcatReferences(ctx: FeatureContext, include: boolean): DefinitionTarget[] {
  const text = ctx.document.getText();
  // Cheap refusal: only a jvmRoute or an msm Manager's node ids lead anywhere.
  if (!text.includes('jvmRoute') && !text.includes('memcachedNodes') && !text.includes('failoverNodes')) return [];
  const doc = parseXml(text);
  for (const e of allElements(doc)) {
    if (e.name === 'Engine') {
      const a = attribute(e, 'jvmRoute');
      if (!a || !touches(ctx.offset, a.valueStart, a.valueEnd)) continue;
      const route = jvmRoutesIn(text).find((r) => r.start >= a.valueStart && r.end <= a.valueEnd);
      return route ? routeReferences(ctx, route.value, include) : [];
    }
    if (e.name !== 'Manager') continue;
    const msm = msmManagerOf(e);
    if (!msm) continue;
    const failover = msm.failoverIds.find((t) => touches(ctx.offset, t.start, t.end));
    if (failover) return msmReferences(ctx, msm, failover.text, include);
    const node = msm.nodes.nodes.find((n) => n.id !== undefined && touches(ctx.offset, n.start, n.start + n.id.length));
    if (node) return msmReferences(ctx, msm, node.id!, include);
  }
  return [];
}

function msmReferences(ctx: FeatureContext, msm: MsmManager, id: string, include: boolean): DefinitionTarget[] {
  const here = ctx.filePath ?? '';
  const targets: DefinitionTarget[] = [];
  if (include) for (const n of msm.nodes.nodes) if (n.id === id) targets.push({ path: here, start: n.start, end: n.start + id.length });
  for (const t of msm.failoverIds) if (t.text === id) targets.push({ path: here, start: t.start, end: t.end });
  return targets;
}

// ---------------------------------------------------------------------------
// A route: the jvmRoute(s) that declare it and the balancer routes that name it

function routesOf(language: string | undefined, text: string): { jvmRoutes: RouteMention[]; routes: RouteMention[] } {
  switch (language) {
    case 'tomcat-xml':
      return { jvmRoutes: jvmRoutesIn(text), routes: [] };
    case 'nginx':
      return { jvmRoutes: [], routes: nginxRoutesIn(parseNginxText(text)) };
    case 'httpd':
      return { jvmRoutes: [], routes: httpdRoutesIn(parseHttpd(text)) };
    case 'modjk':
      return { jvmRoutes: [], routes: modjkRoutesIn(parseWorkers(text)) };
    default:
      return { jvmRoutes: [], routes: [] };
  }
}

function routeReferences(ctx: FeatureContext, route: string, include: boolean): DefinitionTarget[] {
  const declarations: DefinitionTarget[] = [];
  const uses: DefinitionTarget[] = [];
  const add = (p: string, found: { jvmRoutes: RouteMention[]; routes: RouteMention[] }): void => {
    for (const r of found.jvmRoutes) if (r.value === route) declarations.push({ path: p, start: r.start, end: r.end });
    for (const r of found.routes) if (r.value === route) uses.push({ path: p, start: r.start, end: r.end });
  };
  // This file, from the editor's text.
  add(ctx.filePath ?? '', routesOf(ctx.language, ctx.document.getText()));
  // The workspace, from the settings folder.
  const root = ctx.nodes?.options.settingsDir;
  if (root) {
    const files = ctx.nodes?.files ?? fileSourceOf(ctx);
    const scan = scanWorkspace(files, root, true);
    for (const serverXml of scan.serverXmls) {
      if (serverXml === ctx.filePath) continue;
      const text = files.readText(serverXml);
      if (text && text.includes(route)) add(serverXml, routesOf('tomcat-xml', text));
    }
    for (const config of scan.configs) {
      if (config.path === ctx.filePath) continue;
      const text = files.readText(config.path);
      if (!text || !text.includes(route)) continue;
      add(config.path, routesOf(config.language === 'conf' ? languageFromContent(text) : config.language, text));
    }
  }
  return dedupe([...(include ? declarations : []), ...uses]);
}
