import type { HttpdRule, OffsetReport } from '../rule';
import { locationInFile } from './httpdDirectives';

/** Two members of one balancer with the same route: sessions of both go to whichever comes first. */
export const routeDuplicate: HttpdRule = {
  meta: { id: 'httpd/route-duplicate', defaultSeverity: 'error', description: 'Two members of one balancer share a route.', language: 'httpd' },
  check({ filePath, tree, configs, balancers, report }) {
    // The parsed text of a file of the configuration (this document's own text for this file).
    const fileAt = (p: string) => (p === filePath ? tree : configs.map((c) => c.files.get(p)).find((f) => f !== undefined));
    for (const b of balancers().balancers.values()) {
      const first = new Map<string, { path: string; start: number; end: number }>();
      for (const { path, item: m } of b.members) {
        if (!m.route) continue;
        const earlier = first.get(m.route.value);
        if (!earlier) {
          first.set(m.route.value, { path, start: m.route.arg.start, end: m.route.arg.end });
          continue;
        }
        if (path !== filePath) continue;
        const message = 'the other member';
        // The earlier member may sit in another file of the configuration: point there, not at these offsets of this file.
        let related: NonNullable<OffsetReport['related']> = [];
        if (earlier.path === filePath) related = [{ start: earlier.start, end: earlier.end, message }];
        else {
          const other = fileAt(earlier.path);
          if (other) related = [{ ...locationInFile(earlier.path, other, earlier.start, earlier.end), message }];
        }
        report({
          start: m.route.arg.start,
          end: m.route.arg.end,
          message: `route=${m.route.value} is already the route of another member of balancer://${b.name}: sessions of both nodes go to the first one. Each member's route is its own Tomcat's jvmRoute.`,
          related: related.length > 0 ? related : undefined,
        });
      }
    }
  },
};
