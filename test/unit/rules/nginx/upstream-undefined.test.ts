import { upstreamUndefined } from '../../../../server/src/rules/nginx/upstream-undefined';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(upstreamUndefined, 'nginx', {
  valid: [
    { name: 'an upstream of another included file, other case', path: 'conf.d/site.conf', text: 'server { location / { proxy_pass http://TCSRVS/; } }\n', files: { 'nginx.conf': 'http { include conf.d/*.conf; }\n', 'conf.d/up.conf': 'upstream tcsrvs { server a:1; }\n' } },
    { name: 'addresses and variables are not upstream names', text: 'http { server { location / { proxy_pass http://10.0.0.1:8080; } location /b { proxy_pass http://backend.example.com; } location /c { proxy_pass http://$up; } location /d { proxy_pass http://localhost; } } }\n' },
  ],
  invalid: [
    { name: 'a misspelt upstream name', text: 'http {\n  upstream tcsrvs { server a:1; }\n  server { location / { proxy_pass http://tcsrv; } }\n}\n', findings: [{ at: 'tcsrv', message: /"tcsrv" is no upstream of this configuration \(tcsrvs\)/ }] },
  ],
});
