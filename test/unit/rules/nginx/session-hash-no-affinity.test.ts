import { sessionHashNoAffinity } from '../../../../server/src/rules/nginx/session-hash-no-affinity';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(sessionHashNoAffinity, 'nginx', {
  valid: [{ name: 'sticky route', text: up('    sticky route $route_cookie;\n    server a:1 route=a;') }, { name: 'hash on the client address', text: up('    hash $binary_remote_addr;\n    server a:1;') }],
  invalid: [
    { name: 'hash $request_uri (seed 000)', text: up('    hash $request_uri consistent;\n    server a:1;'), findings: [{ at: '$request_uri', severity: 'information', message: /one URI on one node, not one user/ }] },
    { name: 'hash $cookie_JSESSIONID', text: up('    hash $cookie_JSESSIONID consistent;\n    server a:1;'), findings: [{ at: '$cookie_JSESSIONID', message: /first request has no cookie/ }] },
  ],
});
