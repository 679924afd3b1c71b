import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersions, parseJarName, satisfiesRange } from '../../../../server/src/model/tomcat/jars';

test('artifact and version from jar names', () => {
  assert.deepEqual(parseJarName('memcached-session-manager-tc9-2.3.2.jar'), { artifact: 'memcached-session-manager-tc9', version: '2.3.2' });
  assert.deepEqual(parseJarName('kryo-serializers-0.45.jar'), { artifact: 'kryo-serializers', version: '0.45' });
  assert.deepEqual(parseJarName('javolution-5.4.3.1.jar'), { artifact: 'javolution', version: '5.4.3.1' });
  assert.deepEqual(parseJarName('netty-3.5.5.Final.jar'), { artifact: 'netty', version: '3.5.5.Final' });
  assert.deepEqual(parseJarName('xpp3_min-1.1.4c.jar'), { artifact: 'xpp3_min', version: '1.1.4c' });
  assert.deepEqual(parseJarName('catalina.jar'), { artifact: 'catalina' });
  assert.equal(parseJarName('README.txt'), undefined);
});

test('versions and ranges', () => {
  assert.ok(compareVersions('0.41', '0.45') < 0);
  assert.ok(compareVersions('0.9', '0.10') < 0);
  assert.equal(compareVersions('2.3.2', '2.3.2'), 0);
  assert.ok(satisfiesRange('0.45', '>=0.41 <1'));
  assert.ok(!satisfiesRange('0.9', '>=0.10 <0.20'));
  assert.ok(satisfiesRange('4.0.2', '>=4 <5'));
  assert.ok(!satisfiesRange('3.0.3', '>=4 <5'));
});
