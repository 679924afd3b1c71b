import type { NginxRule } from '../rule';
import { upstreams } from './nginxStatements';

/** ip_hash hashes the first three octets of the client address: everyone behind one NAT or proxy lands on one node. */
export const ipHashNat: NginxRule = {
  meta: { id: 'nginx/ip-hash-nat', defaultSeverity: 'information', description: 'ip_hash: every client behind one NAT or proxy lands on one backend.', language: 'nginx' },
  check({ tree, report }) {
    for (const upstream of upstreams(tree)) {
      for (const s of upstream.block!.filter((x) => x.name === 'ip_hash')) {
        report({
          start: s.nameStart,
          end: s.nameEnd,
          message: 'ip_hash keeps a client on one node by its address (the first three octets of IPv4): all users behind one NAT, office proxy or CDN land on the same node, and a client whose address changes moves. It balances poorly for a company network where everyone logs in at once.',
        });
      }
    }
  },
};
