import { proxyPassReverseMissing } from '../../../../server/src/rules/httpd/proxypassreverse-missing';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(proxyPassReverseMissing, 'httpd', {
  valid: [{ name: 'the recipe', text: RECIPE }, { name: 'in a Location', text: '<Location /app>\n  ProxyPass balancer://c/app\n  ProxyPassReverse balancer://c/app\n</Location>\n' }],
  invalid: [{ name: 'ProxyPass alone', text: RECIPE.replace('    ProxyPassReverse / balancer://tcsrvs/\n', ''), findings: [{ at: 'ProxyPass', severity: 'information', message: /Add ProxyPassReverse \/ balancer:\/\/tcsrvs\// }] }],
});
