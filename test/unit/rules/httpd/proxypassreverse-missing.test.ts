import { proxyPassReverseMissing } from '../../../../server/src/rules/httpd/proxypassreverse-missing';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(proxyPassReverseMissing, 'httpd', {
  valid: [
    { name: 'the recipe', text: RECIPE },
    { name: 'in a Location', text: '<Location /app>\n  ProxyPass balancer://c/app\n  ProxyPassReverse balancer://c/app\n</Location>\n' },
    { name: 'ProxyPassMatch: its regex is no path, the ProxyPassReverse of the balancer counts', text: 'ProxyPassMatch ^/(.*\\.jsp)$ balancer://c/$1\nProxyPassReverse / balancer://c/\n' },
    { name: 'ProxyPass in a LocationMatch and the ProxyPassReverse of the balancer', text: '<LocationMatch ^/app/.*\\.do$>\n  ProxyPass balancer://c/app\n</LocationMatch>\nProxyPassReverse /app balancer://c/app\n' },
  ],
  invalid: [
    { name: 'ProxyPass alone', text: RECIPE.replace('    ProxyPassReverse / balancer://tcsrvs/\n', ''), findings: [{ at: 'ProxyPass', severity: 'information', message: /Add ProxyPassReverse \/ balancer:\/\/tcsrvs\// }] },
    { name: 'ProxyPassMatch with a ProxyPassReverse for another balancer only', text: 'ProxyPassMatch ^/(.*\\.jsp)$ balancer://c/$1\nProxyPassReverse / balancer://d/\n', findings: [{ at: 'ProxyPassMatch', message: /No ProxyPassReverse for balancer:\/\/c: .*Add ProxyPassReverse \/ balancer:\/\/c\/$/ }] },
  ],
});
