import type { NginxRule } from '../rule';
import { upstreams } from './nginxStatements';

/**
 * `hash $cookie_JSESSIONID` and `hash $request_uri` look like session
 * affinity but are not: the first request has no cookie (round robin), each
 * URI hashes elsewhere. Fine when the nodes share sessions; otherwise users
 * move between nodes.
 */
export const sessionHashNoAffinity: NginxRule = {
  meta: { id: 'nginx/session-hash-no-affinity', defaultSeverity: 'information', description: 'hash $cookie_JSESSIONID or $request_uri used for session affinity.', language: 'nginx' },
  check({ tree, report }) {
    for (const upstream of upstreams(tree)) {
      for (const hash of upstream.block!.filter((s) => s.name === 'hash' && s.args.length > 0)) {
        const key = hash.args[0].value.toLowerCase();
        let message: string | undefined;
        if (key === '$cookie_jsessionid') {
          message = 'hash $cookie_JSESSIONID is not session affinity: the first request has no cookie and goes round robin to one node, which creates the session; later requests hash the new id and may land on another node. Use sticky route with the jvmRoute suffix of JSESSIONID, or share the sessions (replication or msm).';
        } else if (key === '$request_uri') {
          message = 'hash $request_uri keeps one URI on one node, not one user: a user browsing several URIs moves between nodes, so their session must be shared (replication or msm) or they are logged out.';
        }
        if (message) report({ start: hash.args[0].start, end: hash.args[0].end, message });
      }
    }
  },
};
