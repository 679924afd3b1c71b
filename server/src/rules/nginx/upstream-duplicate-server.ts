import type { NginxRule } from '../rule';
import { upstreams } from './nginxStatements';

/** The same server address twice in one upstream: it gets twice the traffic, and the duplicate is usually a copy-paste left over. */
export const upstreamDuplicateServer: NginxRule = {
  meta: { id: 'nginx/upstream-duplicate-server', defaultSeverity: 'warning', description: 'The same server address twice in one upstream.', language: 'nginx' },
  check({ tree, report }) {
    for (const upstream of upstreams(tree)) {
      const first = new Map<string, { start: number; end: number }>();
      for (const s of upstream.block!.filter((x) => x.name === 'server' && x.args.length > 0)) {
        const address = s.args[0].value.toLowerCase();
        const earlier = first.get(address);
        if (!earlier) {
          first.set(address, s.args[0]);
          continue;
        }
        report({
          start: s.args[0].start,
          end: s.args[0].end,
          message: `${s.args[0].value} is already a server of upstream "${upstream.args[0]?.value ?? ''}": listed twice it gets a double share under round robin, and a second entry is usually a copy-paste where another node was meant.`,
          related: [{ ...earlier, message: 'the first entry' }],
        });
      }
    }
  },
};
