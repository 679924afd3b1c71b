import { cookieHashLiteralName } from '../../../../server/src/rules/nginx/cookie-hash-literal-name';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(cookieHashLiteralName, 'nginx', {
  valid: [
    { name: 'the session cookie', text: up('    hash $cookie_jsessionid consistent;\n    server a:1;') },
    { name: 'another cookie when no backend is known', text: up('    hash $cookie_route;\n    server a:1;') },
  ],
  invalid: [
    { name: 'the cookie literally named "name" (seed 000)', text: up('    hash $cookie_name consistent;\n    server 192.168.169.131:8080;\n    server 192.168.169.132:8080;'), findings: [{ at: '$cookie_name', message: /literally called "name"/ }] },
    {
      name: 'a cookie no Tomcat of the workspace sets',
      text: up('    hash $cookie_SESSION;\n    server a:1;'),
      files: { 'tomcat1/conf/server.xml': '<Server/>' },
      findings: [{ at: '$cookie_SESSION', message: /No backend in the workspace sets a cookie "SESSION" \(the Tomcats set JSESSIONID\)/ }],
    },
  ],
});
