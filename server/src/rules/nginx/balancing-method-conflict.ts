import type { NginxRule } from '../rule';
import { BALANCING_METHODS, upstreams } from './nginxStatements';

/** Two balancing methods in one upstream: nginx only warns "load balancing method redefined" and keeps the last. */
export const balancingMethodConflict: NginxRule = {
  meta: { id: 'nginx/balancing-method-conflict', defaultSeverity: 'error', description: 'Two of hash, ip_hash, least_conn, least_time, random in one upstream.', language: 'nginx' },
  check({ tree, report }) {
    for (const upstream of upstreams(tree)) {
      const methods = upstream.block!.filter((s) => BALANCING_METHODS.includes(s.name));
      for (const later of methods.slice(1)) {
        report({
          start: later.nameStart,
          end: later.nameEnd,
          message: `upstream "${upstream.args[0]?.value ?? ''}" already balances with ${methods[0].name}: nginx only warns "load balancing method redefined" and uses the last method (${methods[methods.length - 1].name}), so the session affinity you meant may not be the one you get.`,
          related: [{ start: methods[0].nameStart, end: methods[0].nameEnd, message: `the first method, ${methods[0].name}` }],
        });
      }
    }
  },
};
