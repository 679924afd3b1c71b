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
