import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { XmlTrees } from '../../../../server/src/syntax/xml/xmlTrees';

test('the same text of a file is parsed once; an edit replaces the tree, so one version per file is held', () => {
  const trees = new XmlTrees(1000);
  const first = trees.tree('/n/conf/server.xml', '<Server port="8005"/>');
  // An equal text read again (another string) gives the same tree.
  assert.equal(trees.tree('/n/conf/server.xml', ['<Server port="8005"', '/>'].join('')), first);
  const edited = trees.tree('/n/conf/server.xml', '<Server port="8006"/>');
  assert.notEqual(edited, first);
  assert.equal(edited.root?.attributes[0].value, '8006');
  assert.equal(trees.heldChars, '<Server port="8006"/>'.length);
});

test('past the bound the least recently used files go; a text above the bound is parsed but not held', () => {
  const trees = new XmlTrees(30);
  const a = trees.tree('a.xml', '<a>0123456789</a>'); // 17 chars
  trees.tree('b.xml', '<b/>');
  assert.equal(trees.tree('a.xml', '<a>0123456789</a>'), a, 'a is used again: b is now the oldest');
  trees.tree('c.xml', '<c>0123456</c>'); // 14 chars: 17 + 4 + 14 > 30, b then a go
  assert.ok(trees.heldChars <= 30, String(trees.heldChars));
  assert.notEqual(trees.tree('a.xml', '<a>0123456789</a>'), a, 'a was evicted and parsed again');
  const big = '<big>' + 'x'.repeat(100) + '</big>';
  assert.equal(trees.tree('big.xml', big).root?.name, 'big');
  assert.ok(trees.heldChars <= 30);
});
