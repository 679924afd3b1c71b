import { upstreamDuplicate } from '../../../../server/src/rules/nginx/upstream-duplicate';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(upstreamDuplicate, 'nginx', {
  valid: [
    { name: 'two upstreams', text: 'http { upstream a { server x:1; } upstream b { server y:1; } }\n' },
    { name: 'one name in http and in stream (separate name spaces)', text: 'http { upstream tcsrvs { server x:1; } }\nstream { upstream tcsrvs { server y:1; } }\n' },
  ],
  invalid: [
    { name: 'one name twice in a file', text: 'http { upstream a { server x:1; } upstream A { server y:1; } }\n', findings: [{ at: 'A', message: /duplicate upstream "A"/ }] },
    {
      name: 'one file included twice',
      path: 'conf.d/upstreams.conf',
      text: 'upstream tcsrvs { server y:1; }\n',
      files: { 'nginx.conf': 'http {\n  include conf.d/*.conf;\n  include conf.d/upstreams.conf;\n}\n' },
      findings: [{ at: 'tcsrvs', message: /included 2 times/ }],
    },
    { name: 'one name in two included files', path: 'conf.d/b.conf', text: 'upstream tcsrvs { server y:1; }\n', files: { 'nginx.conf': 'http { include conf.d/*.conf; }\n', 'conf.d/a.conf': 'upstream tcsrvs { server x:1; }\n' }, findings: [{ at: 'tcsrvs' }] },
  ],
});
