import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { availability, existsIn, parseRelease, versionAtLeast, versionFromMajor, versionFromText } from '../../../../server/src/model/tomcat/tomcatVersion';

const v = (t: string) => versionFromText(t, 'test')!;

test('releases compare as numbers', () => {
  assert.ok(parseRelease('9.0.11')! > parseRelease('9.0.9')!);
  assert.ok(parseRelease('10.1')! > parseRelease('9.0.999')!);
});

test('"since" per branch: older branches lack it, newer have it', () => {
  const encrypt = { since: ['7.0.100', '8.5.38', '9.0.13'] };
  assert.equal(existsIn(encrypt, parseRelease('7.0.99')!), false);
  assert.equal(existsIn(encrypt, parseRelease('7.0.100')!), true);
  assert.equal(existsIn(encrypt, parseRelease('8.5.37')!), false);
  assert.equal(existsIn(encrypt, parseRelease('10.1.0')!), true);
  const staticMembership = { since: ['9.0.11'] };
  assert.equal(existsIn(staticMembership, parseRelease('8.5.100')!), false);
  assert.equal(existsIn(staticMembership, parseRelease('11.0.0')!), true);
});

test('availability over what the node can be', () => {
  const staticMembership = { since: ['9.0.11'] };
  assert.equal(availability(staticMembership, v('9.0.83')), 'yes');
  assert.equal(availability(staticMembership, v('9.0')), 'unknown', 'any 9.0 release: it depends');
  assert.equal(availability(staticMembership, v('8.5')), 'no');
  assert.equal(availability(staticMembership, undefined), 'unknown');
  const removed10 = { removed: '10.0' };
  assert.equal(availability(removed10, versionAtLeast(10, 'jakarta web.xml')), 'no');
  assert.equal(availability(removed10, versionFromMajor(9, 'tc9')), 'yes');
  assert.equal(availability({ removed: '8.5' }, versionFromMajor(8, 'tc8 jar')), 'unknown', '8.0 had it, 8.5 not');
});
