import type { NginxRule } from '../rule';
import { hasVariablePass, passesOf, upstreamReference, upstreamsOf } from './configUpstreams';

/** An upstream no proxy_pass (or fastcgi_pass, grpc_pass …) refers to. */
export const upstreamUnused: NginxRule = {
  meta: { id: 'nginx/upstream-unused', defaultSeverity: 'information', description: 'An upstream no proxy_pass / fastcgi_pass / … refers to.', language: 'nginx' },
  check({ configs, filePath, report }) {
    if (configs.length === 0) return;
    const unusedIn = configs.map((config) => {
      if (hasVariablePass(config)) return new Set<number>();
      const used = new Set(passesOf(config).map((p) => upstreamReference(p.statement)?.name.toLowerCase()).filter((n) => n !== undefined));
      return new Set(upstreamsOf(config).filter((u) => u.path === filePath && !used.has(u.statement.args[0].value.toLowerCase())).map((u) => u.statement.start));
    });
    // Unused in every configuration that includes the file.
    const [firstSet, ...rest] = unusedIn;
    for (const config of configs.slice(0, 1)) {
      for (const u of upstreamsOf(config)) {
        if (!firstSet.has(u.statement.start) || rest.some((r) => !r.has(u.statement.start))) continue;
        report({ start: u.statement.args[0].start, end: u.statement.args[0].end, message: `upstream "${u.statement.args[0].value}" is not used by any proxy_pass (or other *_pass) of the configuration.` });
      }
    }
  },
};
