import { stickyCookieNotSet } from '../../../../server/src/rules/httpd/sticky-cookie-not-set';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(stickyCookieNotSet, 'httpd', {
  valid: [
    { name: 'the ROUTEID recipe (seed 000)', text: RECIPE },
    { name: 'stickysession on JSESSIONID needs no Header', text: '<Proxy balancer://c>\n  BalancerMember http://a:8080 route=n1\n  ProxySet stickysession=JSESSIONID|jsessionid\n</Proxy>\n' },
  ],
  invalid: [
    {
      name: 'ROUTEID without the Header line',
      text: '<Proxy balancer://c>\n  BalancerMember http://a:8080 route=n1\n  ProxySet stickysession=ROUTEID\n</Proxy>\n',
      findings: [{ at: 'stickysession=ROUTEID', message: /no Header line sets the cookie "ROUTEID"/ }],
    },
  ],
});
