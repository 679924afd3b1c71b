import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadNginxConfig } from '../../../../server/src/model/nginx/nginxConfig';
import { NginxConfigs } from '../../../../server/src/model/nginx/nginxConfigs';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
const disk = new DiskFileSource();

test('relative includes resolve against the prefix (the main file folder), globs sorted, contexts recorded', () => {
  const root = tree({
    'nginx.conf': 'events {}\nhttp {\n  include conf.d/*.conf;\n}\n',
    'conf.d/b.conf': 'server { include snippets/proxy.conf; }\n',
    'conf.d/a.conf': 'upstream tcsrvs { server 10.0.0.1:8080; }\n',
    'conf.d/.hidden.conf': 'garbage',
    'snippets/proxy.conf': 'proxy_set_header Host $host;\n',
    'conf.d/snippets/proxy.conf': 'this would be wrong;\n',
  });
  const config = loadNginxConfig(disk, path.join(root, 'nginx.conf'));
  assert.deepEqual(config.problems, []);
  assert.deepEqual([...config.files.keys()].map((p) => path.relative(root, p)), ['nginx.conf', 'conf.d/a.conf', 'conf.d/b.conf', 'snippets/proxy.conf']);
  assert.deepEqual(config.inclusions.get(path.join(root, 'snippets/proxy.conf'))?.map((i) => i.blocks), [['http', 'server']]);
});

test('a glob matching nothing is fine; a missing literal, a folder, a device and a cycle are problems', () => {
  const root = tree({
    'nginx.conf': 'http {\n  include nothing/*.conf;\n  include missing.conf;\n  include conf.d;\n  include /dev/zero;\n  include loop.conf;\n}\n',
    'conf.d/x.conf': '',
    'loop.conf': 'include loop2.conf;\n',
    'loop2.conf': 'include loop.conf;\n',
  });
  const config = loadNginxConfig(disk, path.join(root, 'nginx.conf'));
  assert.deepEqual(config.problems.map((p) => p.kind).sort(), ['cycle', 'not-a-file', 'not-a-file', 'not-found']);
  assert.match(config.problems.find((p) => p.kind === 'not-found')!.message, /resolves against the configuration prefix/);
});

test("absolute includes into the server's tree resolve into the workspace copy of that tree", () => {
  const root = tree({ 'deploy/etc/nginx/nginx.conf': 'http {\n  include /etc/nginx/mime.types;\n  include /etc/nginx/conf.d/*.conf;\n}\n', 'deploy/etc/nginx/mime.types': 'types {}\n', 'deploy/etc/nginx/conf.d/a.conf': 'upstream a { server x:1; }\n' });
  const config = loadNginxConfig(disk, path.join(root, 'deploy/etc/nginx/nginx.conf'));
  assert.deepEqual(config.problems, []);
  assert.ok(config.files.has(path.join(root, 'deploy/etc/nginx/conf.d/a.conf')));
});

test('a glob matching thousands of files, each read once', () => {
  const files: Record<string, string> = { 'nginx.conf': 'http { include conf.d/*.conf; }\n' };
  for (let i = 0; i < 3000; i++) files[`conf.d/u${String(i).padStart(4, '0')}.conf`] = `upstream u${i} { server 10.0.${i % 250}.1:8080; }\n`;
  const root = tree(files);
  const config = loadNginxConfig(disk, path.join(root, 'nginx.conf'));
  assert.equal(config.files.size, 3001);
  assert.deepEqual(config.problems, []);
});

test('the configurations that include a file are found above it', () => {
  const root = tree({ 'etc/nginx/nginx.conf': 'http { include conf.d/*.conf; }\n', 'etc/nginx/conf.d/tomcat.conf': 'upstream t { server a:1; }\n' });
  const found = new NginxConfigs(disk).inclusionsOf(path.join(root, 'etc/nginx/conf.d/tomcat.conf'));
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].inclusions.map((i) => i.blocks), [['http']]);
});
