/**
 * The load balancers of an httpd configuration as mod_proxy_balancer sees
 * them: `<Proxy balancer://name>` with its BalancerMembers and ProxySet
 * lines, BalancerMember/ProxySet naming a balancer outside <Proxy>, the
 * ProxyPass / ProxyPassReverse lines (inline, or in <Location>) with their
 * balancer-level parameters, the stickysession cookie|urlparam, and the
 * `Header … Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e" env=BALANCER_ROUTE_CHANGED` recipe.
 */
import params from '../../../../schemas/httpd/proxy-parameters.json';
import { allDirectives, type HttpdArg, type HttpdDirective, type HttpdFile } from '../../syntax/httpd/httpdParser';

export const BALANCER_PARAMETERS = new Set(Object.keys(params.balancer));
export const WORKER_PARAMETERS = new Set(Object.keys(params.worker));
export const PARAMETER_DOCS: Record<string, string> = { ...params.worker, ...params.balancer };

export interface Parameter {
  key: string;
  value: string;
  arg: HttpdArg;
}

export interface Located<T> {
  path: string;
  item: T;
}

export interface BalancerMember {
  directive: HttpdDirective;
  url: HttpdArg;
  scheme: string;
  host: string;
  port?: number;
  params: Parameter[];
  route?: Parameter;
}

export interface Balancer {
  /** Lower case: balancer names are case-insensitive. */
  key: string;
  name: string;
  /** Where it is declared: the <Proxy balancer://…> sections and the lines naming it. */
  declarations: Located<HttpdDirective>[];
  members: Located<BalancerMember>[];
  /** Balancer-level parameters from ProxySet and from ProxyPass lines to it. */
  params: Located<Parameter & { directive: HttpdDirective }>[];
}

export interface ProxyPassLine {
  directive: HttpdDirective;
  reverse: boolean;
  /** The local path (from the line, or the enclosing <Location>). */
  path?: string;
  url?: HttpdArg;
  balancer?: string;
  params: Parameter[];
}

export interface RouteCookieRecipe {
  directive: HttpdDirective;
  /** The cookie the Header line sets. */
  cookie: string;
  value: HttpdArg;
  /**
   * Whether the route follows the first `.` of the cookie value (where the
   * balancer reads it): `.%{BALANCER_WORKER_ROUTE}e`, or `x.%{BALANCER_WORKER_ROUTE}e`.
   */
  hasDot: boolean;
  routeVariable: boolean;
  routeChangedCondition: boolean;
}

export interface HttpdBalancers {
  balancers: Map<string, Balancer>;
  passes: Located<ProxyPassLine>[];
  cookieRecipes: Located<RouteCookieRecipe>[];
}

export function parseParameters(args: HttpdArg[]): Parameter[] {
  const out: Parameter[] = [];
  for (const arg of args) {
    const eq = arg.value.indexOf('=');
    if (eq > 0) out.push({ key: arg.value.slice(0, eq).toLowerCase(), value: arg.value.slice(eq + 1), arg });
  }
  return out;
}

function balancerName(url: string): string | undefined {
  const m = /^balancer:\/\/([^/\s]+)/i.exec(url);
  return m?.[1];
}

function enclosing(d: HttpdDirective, section: string): HttpdDirective | undefined {
  for (let p = d.parent; p; p = p.parent) if (p.name.toLowerCase() === section) return p;
  return undefined;
}

