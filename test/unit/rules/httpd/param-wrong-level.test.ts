import { paramWrongLevel } from '../../../../server/src/rules/httpd/param-wrong-level';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(paramWrongLevel, 'httpd', {
  valid: [{ name: 'the recipe', text: RECIPE }, { name: 'timeout is valid at both levels', text: '<Proxy balancer://c>\n  BalancerMember http://a:8080 timeout=5\n  ProxySet timeout=10\n</Proxy>\n' }],
  invalid: [
    { name: 'stickysession on a member', text: '<Proxy balancer://c>\n  BalancerMember http://a:8080 route=n1 stickysession=JSESSIONID\n</Proxy>\n', findings: [{ at: 'stickysession=JSESSIONID', message: /unknown Worker parameter/ }] },
    { name: 'route on the balancer', text: '<Proxy balancer://c>\n  BalancerMember http://a:8080\n  ProxySet route=n1\n</Proxy>\n', findings: [{ at: 'route=n1', message: /unknown Balancer parameter/ }] },
  ],
});
