import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { findNodeBase, loadNode } from '../../../../server/src/model/tomcat/node';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';

function node(files: Record<string, string | Uint8Array>): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'node-'));
  for (const [rel, content] of Object.entries({ 'conf/server.xml': '<Server><Service><Engine jvmRoute="n1"/></Service></Server>', ...files })) {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), content);
  }
  return base;
}
const disk = new DiskFileSource();

test('the node of a file: the folder above it holding conf/server.xml', () => {
  const base = node({ 'webapps/shop/WEB-INF/web.xml': '<web-app/>' });
  assert.equal(findNodeBase(disk, path.join(base, 'webapps/shop/WEB-INF/web.xml')), base);
  assert.equal(findNodeBase(disk, path.join(base, 'conf/server.xml')), base);
  assert.equal(findNodeBase(disk, path.join(os.tmpdir(), 'lone', 'server.xml')), path.join(os.tmpdir(), 'lone'));
});

test('version from lib/catalina.jar (ServerInfo.properties), jars, apps and context files', () => {
  const jar = zipSync({ 'org/apache/catalina/util/ServerInfo.properties': strToU8('server.info=Apache Tomcat/9.0.83\nserver.number=9.0.83.0\n') });
  const base = node({
    'lib/catalina.jar': jar,
    'lib/memcached-session-manager-tc9-2.3.2.jar': '',
    'webapps/shop/WEB-INF/web.xml': '<web-app/>',
    'webapps/shop/WEB-INF/lib/kryo-4.0.2.jar': '',
    'webapps/cart/META-INF/context.xml': '<Context/>',
    'conf/Catalina/localhost/report.xml': '<Context/>',
  });
  const n = loadNode(disk, base);
  assert.equal(n.version?.label, '9.0.83');
  assert.equal(n.version?.source, path.join('lib', 'catalina.jar'));
  assert.deepEqual(n.libraryFolders[0].jars.map((j) => j.artifact).sort(), ['catalina', 'memcached-session-manager-tc9']);
  assert.deepEqual([...n.apps.keys()].sort(), ['cart', 'report', 'shop']);
  assert.equal(n.apps.get('shop')?.libFolder?.jars[0].artifact, 'kryo');
  assert.ok(n.apps.get('cart')?.metaInfContextPath);
  assert.ok(n.apps.get('report')?.confContextPath);
  assert.equal(n.engine?.attributes[0].value, 'n1');
});

test('version evidence in order: settings, RELEASE-NOTES, the tcN jar, a jakarta web.xml, the default', () => {
  const withNotes = node({ 'RELEASE-NOTES': '   Apache Tomcat Version 8.5.100\n', 'lib/memcached-session-manager-tc7-2.3.2.jar': '' });
  assert.equal(loadNode(disk, withNotes).version?.label, '8.5.100');
  assert.equal(loadNode(disk, withNotes, { settings: { nodes: { '.': { tomcatVersion: '9.0' } } }, settingsDir: withNotes }).version?.label, '9.0');
  const withTc = node({ 'lib/memcached-session-manager-tc8-1.9.7.jar': '' });
  assert.equal(loadNode(disk, withTc).version?.label, '8.x');
  const jakarta = node({ 'webapps/a/WEB-INF/web.xml': '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' });
  assert.equal(loadNode(disk, jakarta).version?.label, '10 or later');
  const nothing = node({});
  assert.equal(loadNode(disk, nothing).version, undefined);
  assert.equal(loadNode(disk, nothing, { settings: { tomcatVersion: '10.1' } }).version?.label, '10.1');
});

test('a broken catalina.jar, an unreadable lib folder and a symlink loop are survived', () => {
  const base = node({ 'lib/catalina.jar': 'PK\u0003\u0004 not really a zip' });
  fs.symlinkSync(base, path.join(base, 'webapps-loop'));
  fs.mkdirSync(path.join(base, 'webapps'));
  fs.symlinkSync(path.join(base, 'webapps'), path.join(base, 'webapps', 'self'));
  const n = loadNode(disk, base);
  assert.equal(n.version, undefined);
  if (process.getuid?.() !== 0) {
    fs.chmodSync(path.join(base, 'lib'), 0o000);
    assert.equal(loadNode(disk, base).libraryFolders[0].readable, false);
  }
});
