import type { ClusterRule } from '../rule';

/**
 * A balancer that routes by the session id's suffix (httpd
 * stickysession=JSESSIONID, mod_jk, nginx sticky route) in front of a node
 * whose Engine has no jvmRoute: its session ids carry no ".route", so the
 * balancer cannot stick them. A tomcat/* rule, but it needs the balancer in
 * front, so it runs with the cross-file rules.
 */
export const jvmRouteMissing: ClusterRule = {
  meta: {
    id: 'tomcat/jvmroute-missing',
    defaultSeverity: 'warning',
    description: 'The balancer in front routes by the session id suffix and the Engine has no jvmRoute.',
    language: 'workspace',
  },
  check({ model, report }) {
    const reported = new Set<string>();
    for (const balancer of model.balancers) {
      if (!balancer.routesBySessionId) continue;
      for (const { member, node } of model.membersOf(balancer)) {
        if (!node || node.jvmRoute || !node.enginePlace || reported.has(node.node.base)) continue;
        reported.add(node.node.base);
        const kind = { nginx: 'nginx upstream', httpd: 'httpd balancer', modjk: 'mod_jk lb worker' }[balancer.kind];
        // Not when another node already has that jvmRoute (a cloned server.xml): the fix would make two nodes share it.
        const taken = member.route !== undefined && model.nodes.some((n) => n !== node && n.jvmRoute?.value === member.route);
        report({
          place: node.enginePlace,
          message: `the Engine of node ${node.key} has no jvmRoute, but ${kind} "${balancer.name}" routes by the session id suffix (${balancer.method})${member.route ? ` and expects route "${member.route}" here` : ''}: this node's session ids end in no ".route", so its users are not kept on it. Set jvmRoute${member.route ? `="${member.route}"` : ''} on the Engine.`,
          related: [{ place: member.routePlace ?? member.place, message: `the member of ${kind} "${balancer.name}" for node ${node.key}` }],
          fix: member.route && !taken
            ? { title: `Set jvmRoute="${member.route}"`, edits: [{ place: { path: node.enginePlace.path, start: node.enginePlace.end, end: node.enginePlace.end }, text: ` jvmRoute="${member.route}"` }] }
            : undefined,
        });
      }
    }
  },
};
