import type { HttpdRule } from '../rule';

/** ProxyPass / ProxyPassReverse / ProxySet names a balancer:// with no BalancerMember: httpd answers 503 for it. */
export const balancerUndefined: HttpdRule = {
  meta: { id: 'httpd/balancer-undefined', defaultSeverity: 'error', description: 'ProxyPass, ProxyPassReverse or ProxySet names a balancer with no BalancerMember.', language: 'httpd' },
  check({ filePath, balancers, report }) {
    const model = balancers();
    const known = [...model.balancers.values()].filter((b) => b.members.length > 0).map((b) => b.name);
    const empty = (name: string): boolean => (model.balancers.get(name.toLowerCase())?.members.length ?? 0) === 0;
    for (const { path, item } of model.passes) {
      if (path !== filePath || !item.balancer || !item.url || !empty(item.balancer)) continue;
      report({ start: item.url.start, end: item.url.end, message: `balancer://${item.balancer} has no BalancerMember${known.length ? ` (the balancers with members: ${known.join(', ')})` : ''}: every request to it fails with 503.` });
    }
    for (const b of model.balancers.values()) {
      if (b.members.length > 0) continue;
      for (const p of b.params) {
        if (p.path !== filePath || p.item.directive.name.toLowerCase() !== 'proxyset') continue;
        report({ start: p.item.directive.nameStart, end: p.item.directive.nameEnd, message: `ProxySet configures balancer://${b.name}, which has no BalancerMember.` });
        break;
      }
    }
  },
};
