import { BALANCER_PARAMETERS, WORKER_PARAMETERS, parseParameters } from '../../model/httpd/balancers';
import { allDirectives } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';
import { enclosingSection } from './httpdDirectives';

/**
 * A balancer parameter (stickysession, lbmethod, nofailover …) on a
 * BalancerMember, or a worker parameter (route, loadfactor, status …) on a
 * balancer's ProxySet: httpd stops with "unknown Worker parameter" /
 * "unknown Balancer parameter".
 */
export const paramWrongLevel: HttpdRule = {
  meta: { id: 'httpd/param-wrong-level', defaultSeverity: 'error', description: 'A balancer parameter on BalancerMember, or a worker parameter on a balancer ProxySet.', language: 'httpd' },
  check({ tree, report }) {
    for (const d of allDirectives(tree.directives)) {
      const name = d.name.toLowerCase();
      if (name === 'balancermember') {
        for (const p of parseParameters(d.args)) {
          if (!BALANCER_PARAMETERS.has(p.key) || WORKER_PARAMETERS.has(p.key)) continue;
          report({ start: p.arg.start, end: p.arg.end, message: `${p.key} is a balancer parameter, not a member's: httpd stops with "BalancerMember unknown Worker parameter". Put it on ProxySet (inside <Proxy balancer://…>) or on the ProxyPass line.` });
        }
      } else if (name === 'proxyset') {
        const proxy = enclosingSection(d, 'proxy');
        const target = (/^balancer:\/\//i.test(d.args[0]?.value ?? '') ? d.args[0].value : proxy?.args[0]?.value) ?? '';
        if (!/^balancer:\/\//i.test(target)) continue;
        for (const p of parseParameters(d.args)) {
          if (!WORKER_PARAMETERS.has(p.key) || BALANCER_PARAMETERS.has(p.key)) continue;
          report({ start: p.arg.start, end: p.arg.end, message: `${p.key} is a member's parameter, not a balancer's: httpd stops with "ProxySet: unknown Balancer parameter". Put it on the BalancerMember line.` });
        }
      }
    }
  },
};
