import { balancerUndefined } from '../../../../server/src/rules/httpd/balancer-undefined';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(balancerUndefined, 'httpd', {
  valid: [
    { name: 'the recipe', text: RECIPE },
    { name: 'members declared outside <Proxy>', text: 'BalancerMember balancer://c http://10.0.0.1:8080\nProxyPass / balancer://C/\n' },
    { name: 'a balancer in another included file', path: 'conf.d/vhost.conf', text: 'ProxyPass / balancer://tcsrvs/\n', files: { 'httpd.conf': 'IncludeOptional conf.d/*.conf\n', 'conf.d/balancer.conf': '<Proxy balancer://tcsrvs>\nBalancerMember http://a:1\n</Proxy>\n' } },
  ],
  invalid: [
    { name: 'a misspelt balancer name', text: '<Proxy balancer://tcsrvs>\n  BalancerMember http://a:8080\n</Proxy>\nProxyPass / balancer://tcsrv/\n', findings: [{ at: 'balancer://tcsrv/', message: /balancer:\/\/tcsrv has no BalancerMember \(the balancers with members: tcsrvs\)/ }] },
  ],
});
