import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankDoctype, scanDoctype } from '../../../../server/src/syntax/xml/doctype';

test('no DOCTYPE, or one after the root element, is none', () => {
  assert.equal(scanDoctype('<Server/>'), undefined);
  assert.equal(scanDoctype('<Server><!DOCTYPE x></Server>'), undefined);
});

test('the external DTD subset of an old web.xml is read but declares no entity', () => {
  const d = scanDoctype('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">\n<web-app/>')!;
  assert.equal(d.rootName, 'web-app');
  assert.equal(d.externalSubset, 'http://java.sun.com/dtd/web-app_2_3.dtd');
  assert.equal(d.closed, true);
  assert.deepEqual(d.entities, []);
});

test('entities of the internal subset: internal, external, parameter; comments and quoted > skipped', () => {
  const text = `<!DOCTYPE s [
  <!-- <!ENTITY fake SYSTEM "x"> -->
  <!ENTITY a "a > b">
  <!ENTITY b SYSTEM 'http://x/y'>
  <!ENTITY % p PUBLIC "-//P//EN" "p.dtd">
  <!ELEMENT s ANY>
]>
<s/>`;
  const d = scanDoctype(text)!;
  assert.deepEqual(
    d.entities.map((e) => [e.name, e.parameter, e.external, e.value ?? e.systemId]),
    [['a', false, false, 'a > b'], ['b', false, true, 'http://x/y'], ['p', true, true, 'p.dtd']],
  );
  assert.equal(text.slice(d.entities[1].nameStart, d.entities[1].nameEnd), 'b');
  assert.equal(text.slice(d.end), '\n<s/>');
});

test('blanking keeps offsets and line breaks', () => {
  const text = '<!DOCTYPE s [\n<!ENTITY a "b">\n]>\n<s/>';
  const blanked = blankDoctype(text, scanDoctype(text));
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.split('\n').length, text.split('\n').length);
  assert.equal(blanked.trim(), '<s/>');
});
