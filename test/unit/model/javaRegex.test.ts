import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { javaRegexError } from '../../../server/src/model/javaRegex';

test('valid Java regexes pass, including Java-only syntax', () => {
  for (const re of ['.*\\.(ico|png|gif|jpg|css|js)$', '(?i)^/static/.*', '^(userName|cart)++$', '(?>a|b)c', '\\Q(literal)\\E.*', '\\p{javaLowerCase}+', '[a-z&&[^e]]', '', '.*\\.gif|.*\\.js']) {
    assert.equal(javaRegexError(re), undefined, re);
  }
});

test('errors both dialects share are caught', () => {
  for (const re of ['.*\\.(ico|png$', '*.do', '[a-z', 'a)', '\\']) assert.ok(javaRegexError(re), re);
});
