/** Each catalogue conforms to its own JSON Schema, and holds together (classes named exist, bases exist, versions parse). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { TOMCAT_CATALOGUE } from '../../../../server/src/model/tomcat/catalogue';
import { MSM_CATALOGUE } from '../../../../server/src/model/tomcat/msmCatalogue';
import { parseRelease } from '../../../../server/src/model/tomcat/tomcatVersion';
import { projectRoot } from '../../../support/paths';

const schemas = path.join(projectRoot, 'schemas');
const read = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(schemas, rel), 'utf8'));

test('every catalogue file conforms to its JSON Schema', () => {
  const pairs: [string, string][] = [
    ['tomcat/cluster.json', 'tomcat/tomcat-catalogue.schema.json'],
    ['tomcat/session-managers.json', 'tomcat/tomcat-catalogue.schema.json'],
    ['tomcat/containers.json', 'tomcat/tomcat-catalogue.schema.json'],
    ['msm/msm-catalogue.json', 'msm/msm-catalogue.schema.json'],
  ];
  for (const [data, schema] of pairs) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(read(schema) as object);
    assert.equal(validate(read(data)), true, `${data}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schemas reject what they should (a misspelt key, a bad version)', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(read('tomcat/tomcat-catalogue.schema.json') as object);
  assert.equal(validate({ fragment: 'x', classes: { 'org.example.A': { doc: 'd', attributes: { a: { type: 'boolen', doc: 'd' } } } } }), false);
  assert.equal(validate({ fragment: 'x', classes: { 'org.example.A': { doc: 'd', since: ['nine'], attributes: {} } } }), false);
});

test('the Tomcat catalogue holds together', () => {
  for (const [id, element] of TOMCAT_CATALOGUE.elements) {
    for (const parent of element.parents) {
      assert.ok(TOMCAT_CATALOGUE.elements.has(parent) || TOMCAT_CATALOGUE.containers.has(parent), `${id}: parent ${parent} is catalogued`);
    }
    for (const c of element.classes) assert.ok(TOMCAT_CATALOGUE.classes.has(c), `${id}: class ${c} is catalogued`);
    if (element.defaultClass) assert.ok(TOMCAT_CATALOGUE.classes.has(element.defaultClass), `${id}: default ${element.defaultClass}`);
  }
  for (const [name, info] of TOMCAT_CATALOGUE.classes) {
    if (info.extends) assert.ok(TOMCAT_CATALOGUE.classes.has(info.extends), `${name} extends ${info.extends}`);
    if (info.replacement) assert.ok(TOMCAT_CATALOGUE.classes.has(info.replacement), `${name} replacement ${info.replacement}`);
    for (const v of [...(info.since ?? []), ...(info.removed ? [info.removed] : [])]) assert.ok(parseRelease(v) !== undefined, `${name}: ${v}`);
    for (const [attr, a] of Object.entries(info.attributes)) {
      for (const v of [...(a.since ?? []), ...(a.removed ? [a.removed] : [])]) assert.ok(parseRelease(v) !== undefined, `${name}.${attr}: ${v}`);
      if (a.type === 'enum') assert.ok(a.values?.length, `${name}.${attr} is an enum with values`);
    }
  }
});

test('the facts the rules rely on are in the data', () => {
  const cls = (n: string) => TOMCAT_CATALOGUE.classes.get(n)!;
  assert.equal(cls('org.apache.catalina.ha.session.JvmRouteSessionIDBinderListener').removed, '8.0');
  assert.deepEqual(cls('org.apache.catalina.tribes.membership.StaticMembershipService').since, ['9.0.11']);
  assert.equal(cls('org.apache.catalina.tribes.transport.bio.BioReceiver').removed, '10.0');
  assert.equal(cls('org.apache.catalina.session.JDBCStore').removed, '10.0');
  assert.deepEqual(cls('org.apache.catalina.tribes.group.interceptors.EncryptInterceptor').since, ['7.0.100', '8.5.38', '9.0.13']);
  assert.equal(TOMCAT_CATALOGUE.attributesOf('org.apache.catalina.ha.session.BackupManager').get('expireSessionsOnShutdown')?.removed, '8.5');
  assert.equal(TOMCAT_CATALOGUE.attributesOf('org.apache.catalina.tribes.membership.McastService').get('address')?.default, '228.0.0.4');
  assert.equal(TOMCAT_CATALOGUE.elements.get('Cluster/Channel/Membership')?.classNameRequired, true);
  assert.ok(TOMCAT_CATALOGUE.containers.get('Engine')?.has('Cluster'));
  assert.ok(!TOMCAT_CATALOGUE.containers.get('Service')?.has('Cluster'));
});

test('the msm catalogue: every transcoder, the tc modules, the clients', () => {
  assert.deepEqual(MSM_CATALOGUE.transcoders.map((t) => t.name), ['java', 'kryo', 'javolution', 'xstream', 'flexjson']);
  assert.deepEqual(MSM_CATALOGUE.transcoders.find((t) => t.name === 'kryo')!.artifacts.map((a) => a.artifact), ['msm-kryo-serializer', 'kryo-serializers', 'kryo', 'minlog', 'reflectasm', 'asm', 'objenesis']);
  assert.deepEqual(MSM_CATALOGUE.tomcatModules.map((m) => m.tomcatMajor), [6, 7, 8, 9]);
  assert.ok(TOMCAT_CATALOGUE.classes.has(MSM_CATALOGUE.extendsTomcatClass!), 'msm extends a catalogued Tomcat class');
});
