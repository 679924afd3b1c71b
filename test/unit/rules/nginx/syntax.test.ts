import { nginxSyntax } from '../../../../server/src/rules/nginx/syntax';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(nginxSyntax, 'nginx', {
  valid: [
    { name: 'a small nginx.conf', text: 'events {}\nhttp {\n  server { listen 80; }\n}\n' },
    { name: 'a quoted regex with braces', text: 'http { server { location ~ "^/a{2}$" { return 404; } } }\n' },
  ],
  invalid: [
    { name: 'an unexpected "}"', text: 'http { }\n}\n', findings: [{ at: '}', range: '1:0-1:1', message: /unexpected "\}"/ }] },
    { name: 'an unclosed block', text: 'http {\n  server {\n', findings: [{ at: '', message: /unexpected end of file, expecting "\}"/ }] },
    { name: 'a missing ";" before the next directive', text: 'http {\n  upstream a {\n    server 10.0.0.1:8080\n    server 10.0.0.2:8080;\n  }\n}\n', findings: [{ at: '', range: '2:24-2:24', message: /expecting ";"/ }] },
    { name: 'a block directive without its block', text: 'http {\n  upstream tcsrvs;\n}\n', findings: [{ at: 'upstream', message: /has no opening "\{"/ }] },
    { name: 'a simple directive given a block', text: 'http {\n  gzip on { }\n}\n', findings: [{ at: 'gzip', message: /is not terminated by ";"/ }] },
  ],
});

ruleTester(nginxSyntax, 'nginx', {
  valid: [],
  invalid: [
    {
      name: 'an unquoted regex with braces',
      text: 'http { server { location ~ ^/a{2}$ { return 404; } } }\n',
      // nginx itself stops at the unknown directive "2}$"; the braces then no longer balance.
      findings: [{ at: '', message: /unexpected end of file/ }, { at: '^/a{2}$', message: /must be quoted \("\^\/a\{2\}\$"\)/ }],
    },
  ],
});

ruleTester(nginxSyntax, 'nginx', {
  valid: [{ name: 'a non-breaking space in a comment', text: '# a\u00a0comment\nevents {}\n' }],
  invalid: [{ name: 'a non-breaking space copied from a blog (seed 003)', text: 'http {\n    client_header_buffer_size\u00a032k;\n}\n', findings: [{ at: '\u00a0', message: /non-breaking space/ }] }],
});
