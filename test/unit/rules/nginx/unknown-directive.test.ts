import { unknownDirective } from '../../../../server/src/rules/nginx/unknown-directive';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(unknownDirective, 'nginx', {
  valid: [
    { name: 'core directives', text: 'worker_processes auto;\nevents { worker_connections 1024; }\nhttp { server { listen 80; } }\n' },
    { name: 'map entries are not directives', text: 'http {\n  map $cookie_jsessionid $route {\n    ~.+\\.(?P<r>\\w+)$ $r;\n    default "";\n  }\n}\n' },
    { name: 'a file included inside geo is a list, not directives', path: 'blocked.conf', text: '10.0.0.0/8 1;\n192.168.0.0/16 1;\n', files: { 'nginx.conf': 'http { geo $blocked { default 0; include blocked.conf; } }\n' } },
    { name: 'a lone non-breaking space is left to nginx/syntax', text: 'http {\n\u00a0\n}\n' },
    { name: 'a third-party directive declared in the settings', text: 'http { more_set_headers "Server: x"; }\n', settings: { nginx: { directives: ['more_set_headers'] } } },
  ],
  invalid: [
    { name: 'a typo', text: 'http {\n  upstrem tcsrvs { server a:1; }\n}\n', findings: [{ at: 'upstrem', message: /unknown directive "upstrem"; did you mean "upstream"\?/ }] },
    { name: 'a known third-party module: information', text: 'http { brotli_static on; }\n', findings: [{ at: 'brotli_static', severity: 'information', message: /third-party module ngx_brotli/ }] },
  ],
});

ruleTester(unknownDirective, 'nginx', {
  valid: [],
  invalid: [
    {
      name: 'a directive glued to its argument (seed 004)',
      text: 'http { server { location / { proxy_pass http://tcsrvs;\n indexindex.jsp index.htmlindex.htm; } } }\n',
      findings: [{ at: 'indexindex.jsp', message: /the "index" directive glued to its argument; did you mean "index index\.jsp"\?/ }],
    },
  ],
});
