/**
 * Go to definition, for the names that tie a cluster's files together:
 *
 * - nginx: the upstream name of `proxy_pass http://NAME` (and grpc_pass,
 *   fastcgi_pass, …) → the `upstream NAME` block(s), in this file or in the
 *   configurations it belongs to (same http/stream family; names compared
 *   case-insensitively, as nginx does); an `include`
 *   argument → the included file(s).
 * - httpd: `balancer://NAME` in ProxyPass / ProxyPassReverse / ProxyPassMatch /
 *   ProxySet / BalancerMember → `<Proxy balancer://NAME>` (this file or its
 *   configurations); an Include / IncludeOptional / JkWorkersFile argument →
 *   the file(s); a BalancerMember's `route=X` → the Engine `jvmRoute="X"` of
 *   the node in the workspace.
 * - mod_jk: a name in worker.list / balance_workers / reference → that
 *   worker's first line; the worker name of a `worker.NAME.…` key of a
 *   non-balancer worker (or its `route=` value) → the node's Engine jvmRoute.
 * - Tomcat: an id in msm `failoverNodes` → its entry in `memcachedNodes`.
 *
 * Targets in this file are found in the editor's text (unsaved edits
 * included); targets in other files in the models' parsed trees. A target in
 * this file carries `ctx.filePath` (the empty string for a document without
 * a file). The jvmRoute lookup walks the workspace from the settings folder,
 * bounded in depth and folders, and parses only the server.xml files that
 * mention jvmRoute.
 */
import * as path from 'node:path';
import { collectBalancers } from '../model/httpd/balancers';
import { msmManagerOf } from '../model/msm/msmManager';
import { workersModel } from '../model/modjk/workers';
import { parseNginxText, type NginxConfig } from '../model/nginx/nginxConfig';
import { PASS_DIRECTIVES, upstreamReference, upstreamsOf } from '../rules/nginx/configUpstreams';
import { allDirectives, parseHttpd, type HttpdDirective, type HttpdFile } from '../syntax/httpd/httpdParser';
import { parseWorkers } from '../syntax/modjk/workersParser';
import { allStatements, type NginxStatement } from '../syntax/nginx/nginxParser';
import { parseXml } from '../syntax/xml/xmlDocument';
import { allElements, attribute } from '../syntax/xml/xmlQuery';
import {
  BALANCER_REFERENCES,
  balancerIn,
  dedupe,
  fileSourceOf,
  fileTarget,
  jvmRoutesIn,
  httpdPathResolution,
  nginxFamilyOf,
  nginxPrefixOf,
  resolvePattern,
  routeParameter,
  sameUpstream,
  scanWorkspace,
  touches,
} from './configLookups';
import type { DefinitionTarget, FeatureContext } from './featureContext';
import { workerType } from '../model/modjk/workers';

