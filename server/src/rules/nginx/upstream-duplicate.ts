import type { NginxRule } from '../rule';
import { upstreams } from './nginxStatements';
import { upstreamsOf } from './configUpstreams';
import { locationInFile } from './nginxStatements';

/** Two upstream blocks with the same name: nginx stops with `duplicate upstream "x"`. */
export const upstreamDuplicate: NginxRule = {
  meta: { id: 'nginx/upstream-duplicate', defaultSeverity: 'error', description: 'Two upstream blocks with the same name.', language: 'nginx' },
  check({ tree, configs, filePath, report }) {
    const reported = new Set<number>();
    const seen = (list: { path: string; start: number; nameStart: number; nameEnd: number; name: string }[]): void => {
      const first = new Map<string, (typeof list)[number]>();
      for (const u of list) {
        const key = u.name.toLowerCase();
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, u);
          continue;
        }
        if (u.path !== filePath || reported.has(u.start)) continue;
        reported.add(u.start);
        const other = configs.find((c) => c.files.has(earlier.path))?.files.get(earlier.path) ?? tree;
        report({
          start: u.nameStart,
          end: u.nameEnd,
          message: `duplicate upstream "${u.name}": nginx refuses the configuration.`,
          related: [earlier.path === filePath ? { start: earlier.nameStart, end: earlier.nameEnd, message: 'the first upstream of that name' } : { ...locationInFile(earlier.path, other, earlier.nameStart, earlier.nameEnd), message: 'the first upstream of that name' }],
        });
      }
    };
    const entry = (path: string, s: { start: number; args: { value: string; start: number; end: number }[] }) => ({ path, start: s.start, nameStart: s.args[0].start, nameEnd: s.args[0].end, name: s.args[0].value });
    if (configs.length === 0) seen(upstreams(tree).filter((u) => u.args.length > 0).map((u) => entry(filePath, u)));
    for (const config of configs) seen(upstreamsOf(config).map((u) => entry(u.path, u.statement)));
  },
};
