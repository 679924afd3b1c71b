import { stickySession } from '../../model/httpd/balancers';
import type { HttpdRule } from '../rule';

/** A balancer with stickysession whose member has no route=: that member's sessions cannot stick to it. */
export const memberRouteMissing: HttpdRule = {
  meta: { id: 'httpd/member-route-missing', defaultSeverity: 'error', description: 'A balancer with stickysession has a BalancerMember without route=.', language: 'httpd' },
  check({ filePath, balancers, report }) {
    for (const b of balancers().balancers.values()) {
      const sticky = stickySession(b);
      if (!sticky) continue;
      for (const { path, item: m } of b.members) {
        if (path !== filePath || m.route) continue;
        // No quick fix: the route is the member's Tomcat jvmRoute, which this file does not know (an empty
        // "route=" is no route either). cluster/route-mismatch offers "Add route=<jvmRoute>" where the node is known.
        report({
          start: m.url.start,
          end: m.url.end,
          message: `balancer://${b.name} has stickysession=${sticky.param.item.value} but this member has no route=: no session can name it, so its sessions move to other members. Set route= to the member's Tomcat jvmRoute.`,
        });
      }
    }
  },
};
