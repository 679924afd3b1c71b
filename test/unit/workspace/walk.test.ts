import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { isBinary, walkFiles } from '../../../server/src/workspace/walk';

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

test('skips node_modules and version-control folders, lists a file reached twice once, ends on symlink loops', () => {
  const root = tree({
    'tomcat1/conf/server.xml': '<Server/>',
    'node_modules/pkg/conf/server.xml': '<Server',
    '.git/conf/server.xml': '<Server',
    '.svn/x/server.xml': '<Server',
  });
  fs.symlinkSync(root, path.join(root, 'tomcat1/loop'));
  fs.symlinkSync(path.join(root, 'tomcat1'), path.join(root, 'alias'));
  const { files, missing } = walkFiles([root]);
  assert.deepEqual(missing, []);
  const rel = files.map((f) => path.relative(root, f));
  assert.equal(rel.filter((f) => f.endsWith('server.xml')).length, 1, rel.join(', '));
  assert.ok(!rel.some((f) => f.includes('node_modules') || f.includes('.git') || f.includes('.svn')));
});

test('a file reached through a symlink and by its own path is listed under its own path', () => {
  const root = tree({ 'tomcat1/conf/server.xml': '<Server/>' });
  // "alias" sorts before "tomcat1": the walk still lists the real path.
  fs.symlinkSync(path.join(root, 'tomcat1'), path.join(root, 'alias'));
  fs.symlinkSync(path.join(root, 'tomcat1/conf/server.xml'), path.join(root, 'a-server.xml'));
  assert.deepEqual(walkFiles([root]).files.map((f) => path.relative(root, f)), ['tomcat1/conf/server.xml']);
});

test('a symlink that leads out of the workspace is not followed; one inside it is', () => {
  const outside = tree({ 'secret/conf/server.xml': '<Server/>', 'notes.conf': 'x' });
  const root = tree({ 'tomcat1/conf/server.xml': '<Server/>', 'shared/nginx.conf': 'events {}' });
  fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'tomcat2'));
  fs.symlinkSync(path.join(outside, 'notes.conf'), path.join(root, 'notes.conf'));
  fs.symlinkSync(path.join(root, 'shared'), path.join(root, 'tomcat1/lb'));
  fs.symlinkSync(path.join(root, 'missing-target'), path.join(root, 'dangling'));
  const rel = walkFiles([root]).files.map((f) => path.relative(root, f));
  assert.deepEqual(rel, ['shared/nginx.conf', 'tomcat1/conf/server.xml']);
  // The folder outside, given itself, is walked.
  assert.deepEqual(walkFiles([outside]).files.map((f) => path.relative(outside, f)), ['notes.conf', 'secret/conf/server.xml']);
});

test('build outputs are skipped when their build file is beside them, not otherwise', () => {
  const root = tree({
    'shop/pom.xml': '<project/>',
    'shop/src/main/webapp/WEB-INF/web.xml': '<web-app/>',
    'shop/target/shop/WEB-INF/web.xml': '<web-app/>',
    'cart/build.gradle': '',
    'cart/build/libs/WEB-INF/web.xml': '<web-app/>',
    'ops/build/nginx/nginx.conf': 'events {}',
    'ops/target/conf/server.xml': '<Server/>',
  });
  const rel = walkFiles([root]).files.map((f) => path.relative(root, f));
  assert.deepEqual(rel, ['cart/build.gradle', 'ops/build/nginx/nginx.conf', 'ops/target/conf/server.xml', 'shop/pom.xml', 'shop/src/main/webapp/WEB-INF/web.xml']);
});

test('a file given directly is listed, a missing path is reported', () => {
  const root = tree({ 'conf/server.xml': '<Server/>' });
  const file = path.join(root, 'conf/server.xml');
  const { files, missing } = walkFiles([file, path.join(root, 'nope')]);
  assert.deepEqual(files, [file]);
  assert.deepEqual(missing, [path.join(root, 'nope')]);
});

test('binary detection', () => {
  assert.equal(isBinary(Buffer.from('<Server/>')), false);
  assert.equal(isBinary(Buffer.from([0x1f, 0x8b, 0x08, 0x00])), true);
  assert.equal(isBinary(Buffer.from('集群', 'utf8')), false);
});
