import { balancingMethodConflict } from '../../../../server/src/rules/nginx/balancing-method-conflict';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(balancingMethodConflict, 'nginx', {
  valid: [{ name: 'one method', text: up('    least_conn;\n    server a:1;') }, { name: 'the default (round robin)', text: up('    server a:1;\n    server b:1;') }],
  invalid: [
    { name: 'ip_hash and hash', text: up('    ip_hash;\n    hash $request_uri consistent;\n    server a:1;'), findings: [{ at: 'hash', range: '3:4-3:8', message: /already balances with ip_hash.*uses the last method \(hash\)/ }] },
  ],
});
