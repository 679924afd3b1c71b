import type { HttpdRule } from '../rule';

/** Two members of one balancer with the same route: sessions of both go to whichever comes first. */
export const routeDuplicate: HttpdRule = {
  meta: { id: 'httpd/route-duplicate', defaultSeverity: 'error', description: 'Two members of one balancer share a route.', language: 'httpd' },
  check({ filePath, balancers, report }) {
    for (const b of balancers().balancers.values()) {
      const first = new Map<string, { start: number; end: number }>();
      for (const { path, item: m } of b.members) {
        if (!m.route) continue;
        const earlier = first.get(m.route.value);
        if (!earlier) {
          first.set(m.route.value, m.route.arg);
          continue;
        }
        if (path !== filePath) continue;
        report({ start: m.route.arg.start, end: m.route.arg.end, message: `route=${m.route.value} is already the route of another member of balancer://${b.name}: sessions of both nodes go to the first one. Each member's route is its own Tomcat's jvmRoute.`, related: [{ ...earlier, message: 'the other member' }] });
      }
    }
  },
};
