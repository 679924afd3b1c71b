import { directiveNotAllowed } from '../../../../server/src/rules/nginx/directive-not-allowed';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(directiveNotAllowed, 'nginx', {
  valid: [
    { name: 'proxy_pass in location and in if in location', text: 'http { server { location / { if ($arg_x) { proxy_pass http://a:1; } proxy_pass http://a:1; } } }\n' },
    { name: 'an upstream file under conf.d is read inside http (included)', path: 'conf.d/up.conf', text: 'upstream tcsrvs { server a:1; }\n', files: { 'nginx.conf': 'events {}\nhttp { include conf.d/*.conf; }\n' } },
    { name: 'an upstream file no nginx.conf includes is read as inside http', path: 'sites/up.conf', text: 'upstream tcsrvs { server a:1; }\nserver { listen 80; }\n' },
  ],
  invalid: [
    { name: 'upstream inside server', text: 'http {\n  server {\n    upstream tcsrvs { server a:1; }\n  }\n}\n', findings: [{ at: 'upstream', message: /"upstream" directive is not allowed here \(http > server\)/ }] },
    { name: 'proxy_pass in server', text: 'http { server { proxy_pass http://a:1; } }\n', findings: [{ at: 'proxy_pass' }] },
    { name: 'an included file read in the context of its include', path: 'snippets/x.conf', text: 'proxy_pass http://a:1;\n', files: { 'nginx.conf': 'http { server { include snippets/x.conf; } }\n' }, findings: [{ at: 'proxy_pass', message: /http > server/ }] },
  ],
});
