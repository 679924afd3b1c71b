import { routeCookieFormat } from '../../../../server/src/rules/httpd/route-cookie-format';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(routeCookieFormat, 'httpd', {
  valid: [{ name: 'the documented recipe', text: RECIPE }],
  invalid: [
    { name: 'without the leading dot', text: RECIPE.replace('ROUTEID=.%', 'ROUTEID=%'), findings: [{ at: '%{BALANCER_WORKER_ROUTE}e', message: /needs a "\." before it/ }] },
    { name: 'another cookie than stickysession', text: RECIPE.replace('"ROUTEID=', '"ROUTE_ID='), findings: [{ at: '"ROUTE_ID=.%{BALANCER_WORKER_ROUTE}e; path=/"', message: /sets the cookie "ROUTE_ID", but stickysession names "ROUTEID"/ }] },
    { name: 'without env=BALANCER_ROUTE_CHANGED', text: RECIPE.replace(' env=BALANCER_ROUTE_CHANGED', ''), findings: [{ at: 'Header', message: /env=BALANCER_ROUTE_CHANGED/ }] },
  ],
});
