import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedIn, arityOf, aritySyntax, contextOf, isBlockDirective, thirdPartyModule } from '../../../../server/src/model/nginx/directives';

test('arity from the documented syntax lines', () => {
  assert.deepEqual(aritySyntax('*`key`* [`consistent`]'), { min: 1, max: 2, flag: false });
  assert.deepEqual(aritySyntax(''), { min: 0, max: 0, flag: false });
  assert.deepEqual(aritySyntax(' `{...}`'), { min: 0, max: 0, flag: false });
  assert.deepEqual(aritySyntax('*`name`* ...'), { min: 1, max: undefined, flag: false });
  assert.deepEqual(aritySyntax('`on` | `off`'), { min: 1, max: 1, flag: true });
  assert.deepEqual(aritySyntax('[ `=` | `~` | `~*` | `^~` ] *`uri`* `{...}`'), { min: 1, max: 2, flag: false });
  assert.deepEqual(aritySyntax('*`name`* *`value`* [`always`]'), { min: 2, max: 3, flag: false });
});

test('arity in context, with the override table', () => {
  const upstream = contextOf(['http', 'upstream']);
  assert.deepEqual(arityOf('hash', upstream), { min: 1, max: 2, flag: false });
  assert.deepEqual(arityOf('ip_hash', upstream), { min: 0, max: 0, flag: false });
  assert.deepEqual(arityOf('server', upstream), { min: 1, max: undefined, flag: false });
  assert.equal(arityOf('gzip', contextOf(['http']))?.flag, true);
});

test('contexts: families, if in location, the top level', () => {
  assert.ok(allowedIn('http', contextOf([])));
  assert.ok(allowedIn('upstream', contextOf(['http'])));
  assert.ok(!allowedIn('upstream', contextOf(['http', 'server'])));
  assert.ok(allowedIn('proxy_pass', contextOf(['http', 'server', 'location', 'if'])));
  assert.ok(!allowedIn('proxy_pass', contextOf(['http', 'server'])));
  assert.ok(allowedIn('ip_hash', contextOf(['http', 'upstream'])));
  assert.ok(!allowedIn('ip_hash', contextOf(['stream', 'upstream'])), 'ip_hash is http only');
  assert.ok(allowedIn('hash', contextOf(['stream', 'upstream'])));
  assert.ok(allowedIn('include', contextOf(['http', 'server', 'location'])));
  assert.equal(isBlockDirective('upstream', contextOf(['http'])), true);
  assert.equal(isBlockDirective('server', contextOf(['http', 'upstream'])), false);
  assert.equal(thirdPartyModule('more_set_headers'), 'headers-more-nginx-module');
});
