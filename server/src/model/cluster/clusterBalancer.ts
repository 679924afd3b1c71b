/**
 * The load balancers in front of the nodes, as the cluster sees them: nginx
 * upstreams, httpd balancers and mod_jk lb workers, each with its members
 * (host, port, route) and the session affinity it gives.
 */
import strategies from '../../../../schemas/cluster/session-strategies.json';
import { collectBalancers, routesBySessionId, stickySession } from '../httpd/balancers';
import { resolvedProperty, workersModel, workerType } from '../modjk/workers';
import { allStatements, type NginxFile, type NginxStatement } from '../../syntax/nginx/nginxParser';
import type { HttpdFile } from '../../syntax/httpd/httpdParser';
import type { WorkersFile } from '../../syntax/modjk/workersParser';
import type { Place } from './place';

export type BalancerKind = 'nginx' | 'httpd' | 'modjk';

export interface BalancerMemberRef {
  host: string;
  port?: number;
  /** The route the balancer expects in the session id (httpd route=, mod_jk worker name or route, nginx route=). */
  route?: string;
  /** Where the route is written; undefined when it is implied (a mod_jk worker's name) or missing. */
  routePlace?: Place;
  place: Place;
  /** The route is implied (a mod_jk worker's name): a fix must not rename the worker in balance_workers. */
  routeImplied?: boolean;
  /** Where ` route=…` would go (httpd: after the URL). */
  insertRouteAt?: Place;
}

export interface ClusterBalancer {
  kind: BalancerKind;
  name: string;
  /** The upstream / <Proxy> / lb worker name. */
  place: Place;
  /** Whether one user's requests stay on one node. */
  sticky: boolean;
  /** Sticky by the jvmRoute suffix of the session id (needs member route = jvmRoute). */
  routesBySessionId: boolean;
  /** How it balances, in the config's own words ("ip_hash", "stickysession=JSESSIONID", "round robin"). */
  method: string;
  /** The directive that sets the method, or the balancer name when it is the default. */
  methodPlace: Place;
  members: BalancerMemberRef[];
}

const AFFINITY_VARIABLES = strategies.nginxAffinityVariables;
const STICKY_METHODS = new Set(strategies.nginxStickyMethods);
const NO_AFFINITY_METHODS = new Set(strategies.nginxMethodsWithoutAffinity);
const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ajp: 8009, h2c: 80, h2: 443, wss: 443, ws: 80 };

export function nginxBalancers(filePath: string, file: NginxFile): ClusterBalancer[] {
  const out: ClusterBalancer[] = [];
  for (const upstream of allStatements(file.statements)) {
    if (upstream.name !== 'upstream' || !upstream.block || upstream.args.length === 0) continue;
    const at = (start: number, end: number): Place => ({ path: filePath, start, end });
    const namePlace = at(upstream.args[0].start, upstream.args[0].end);
    const methods = upstream.block.filter((s) => s.name === 'hash' || s.name === 'ip_hash' || STICKY_METHODS.has(s.name) || NO_AFFINITY_METHODS.has(s.name));
    // nginx keeps the last balancing method (nginx/balancing-method-conflict reports the others).
    const method = methods[methods.length - 1];
    const affinity = nginxAffinity(method);
    const members: BalancerMemberRef[] = [];
    for (const server of upstream.block.filter((s) => s.name === 'server' && s.args.length > 0)) {
      const address = server.args[0].value;
      if (address.startsWith('unix:')) continue;
      const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
      if (!m) continue;
      const routeArg = server.args.find((a) => a.value.startsWith('route='));
      members.push({
        host: m[1],
        port: m[2] ? Number(m[2]) : 80,
        route: routeArg?.value.slice('route='.length),
        routePlace: routeArg && at(routeArg.start + 'route='.length, routeArg.end),
        place: at(server.args[0].start, server.args[0].end),
      });
    }
    out.push({
      kind: 'nginx',
      name: upstream.args[0].value,
      place: namePlace,
      sticky: affinity.sticky,
      routesBySessionId: affinity.routes,
      method: method ? [method.name, ...method.args.map((a) => a.value)].join(' ') : 'round robin',
      methodPlace: method ? at(method.nameStart, method.args.at(-1)?.end ?? method.nameEnd) : namePlace,
      members,
    });
  }
  return out;
}

