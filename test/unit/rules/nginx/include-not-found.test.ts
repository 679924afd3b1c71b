import { includeNotFound } from '../../../../server/src/rules/nginx/include-not-found';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(includeNotFound, 'nginx', {
  valid: [
    { name: 'a glob with no match', text: 'http { include conf.d/*.conf; }\n' },
    { name: 'an existing file, relative to the prefix', text: 'http { include mime.types; }\n', files: { 'mime.types': 'types { text/html html; }\n' } },
  ],
  invalid: [
    { name: 'a missing file', text: 'http {\n  include mime.types;\n}\n', findings: [{ at: 'mime.types', message: /No such file or directory.*configuration prefix/ }] },
    { name: 'a path relative to the including file instead of the prefix', path: 'conf.d/site.conf', text: 'server { include snippets/ssl.conf; }\n', files: { 'nginx.conf': 'http { include conf.d/*.conf; }\n', 'conf.d/snippets/ssl.conf': 'ssl_protocols TLSv1.2;\n' }, findings: [{ at: 'snippets/ssl.conf' }] },
  ],
});
