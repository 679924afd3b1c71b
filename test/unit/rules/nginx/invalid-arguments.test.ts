import { invalidArguments } from '../../../../server/src/rules/nginx/invalid-arguments';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(invalidArguments, 'nginx', {
  valid: [
    { name: 'hash with consistent', text: up('    hash $request_uri consistent;\n    server a:1;') },
    { name: 'server with parameters', text: up('    server a:1 weight=5 max_fails=3 fail_timeout=30s;') },
    { name: 'gzip on', text: 'http { gzip on; }\n' },
    { name: 'access_log with its nested optional parameters', text: 'http { access_log /var/log/nginx/access.log main buffer=32k flush=5s; }\n' },
  ],
  invalid: [
    { name: 'ip_hash with an argument', text: up('    ip_hash on;\n    server a:1;'), findings: [{ at: 'on', message: /invalid number of arguments in "ip_hash" directive: 1, expected 0/ }] },
    { name: 'hash with two keys', text: up('    hash $cookie_a $cookie_b;\n    server a:1;'), findings: [{ at: '$cookie_b', message: /can only be "consistent"/ }] },
    { name: 'a flag that is not on/off', text: 'http { gzip yes; }\n', findings: [{ at: 'yes', message: /must be "on" or "off"/ }] },
    { name: 'upstream without a name', text: 'http { upstream { server a:1; } }\n', findings: [{ at: 'upstream', message: /expected 1/ }] },
  ],
});
