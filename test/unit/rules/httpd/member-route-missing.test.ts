import { memberRouteMissing } from '../../../../server/src/rules/httpd/member-route-missing';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(memberRouteMissing, 'httpd', {
  valid: [{ name: 'the recipe', text: RECIPE }, { name: 'no stickysession: routes are not needed (seed 004)', text: '<Proxy balancer://tomcat>\n  BalancerMember http://172.16.31.21:8080 loadfactor=1\n  ProxySet lbmethod=byrequests\n</Proxy>\n' }],
  invalid: [{ name: 'one member without route', text: RECIPE.replace(' route=Tomcat-2', ''), findings: [{ at: 'http://192.168.169.132:8080', message: /has no route=/ }] }],
});
