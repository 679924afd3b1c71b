import { legacyAccessControl } from '../../../../server/src/rules/httpd/legacy-access-control';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(legacyAccessControl, 'httpd', {
  valid: [
    { name: 'Require only', text: '<Location />\n  Require all granted\n</Location>\n' },
    { name: 'Order with mod_access_compat loaded', text: 'LoadModule access_compat_module modules/mod_access_compat.so\n<Location />\n  Order allow,deny\n  Allow from all\n</Location>\n' },
  ],
  invalid: [
    {
      name: 'Order Allow,Deny next to a 2.4 balancer (seed 004)',
      text: '<Proxy balancer://tomcat>\n  BalancerMember http://172.16.31.21:8080 loadfactor=1\n  Order Allow,Deny\n  Allow From all\n</Proxy>\n',
      findings: [{ at: 'Order', message: /mod_access_compat/ }, { at: 'Allow', message: /mod_access_compat/ }],
    },
    { name: 'mixed with Require', text: '<Location />\n  Require all granted\n  Deny from 10.0.0.1\n</Location>\n', findings: [{ at: 'Deny', message: /mixed with Require/ }] },
  ],
});
