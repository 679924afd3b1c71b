import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { msmManagerOf } from '../../../../server/src/model/msm/msmManager';
import { parseXml } from '../../../../server/src/syntax/xml/xmlDocument';

const manager = (attrs: string) => msmManagerOf(parseXml(`<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" ${attrs}/>`).root!)!;

test('the forms of memcachedNodes', () => {
  assert.equal(manager('memcachedNodes="n1:h1:11211, n2:h2:11211"').nodes.form, 'memcached');
  assert.deepEqual(manager('memcachedNodes="n1:h1:11211, n2:h2:11211"').nodes.nodes.map((n) => [n.id, n.host, n.port]), [['n1', 'h1', 11211], ['n2', 'h2', 11211]]);
  assert.equal(manager('memcachedNodes="h1:11211"').nodes.form, 'single');
  assert.deepEqual(manager('memcachedNodes="rediss://user:pw@r1"').nodes.nodes.map((n) => [n.host, n.port]), [['r1', 6379]]);
  assert.equal(manager('memcachedNodes="http://h1:8091/pools"').nodes.form, 'couchbase');
  assert.equal(manager('memcachedNodes=" "').nodes.empty, true);
});

test('entries keep their offsets, sticky defaults to true', () => {
  const text = '<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:h1:11211,bad" failoverNodes="n1"/>';
  const m = msmManagerOf(parseXml(text).root!)!;
  assert.equal(text.slice(m.nodes.invalid[0].start, m.nodes.invalid[0].end), 'bad');
  assert.equal(text.slice(m.failoverIds[0].start, m.failoverIds[0].end), 'n1');
  assert.equal(m.sticky, true);
  assert.equal(manager('sticky="FALSE"').sticky, false);
  assert.equal(msmManagerOf(parseXml('<Manager className="org.apache.catalina.session.StandardManager"/>').root!), undefined);
});