export function definition(ctx: FeatureContext): DefinitionTarget[] {
  try {
    switch (ctx.language) {
      case 'nginx':
        return nginxDefinition(ctx);
      case 'httpd':
        return httpdDefinition(ctx);
      case 'modjk':
        return modjkDefinition(ctx);
      case 'tomcat-xml':
        return tomcatDefinition(ctx);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------
// nginx

function nginxDefinition(ctx: FeatureContext): DefinitionTarget[] {
  const text = ctx.document.getText();
  const file = parseNginxText(text);
  const here = ctx.filePath ?? '';
  for (const s of allStatements(file.statements)) {
    if (s.args.length === 0 || !touches(ctx.offset, s.args[0].start, s.args[s.args.length - 1].end)) continue;
    if (PASS_DIRECTIVES.includes(s.name)) {
      const ref = upstreamReference(s);
      if (!ref || !touches(ctx.offset, ref.start, ref.end)) return [];
      return nginxUpstreams(ctx, file.statements, s, ref.name, here);
    }
    if (s.name === 'include' && s.args.length === 1 && touches(ctx.offset, s.args[0].start, s.args[0].end)) {
      return nginxIncluded(ctx, s);
    }
    return [];
  }
  return [];
}

function nginxUpstreams(ctx: FeatureContext, statements: NginxStatement[], pass: NginxStatement, name: string, here: string): DefinitionTarget[] {
  const configs = ctx.filePath ? (ctx.nginxConfigs?.inclusionsOf(ctx.filePath) ?? []) : [];
  const familyOf = nginxFamilyOf(ctx, ctx.filePath);
  const family = familyOf(pass);
  const targets: DefinitionTarget[] = [];
  // This file, from the editor's text.
  for (const s of allStatements(statements)) {
    if (s.name !== 'upstream' || !s.block || !s.args[0] || !sameUpstream(s.args[0].value, name)) continue;
    if (familyOf(s) === family) targets.push({ path: here, start: s.args[0].start, end: s.args[0].end });
  }
  // The configurations the file belongs to.
  for (const { config } of configs) {
    for (const u of upstreamsOf(config)) {
      if (u.path === ctx.filePath || !sameUpstream(u.statement.args[0].value, name) || u.family !== family) continue;
      targets.push({ path: u.path, start: u.statement.args[0].start, end: u.statement.args[0].end });
    }
  }
  return dedupe(targets);
}

function nginxIncluded(ctx: FeatureContext, include: NginxStatement): DefinitionTarget[] {
  const pattern = include.args[0].value;
  const targets: DefinitionTarget[] = [];
  const configs: NginxConfig[] = ctx.filePath ? (ctx.nginxConfigs?.inclusionsOf(ctx.filePath) ?? []).map((c) => c.config) : [];
  for (const config of configs) {
    for (const [target, inclusions] of config.inclusions) {
      if (inclusions.some((i) => i.by !== undefined && i.by.path === ctx.filePath && i.by.statement.start === include.start && i.by.statement.args[0]?.value === pattern)) targets.push(fileTarget(target));
    }
  }
  if (targets.length === 0 && ctx.filePath) {
    // Not read as part of a configuration (or edited since): resolve against the main file's
    // folder (the configuration prefix), else this file's.
    for (const t of resolvePattern(fileSourceOf(ctx), path.resolve(nginxPrefixOf(ctx, ctx.filePath), pattern), false)) targets.push(fileTarget(t));
  }
  return dedupe(targets);
}

// ---------------------------------------------------------------------------
// Apache httpd

const INCLUDES = new Set(['include', 'includeoptional', 'jkworkersfile']);

function httpdDefinition(ctx: FeatureContext): DefinitionTarget[] {
  const text = ctx.document.getText();
  const file = parseHttpd(text);
  for (const d of allDirectives(file.directives)) {
    if (d.children || d.args.length === 0) continue;
    const arg = d.args.find((a) => touches(ctx.offset, a.start, a.end));
    if (!arg) continue;
    const lower = d.name.toLowerCase();
    if (BALANCER_REFERENCES.has(lower)) {
      const ref = balancerIn(arg);
      if (ref) return touches(ctx.offset, ref.start, ref.end) ? httpdBalancers(ctx, file, ref.name) : [];
      if (lower === 'balancermember') {
        const route = routeParameter(arg);
        if (route && route.value && touches(ctx.offset, route.start, route.end)) return jvmRouteTargets(ctx, route.value);
      }
      return [];
    }
    if (INCLUDES.has(lower) && arg === d.args[0]) return httpdIncluded(ctx, d, file);
    return [];
  }
  return [];
}

function httpdBalancers(ctx: FeatureContext, file: HttpdFile, name: string): DefinitionTarget[] {
  const here = ctx.filePath ?? '';
  const files = new Map<string, HttpdFile>([[here, file]]);
  for (const config of ctx.filePath ? (ctx.httpdConfigs?.configsOf(ctx.filePath) ?? []) : []) {
    for (const [p, f] of config.files) if (!files.has(p)) files.set(p, f);
  }
  const balancer = collectBalancers(files).balancers.get(name.toLowerCase());
  if (!balancer) return [];
  const targets: DefinitionTarget[] = [];
  for (const { path: p, item } of balancer.declarations) {
    const ref = item.args[0] && balancerIn(item.args[0]);
    if (ref) targets.push({ path: p, start: ref.nameStart, end: ref.end });
  }
  if (targets.length === 0) {
    // Declared only by `BalancerMember balancer://NAME url` lines outside <Proxy>.
    for (const { path: p, item } of balancer.members) {
      const ref = item.directive.args[0] && balancerIn(item.directive.args[0]);
      if (ref) targets.push({ path: p, start: ref.nameStart, end: ref.end });
    }
  }
  return dedupe(targets);
}

function httpdIncluded(ctx: FeatureContext, d: HttpdDirective, file: HttpdFile): DefinitionTarget[] {
  if (!ctx.filePath) return [];
  const targets: DefinitionTarget[] = [];
  const configs = ctx.httpdConfigs?.configsOf(ctx.filePath) ?? [];
  const isInclude = d.name.toLowerCase() !== 'jkworkersfile';
  if (isInclude) {
    for (const config of configs) {
      for (const [target, by] of config.includedBy) {
        if (by.some((b) => b.path === ctx.filePath && b.directive.start === d.start && b.directive.args[0]?.value === d.args[0].value)) targets.push(fileTarget(target));
      }
    }
  }
  if (targets.length === 0) {
    const { expand, roots } = httpdPathResolution(ctx, ctx.filePath, file);
    const value = expand(d.args[0].value);
    const files = fileSourceOf(ctx);
    for (const root of roots) {
      const found = resolvePattern(files, path.resolve(root, value), isInclude);
      if (found.length) {
        targets.push(...found.map(fileTarget));
        break;
      }
    }
  }
  return dedupe(targets);
}

// ---------------------------------------------------------------------------
// mod_jk

function modjkDefinition(ctx: FeatureContext): DefinitionTarget[] {
  const here = ctx.filePath ?? '';
  const file = parseWorkers(ctx.document.getText());
  const model = workersModel(file);
  const toWorker = (name: string): DefinitionTarget[] => {
    const w = model.workers.get(name);
    return w ? [{ path: here, start: w.first.start, end: w.first.end }] : [];
  };
  for (const ref of [...model.list, ...[...model.members.values()].flat()]) {
    if (touches(ctx.offset, ref.start, ref.end)) return toWorker(ref.name);
  }
  for (const line of file.lines) {
    if (line.bad) continue;
    const m = /^worker\.([^.]+)\.(.+)$/.exec(line.key);
    if (!m || line.key === 'worker.maintain') continue;
    const [, name, property] = m;
    const valueTouched = touches(ctx.offset, line.valueStart, line.valueEnd) && line.value !== '';
    if (property === 'reference' && valueTouched) {
      const ref = /^worker\.([^.]+)$/.exec(line.value.trim());
      return ref ? toWorker(ref[1]) : [];
    }
    const worker = model.workers.get(name);
    const type = worker ? workerType(model, name).type : undefined;
    const isMember = type !== undefined && type !== 'lb' && type !== 'status';
    if (property === 'route' && valueTouched) return isMember ? jvmRouteTargets(ctx, line.value.trim()) : [];
    const nameStart = line.keyStart + 'worker.'.length;
    if (touches(ctx.offset, nameStart, nameStart + name.length)) {
      if (!isMember) return [];
      // mod_jk sends a worker's route (its name unless route= says otherwise) in the session id.
      const route = worker!.properties.get('route')?.at(-1)?.value.trim() || name;
      return jvmRouteTargets(ctx, route);
    }
    if (touches(ctx.offset, line.start, line.end)) return [];
  }
  return [];
}

// ---------------------------------------------------------------------------
// Tomcat XML

function tomcatDefinition(ctx: FeatureContext): DefinitionTarget[] {
  const text = ctx.document.getText();
  // Cheap refusal: only a failoverNodes attribute leads anywhere.
  if (!text.includes('failoverNodes')) return [];
  const doc = parseXml(text);
  for (const e of allElements(doc)) {
    if (e.name !== 'Manager' || e.start > ctx.offset || ctx.offset > Math.max(e.end, e.startTagEnd)) continue;
    const failover = attribute(e, 'failoverNodes');
    if (!failover || !touches(ctx.offset, failover.valueStart, failover.valueEnd)) continue;
    const msm = msmManagerOf(e);
    if (!msm) return [];
    const id = msm.failoverIds.find((t) => touches(ctx.offset, t.start, t.end));
    if (!id) return [];
    return msm.nodes.nodes.filter((n) => n.id === id.text).map((n) => ({ path: ctx.filePath ?? '', start: n.start, end: n.end }));
  }
  return [];
}

// ---------------------------------------------------------------------------
// A route → the Engine jvmRoute of a node in the workspace

function jvmRouteTargets(ctx: FeatureContext, route: string): DefinitionTarget[] {
  const root = ctx.nodes?.options.settingsDir;
  if (!root || !route) return [];
  const files = ctx.nodes?.files ?? fileSourceOf(ctx);
  const targets: DefinitionTarget[] = [];
  for (const serverXml of scanWorkspace(files, root, false).serverXmls) {
    const text = files.readText(serverXml);
    if (!text) continue;
    for (const r of jvmRoutesIn(text)) if (r.value === route) targets.push({ path: serverXml, start: r.start, end: r.end });
  }
  return dedupe(targets);
}