export function collectBalancers(files: Map<string, HttpdFile>): HttpdBalancers {
  const balancers = new Map<string, Balancer>();
  const passes: Located<ProxyPassLine>[] = [];
  const cookieRecipes: Located<RouteCookieRecipe>[] = [];
  const balancer = (name: string): Balancer => {
    const key = name.toLowerCase();
    let b = balancers.get(key);
    if (!b) balancers.set(key, (b = { key, name, declarations: [], members: [], params: [] }));
    return b;
  };
  for (const [path, file] of files) {
    for (const d of allDirectives(file.directives)) {
      const name = d.name.toLowerCase();
      if (d.children && name === 'proxy') {
        const b = d.args[0] && balancerName(d.args[0].value);
        if (b) balancer(b).declarations.push({ path, item: d });
        continue;
      }
      if (name === 'balancermember') {
        const proxy = enclosing(d, 'proxy');
        const inProxy = proxy?.args[0] ? balancerName(proxy.args[0].value) : undefined;
        const explicit = d.args[0] ? balancerName(d.args[0].value) : undefined;
        const target = explicit ?? inProxy;
        const urlArg = explicit ? d.args[1] : d.args[0];
        if (!target || !urlArg) continue;
        const m = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?/i.exec(urlArg.value);
        const rest = d.args.slice(d.args.indexOf(urlArg) + 1);
        const memberParams = parseParameters(rest);
        balancer(target).members.push({
          path,
          item: {
            directive: d,
            url: urlArg,
            scheme: (m?.[1] ?? '').toLowerCase(),
            host: m?.[2] ?? '',
            port: m?.[3] ? Number(m[3]) : undefined,
            params: memberParams,
            route: memberParams.find((p) => p.key === 'route'),
          },
        });
        continue;
      }
      if (name === 'proxyset') {
        const proxy = enclosing(d, 'proxy');
        const inProxy = proxy?.args[0] ? balancerName(proxy.args[0].value) : undefined;
        const explicit = d.args[0] ? balancerName(d.args[0].value) : undefined;
        const target = explicit ?? inProxy;
        if (!target) continue;
        for (const p of parseParameters(explicit ? d.args.slice(1) : d.args)) balancer(target).params.push({ path, item: { ...p, directive: d } });
        if (explicit) balancer(target);
        continue;
      }
      if (name === 'proxypass' || name === 'proxypassreverse' || name === 'proxypassmatch') {
        const location = enclosing(d, 'location') ?? enclosing(d, 'locationmatch');
        const inline = !location || (d.args.length >= 2 && !d.args[0].value.includes('://'));
        const localPath = inline ? d.args[0]?.value : location?.args[0]?.value;
        const url = inline ? d.args[1] : d.args[0];
        const line: ProxyPassLine = {
          directive: d,
          reverse: name === 'proxypassreverse',
          path: localPath,
          url,
          balancer: url ? balancerName(url.value) : undefined,
          params: parseParameters(d.args.slice(inline ? 2 : 1)),
        };
        passes.push({ path, item: line });
        if (line.balancer && !line.reverse) for (const p of line.params) if (BALANCER_PARAMETERS.has(p.key)) balancer(line.balancer).params.push({ path, item: { ...p, directive: d } });
        continue;
      }
      if (name === 'header') {
        const recipe = routeCookieRecipe(d);
        if (recipe) cookieRecipes.push({ path, item: recipe });
      }
    }
  }
  return { balancers, passes, cookieRecipes };
}

/** `Header [always|onsuccess] add|set|append Set-Cookie "NAME=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED`. */
function routeCookieRecipe(d: HttpdDirective): RouteCookieRecipe | undefined {
  let args = d.args;
  if (args[0] && /^(always|onsuccess)$/i.test(args[0].value)) args = args.slice(1);
  const [action, header, value, ...rest] = args;
  if (!action || !/^(add|set|append|merge)$/i.test(action.value) || !header || header.value.toLowerCase() !== 'set-cookie' || !value) return undefined;
  if (!value.value.includes('BALANCER_WORKER_ROUTE')) return undefined;
  const cookie = value.value.split('=')[0].trim();
  const afterEq = value.value.slice(value.value.indexOf('=') + 1);
  // The cookie's value (up to its attributes): the balancer's route is what follows its first '.'.
  const cookieValue = afterEq.split(';')[0];
  const firstDot = cookieValue.indexOf('.');
  return {
    directive: d,
    cookie,
    value,
    hasDot: firstDot >= 0 && cookieValue.startsWith('%{BALANCER_WORKER_ROUTE}e', firstDot + 1),
    routeVariable: /%\{BALANCER_WORKER_ROUTE\}e/.test(afterEq),
    routeChangedCondition: rest.some((a) => /^env=!?BALANCER_ROUTE_CHANGED$/i.test(a.value) && !a.value.includes('!')),
  };
}

/** The stickysession of a balancer: the cookie and the URL parameter ("JSESSIONID|jsessionid"). */
export function stickySession(b: Balancer): { cookie?: string; urlParam?: string; param: Located<Parameter & { directive: HttpdDirective }> } | undefined {
  const param = [...b.params].reverse().find((p) => p.item.key === 'stickysession');
  if (!param) return undefined;
  const [cookie, urlParam] = param.item.value.split('|');
  return { cookie: cookie || undefined, urlParam: urlParam || undefined, param };
}

/**
 * Whether sticky routing rests on Tomcat's session id suffix rather than a cookie httpd sets: the
 * stickysession cookie is JSESSIONID or the URL parameter jsessionid (either spelling in either place).
 * httpd compares these names case-sensitively, so JSessionId is not Tomcat's cookie.
 */
export function routesBySessionId(sticky: { cookie?: string; urlParam?: string }): boolean {
  return [sticky.cookie, sticky.urlParam].some((n) => n === 'JSESSIONID' || n === 'jsessionid');
}
