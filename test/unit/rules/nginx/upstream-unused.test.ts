import { upstreamUnused } from '../../../../server/src/rules/nginx/upstream-unused';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(upstreamUnused, 'nginx', {
  valid: [
    { name: 'used', text: 'http { upstream a { server x:1; } server { location / { proxy_pass http://a; } } }\n' },
    { name: 'a variable pass may use any', text: 'http { upstream a { server x:1; } server { location / { proxy_pass http://$pool; } } }\n' },
  ],
  invalid: [{ name: 'unused', text: 'http { upstream old_pool { server x:1; } upstream a { server y:1; } server { location / { proxy_pass http://a; } } }\n', findings: [{ at: 'old_pool', severity: 'information' }] }],
});
