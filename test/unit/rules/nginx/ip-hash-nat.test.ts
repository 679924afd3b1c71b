import { ipHashNat } from '../../../../server/src/rules/nginx/ip-hash-nat';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(ipHashNat, 'nginx', {
  valid: [{ name: 'commented out (seed 003)', text: up('    #ip_hash;\n    server 172.168.1.222:8080 max_fails=3  fail_timeout=30s;') }],
  invalid: [{ name: 'ip_hash', text: up('    ip_hash;\n    server a:1;'), findings: [{ at: 'ip_hash', severity: 'information', message: /behind one NAT/ }] }],
});
