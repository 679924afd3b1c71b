import { backupWithHash } from '../../../../server/src/rules/nginx/backup-with-hash';
import { ruleTester } from '../../../support/ruleTester';
const up = (body: string): string => `http {\n  upstream tcsrvs {\n${body}\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://tcsrvs; }\n  }\n}\n`;

ruleTester(backupWithHash, 'nginx', {
  valid: [
    { name: 'backup with least_conn', text: up('    least_conn;\n    server a:1;\n    server b:1 backup;') },
    { name: 'hash without backup', text: up('    hash $request_uri;\n    server a:1;') },
    { name: 'hash redefined by least_conn (the last method wins)', text: up('    hash $request_uri;\n    least_conn;\n    server a:1;\n    server b:1 backup;') },
  ],
  invalid: [
    { name: 'hash before a backup server', text: up('    hash $request_uri consistent;\n    server a:1;\n    server b:1 backup;'), findings: [{ at: 'backup', message: /nginx refuses it/ }] },
    { name: 'ip_hash after a backup server', text: up('    server a:1;\n    server b:1 backup;\n    ip_hash;'), findings: [{ at: 'backup', message: /never uses the backup list/ }] },
    { name: 'slow_start with random', text: up('    random;\n    server a:1 slow_start=30s;'), findings: [{ at: 'slow_start=30s' }] },
  ],
});
