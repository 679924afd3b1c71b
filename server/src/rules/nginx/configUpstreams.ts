/** Upstreams and the *_pass directives that name them, across a whole configuration (main file and includes). */
import type { NginxConfig } from '../../model/nginx/nginxConfig';
import { configStatements } from '../../model/nginx/nginxConfig';
import type { NginxStatement } from '../../syntax/nginx/nginxParser';

export const PASS_DIRECTIVES = ['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass'];

export interface Located {
  path: string;
  statement: NginxStatement;
  /** http and stream keep separate upstream names. */
  family: 'http' | 'stream';
}

/** Whether a statement is under stream (its own blocks, then the blocks its file is included in). */
function familyOf(config: NginxConfig, path: string, statement: NginxStatement): 'http' | 'stream' {
  for (let p = statement.parent; p; p = p.parent) if (p.name === 'stream' || p.name === 'http') return p.name;
  return config.inclusions.get(path)?.some((i) => i.blocks.includes('stream')) ? 'stream' : 'http';
}

/** Upstreams and passes of a configuration, found in one walk and kept with it (several rules ask, for every file it includes). */
const located = new WeakMap<NginxConfig, { upstreams: Located[]; passes: Located[] }>();

function locatedIn(config: NginxConfig): { upstreams: Located[]; passes: Located[] } {
  let found = located.get(config);
  if (!found) {
    found = { upstreams: [], passes: [] };
    for (const x of configStatements(config)) {
      if (x.statement.args.length === 0) continue;
      if (x.statement.name === 'upstream' && x.statement.block) found.upstreams.push({ ...x, family: familyOf(config, x.path, x.statement) });
      else if (PASS_DIRECTIVES.includes(x.statement.name)) found.passes.push({ ...x, family: familyOf(config, x.path, x.statement) });
    }
    located.set(config, found);
  }
  return found;
}

export function upstreamsOf(config: NginxConfig): readonly Located[] {
  return locatedIn(config).upstreams;
}

export function passesOf(config: NginxConfig): readonly Located[] {
  return locatedIn(config).passes;
}

/**
 * The upstream name a *_pass refers to, or undefined when it is an address
 * (has a dot or a port, is localhost or a unix socket) or has variables.
 */
export function upstreamReference(pass: NginxStatement): { name: string; start: number; end: number } | undefined {
  const arg = pass.args[0];
  const value = arg.value;
  if (value.includes('$')) return undefined;
  const m = /^(?:[a-z]+:\/\/)?([^/:?#]+)(:\d+)?/i.exec(value);
  if (!m || m[2] || value.startsWith('unix:')) return undefined;
  const host = m[1];
  if (host.includes('.') || host.toLowerCase() === 'localhost' || /^\[/.test(host)) return undefined;
  const at = value.indexOf(host) + (arg.quote ? 1 : 0);
  return { name: host, start: arg.start + at, end: arg.start + at + host.length };
}

/** Whether any *_pass in the configuration picks its upstream from a variable (then it may name any upstream). */
export function hasVariablePass(config: NginxConfig): boolean {
  return passesOf(config).some((p) => p.statement.args[0].value.includes('$'));
}
