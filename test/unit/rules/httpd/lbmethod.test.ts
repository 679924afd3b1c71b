import { lbmethod } from '../../../../server/src/rules/httpd/lbmethod';
import { ruleTester } from '../../../support/ruleTester';
import { LOADS, RECIPE } from './shared';

ruleTester(lbmethod, 'httpd', {
  valid: [{ name: 'byrequests with its module', text: LOADS + RECIPE }, { name: 'bybusyness, modules unknown (seed 000)', text: RECIPE.replace('byrequests', 'bybusyness') }],
  invalid: [
    { name: 'an unknown method', text: RECIPE.replace('lbmethod=byrequests', 'lbmethod=roundrobin'), findings: [{ at: 'lbmethod=roundrobin', message: /unknown lbmethod/ }] },
    { name: 'bybusyness without its module', text: LOADS + RECIPE.replace('byrequests', 'bybusyness'), findings: [{ at: 'lbmethod=bybusyness', message: /needs mod_lbmethod_bybusyness/ }] },
  ],
});
