import { upstreamDuplicateServer } from '../../../../server/src/rules/nginx/upstream-duplicate-server';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(upstreamDuplicateServer, 'nginx', {
  valid: [{ name: 'two nodes', text: up('    server 172.168.1.222:8080;\n    server 172.168.1.222:8081;') }],
  invalid: [{ name: 'one node twice', text: up('    server 10.0.0.1:8080;\n    server 10.0.0.1:8080 backup;'), findings: [{ at: '10.0.0.1:8080', range: '3:11-3:24', message: /already a server/ }] }],
});
