import { httpdUnknownDirective } from '../../../../server/src/rules/httpd/unknown-directive';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(httpdUnknownDirective, 'httpd', {
  valid: [
    { name: 'the recipe', text: RECIPE },
    { name: 'case does not matter, mod_jk is known', text: 'proxypass / balancer://x/\nJkMount /* lb\norder allow,deny\n' },
    { name: 'a third-party directive declared in the settings', text: 'SecRuleEngine On\n', settings: { httpd: { directives: ['SecRuleEngine'] } } },
  ],
  invalid: [
    { name: 'a typo', text: 'BalancerMembr http://a:8080\n', findings: [{ at: 'BalancerMembr', severity: 'warning', message: /Invalid command 'BalancerMembr'.*did you mean BalancerMember\?/ }] },
    { name: 'an unknown section', text: '<Proxi balancer://x>\n</Proxi>\n', findings: [{ at: 'Proxi', message: /Invalid command '<Proxi'/ }] },
  ],
});
