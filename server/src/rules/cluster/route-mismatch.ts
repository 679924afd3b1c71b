import type { BalancerMemberRef } from '../../model/cluster/clusterBalancer';
import type { ClusterReport, ClusterRule } from '../rule';
import { RELATED_LIMIT, balancerLabel, listOf, nodeLabel } from './nodeLabels';

/**
 * A balancer that routes by the session id's jvmRoute suffix needs member
 * route = node jvmRoute, both ways: a member route no node has never gets
 * its sessions back; a node whose jvmRoute no member has loses stickiness.
 */
export const routeMismatch: ClusterRule = {
  meta: {
    id: 'cluster/route-mismatch',
    defaultSeverity: 'error',
    description: "A balancer routing by the session id suffix has a member route that matches no node's jvmRoute, or a node whose jvmRoute matches no member.",
    language: 'workspace',
  },
  check({ model, report }) {
    const jvmRoutes = new Map(model.nodes.filter((n) => n.jvmRoute).map((n) => [n.jvmRoute!.value, n]));
    // With no jvmRoute anywhere, tomcat/jvmroute-missing says what to do.
    if (jvmRoutes.size === 0) return;
    for (const balancer of model.balancers) {
      if (!balancer.routesBySessionId) continue;
      const matches = model.membersOf(balancer);
      const routes = new Set(matches.map((m) => m.member.route).filter((r): r is string => r !== undefined));
      for (const { member, node, matchedBy } of matches) {
        // httpd/member-route-missing reports an httpd member without route= on its own file; this rule adds
        // what only the workspace knows: the route it needs (its node's jvmRoute), as a quick fix.
        if (member.route === undefined && balancer.kind === 'httpd' && !node?.jvmRoute) continue;
        if (member.route === undefined) {
          const route = node?.jvmRoute?.value;
          report({
            place: member.place,
            message: `${balancerLabel(balancer)} routes by the session id suffix, but member ${member.host}${member.port ? ':' + member.port : ''} has no route=${route ? ` (its node's jvmRoute is "${route}")` : ''}: requests for its sessions are not sent back to it.`,
            related: node?.jvmRoute?.place ? [{ place: node.jvmRoute.place, message: `${nodeLabel(node)}: jvmRoute "${route}"` }] : [],
            fix: route && member.insertRouteAt ? { title: `Add route=${route}`, edits: [{ place: member.insertRouteAt, text: ` route=${route}` }] } : undefined,
          });
          continue;
        }
        const expected = node?.jvmRoute;
        // A member matched by its address must carry its own node's jvmRoute (swapped routes send every sticky request astray).
        if (matchedBy === 'address' && expected && member.route !== expected.value && jvmRoutes.has(member.route)) {
          report({
            place: member.routePlace ?? member.place,
            message: `route "${member.route}" of ${balancerLabel(balancer)} is for member ${member.host}:${member.port}, which is ${nodeLabel(node!)} with jvmRoute "${expected.value}": its sessions (".${expected.value}") are sent to ${nodeLabel(jvmRoutes.get(member.route)!)}, and that node's to it: every sticky request lands on the wrong node.`,
            related: expected.place ? [{ place: expected.place, message: `${nodeLabel(node!)}: jvmRoute "${expected.value}"` }] : [],
            fix: swapFix(member, matches.find((m) => m.member.route === expected.value)?.member, expected.value),
          });
          continue;
        }
        if (jvmRoutes.has(member.route)) continue;
        // A member for a host the workspace holds no node of is unmatched: its node is elsewhere, nothing to compare.
        if (!node && model.nodesOnHost(member.host).length === 0) continue;
        report({
          place: member.routePlace ?? member.place,
          message: `route "${member.route}" of ${balancerLabel(balancer)} matches no node's jvmRoute (${listOf([...jvmRoutes.keys()].map((r) => `"${r}"`))}): the balancer finds no member for the sessions ${expected ? `${nodeLabel(node!)} creates (".${expected.value}")` : 'the nodes create'}, so stickiness is lost.`,
          related: expected?.place ? [{ place: expected.place, message: `${nodeLabel(node!)}: jvmRoute "${expected.value}"` }] : [],
          fix: expected && member.routePlace && !member.routeImplied ? { title: `Use the node's jvmRoute (${expected.value})`, edits: [{ place: member.routePlace, text: expected.value }] } : undefined,
        });
      }
      // Nodes behind this balancer whose jvmRoute no member routes to.
      for (const node of new Set(matches.map((m) => m.node).filter((n) => n !== undefined))) {
        if (!node.jvmRoute?.place || routes.has(node.jvmRoute.value)) continue;
        report({
          place: node.jvmRoute.place,
          message: `jvmRoute "${node.jvmRoute.value}" of ${nodeLabel(node)} is no route of ${balancerLabel(balancer)} (${listOf([...routes].map((r) => `"${r}"`)) || 'none'}), which sends it requests: its sessions' ".${node.jvmRoute.value}" suffix leads nowhere.`,
          related: matches.filter((m) => m.node === node).slice(0, RELATED_LIMIT).map((m) => ({ place: m.member.routePlace ?? m.member.place, message: `the member of ${balancerLabel(balancer)} for ${nodeLabel(node)}` })),
        });
      }
    }
  },
};

/**
 * Routes swapped between two members: the fix swaps them back (both edits),
 * since rewriting one member alone would leave two members on one route.
 * Without such a partner it only rewrites this member's route.
 */
function swapFix(member: BalancerMemberRef, partner: BalancerMemberRef | undefined, route: string): ClusterReport['fix'] {
  if (!member.routePlace || member.routeImplied || member.route === undefined) return undefined;
  const edits = [{ place: member.routePlace, text: route }];
  if (partner?.routePlace && !partner.routeImplied && partner.routePlace.path === member.routePlace.path) {
    edits.push({ place: partner.routePlace, text: member.route });
    return { title: `Swap the routes back (${route} here, ${member.route} on the other member)`, edits };
  }
  return { title: `Use the node's jvmRoute (${route})`, edits };
}
