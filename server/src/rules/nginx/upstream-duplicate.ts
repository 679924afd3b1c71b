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
        const shown = u.name.slice(u.name.indexOf(':') + 1);
        const other = configs.find((c) => c.files.has(earlier.path))?.files.get(earlier.path) ?? tree;
        report({
          start: u.nameStart,
          end: u.nameEnd,
          message: `duplicate upstream "${shown}": nginx refuses the configuration.`,
          related: [earlier.path === filePath ? { start: earlier.nameStart, end: earlier.nameEnd, message: 'the first upstream of that name' } : { ...locationInFile(earlier.path, other, earlier.nameStart, earlier.nameEnd), message: 'the first upstream of that name' }],
        });
      }
    };
    const entry = (path: string, s: { start: number; args: { value: string; start: number; end: number }[] }, family = 'http') => ({
      path,
      start: s.start,
      nameStart: s.args[0].start,
      nameEnd: s.args[0].end,
      // http and stream keep separate upstream names.
      name: `${family}:${s.args[0].value}`,
    });
    if (configs.length === 0) seen(upstreams(tree).filter((u) => u.args.length > 0).map((u) => entry(filePath, u, u.parent?.name === 'stream' ? 'stream' : 'http')));
    for (const config of configs) {
      seen(upstreamsOf(config).map((u) => entry(u.path, u.statement, u.family)));
      // A file with upstreams included twice defines them twice.
      const inclusions = (config.inclusions.get(filePath) ?? []).filter((i) => i.by);
      if (inclusions.length < 2) continue;
      for (const u of upstreamsOf(config).filter((x) => x.path === filePath)) {
        if (reported.has(u.statement.start)) continue;
        reported.add(u.statement.start);
        report({
          start: u.statement.args[0].start,
          end: u.statement.args[0].end,
          message: `duplicate upstream "${u.statement.args[0].value}": this file is included ${inclusions.length} times, so its upstreams are defined ${inclusions.length} times and nginx refuses the configuration.`,
          related: inclusions.map((i) => ({ ...locationInFile(i.by!.path, config.files.get(i.by!.path)!, i.by!.statement.start, i.by!.statement.end), message: 'included here' })),
        });
      }
    }
  },
};