function nginxAffinity(method: NginxStatement | undefined): { sticky: boolean; routes: boolean } {
  if (!method) return { sticky: false, routes: false };
  if (method.name === 'sticky') return { sticky: true, routes: method.args[0]?.value === 'route' };
  if (STICKY_METHODS.has(method.name)) return { sticky: true, routes: false };
  if (method.name === 'hash') {
    const key = method.args[0]?.value.toLowerCase() ?? '';
    return { sticky: AFFINITY_VARIABLES.some((v) => key.includes(v)), routes: false };
  }
  return { sticky: false, routes: false };
}

/** The balancers of one httpd configuration (its files, main and included). */
export function httpdBalancers(files: Map<string, HttpdFile>): ClusterBalancer[] {
  const model = collectBalancers(files);
  const out: ClusterBalancer[] = [];
  for (const b of model.balancers.values()) {
    const declaration = b.declarations[0] ?? (b.members[0] && { path: b.members[0].path, item: b.members[0].item.directive });
    if (!declaration) continue;
    const arg = declaration.item.args[0] ?? { start: declaration.item.start, end: declaration.item.start };
    const place: Place = { path: declaration.path, start: arg.start, end: arg.end };
    const sticky = stickySession(b);
    const lbmethod = [...b.params].reverse().find((p) => p.item.key === 'lbmethod');
    const methodParam = sticky?.param ?? lbmethod;
    out.push({
      kind: 'httpd',
      name: b.name,
      place,
      sticky: sticky !== undefined,
      routesBySessionId: sticky !== undefined && routesBySessionId(sticky),
      method: sticky ? `stickysession=${sticky.param.item.value}` : `lbmethod=${lbmethod?.item.value ?? 'byrequests'} without stickysession`,
      methodPlace: methodParam ? { path: methodParam.path, start: methodParam.item.arg.start, end: methodParam.item.arg.end } : place,
      members: b.members.map(({ path, item }) => ({
        host: item.host.replace(/^\[|\]$/g, ''),
        port: item.port ?? DEFAULT_PORTS[item.scheme],
        route: item.route?.value,
        routePlace: item.route && { path, start: item.route.arg.start + item.route.arg.value.indexOf('=') + 1, end: item.route.arg.end },
        place: item.url.quote ? { path, start: item.url.start + 1, end: item.url.end - 1 } : { path, start: item.url.start, end: item.url.end },
        insertRouteAt: { path, start: item.url.end, end: item.url.end },
      })),
    });
  }
  return out;
}

const FALSE_VALUES = new Set(['false', '0', 'no', 'off']);

export function modjkBalancers(filePath: string, file: WorkersFile): ClusterBalancer[] {
  const model = workersModel(file);
  const at = (start: number, end: number): Place => ({ path: filePath, start, end });
  const out: ClusterBalancer[] = [];
  for (const worker of model.workers.values()) {
    if (workerType(model, worker.name).type !== 'lb') continue;
    // A worker's property, or its template's (worker.X.reference=worker.template), as mod_jk resolves it.
    const prop = (name: string, property: string): string | undefined => resolvedProperty(model, name, property)?.line.value.trim();
    const stickyLine = worker.properties.get('sticky_session')?.at(-1);
    const sticky = !FALSE_VALUES.has((stickyLine?.value ?? 'true').trim().toLowerCase());
    const members: BalancerMemberRef[] = [];
    for (const ref of model.members.get(worker.name) ?? []) {
      const routeLine = model.workers.get(ref.name)?.properties.get('route')?.at(-1) ?? model.workers.get(ref.name)?.properties.get('jvm_route')?.at(-1);
      const port = Number(prop(ref.name, 'port') ?? '8009');
      members.push({
        host: prop(ref.name, 'host') ?? 'localhost',
        port: Number.isInteger(port) ? port : undefined,
        route: routeLine ? routeLine.value.trim() : ref.name,
        routePlace: routeLine ? at(routeLine.valueStart, routeLine.valueEnd) : at(ref.start, ref.end),
        routeImplied: !routeLine,
        place: at(ref.start, ref.end),
      });
    }
    const namePlace = at(worker.first.keyStart, worker.first.keyEnd);
    out.push({
      kind: 'modjk',
      name: worker.name,
      place: namePlace,
      sticky,
      routesBySessionId: sticky,
      method: sticky ? 'sticky_session (mod_jk default)' : 'sticky_session=false',
      methodPlace: stickyLine ? at(stickyLine.start, stickyLine.end) : namePlace,
      members,
    });
  }
  return out;
}
