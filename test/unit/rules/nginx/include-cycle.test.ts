import { includeCycle } from '../../../../server/src/rules/nginx/include-cycle';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(includeCycle, 'nginx', {
  valid: [{ name: 'a tree', text: 'http { include a.conf; }\n', files: { 'a.conf': 'include b.conf;\n', 'b.conf': 'gzip on;\n' } }],
  invalid: [
    { name: 'a file that includes itself', text: 'http { include nginx.conf; }\n', findings: [{ at: 'nginx.conf', message: /this file itself/ }] },
    { name: 'a cycle through two files', path: 'b.conf', text: 'include a.conf;\n', files: { 'nginx.conf': 'http { include a.conf; }\n', 'a.conf': 'include b.conf;\n' }, findings: [{ at: 'a.conf', message: /a\.conf → b\.conf → a\.conf/ }] },
  ],
});
