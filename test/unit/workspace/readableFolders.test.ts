/**
 * Nothing outside the workspace is read, except the folders the settings name:
 * an absolute include to elsewhere, a CATALINA_BASE above the folder checked.
 * Each case has its control, where the same file is inside and is read.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';
import { readableFolders } from '../../../server/src/workspace/settings';
import { msmContext, replicationCluster, serverXml, webXml } from '../../support/clusterConfigs';
import { writeWorkspace } from '../../support/clusterRuleTester';

const codes = (root: string, settings = {}): string[] => checkWorkspace([root], { settings, settingsDir: root }).findings.map((f) => f.code).sort();

test('DiskFileSource with bounds: outside them a path is absent, an open document is not', () => {
  const outside = writeWorkspace({ 'secret.conf': 'x', 'dir/a.conf': 'y' });
  const inside = writeWorkspace({ 'nginx.conf': 'events {}' });
  const open = pathToFileURL(path.join(outside, 'opened.conf')).href;
  const files = new DiskFileSource((uri) => (uri === open ? 'opened' : undefined), [inside]);
  assert.equal(files.readText(path.join(inside, 'nginx.conf')), 'events {}');
  assert.equal(files.contains(path.join(inside, 'sub', 'x')), true);
  assert.equal(files.contains(inside + '-sibling'), false, 'a folder whose name starts like the bound is outside');
  assert.equal(files.readText(path.join(outside, 'secret.conf')), undefined);
  assert.equal(files.isFile(path.join(outside, 'secret.conf')), false);
  assert.equal(files.exists(path.join(outside, 'secret.conf')), false);
  assert.equal(files.listDir(path.join(outside, 'dir')), undefined);
  assert.equal(files.readBytes(path.join(outside, 'secret.conf'), 100), undefined);
  assert.equal(files.readText(path.join(outside, 'opened.conf')), 'opened');
  assert.equal(new DiskFileSource().readText(path.join(outside, 'secret.conf')), 'x', 'no bounds: anywhere');
});

test('an absolute nginx include out of the workspace is neither read nor reported missing', () => {
  const outside = writeWorkspace({ 'conf.d/app.conf': 'frobnicate on;\nupstream elsewhere { server 10.0.0.9:8080; }\n' });
  const nginx = (target: string) => `events {}\nhttp {\n  include ${target};\n  server { location / { proxy_pass http://elsewhere; } }\n}\n`;
  const root = writeWorkspace({ 'lb/nginx.conf': nginx(path.join(outside, 'conf.d/app.conf')) });
  // Not read: the upstream it defines is unknown here, and its unknown directive is not reported.
  assert.deepEqual(codes(root), ['nginx/upstream-undefined']);
  // Control: the same file inside the workspace, by its absolute path, is read.
  const control = writeWorkspace({ 'lb/conf.d/app.conf': 'frobnicate on;\nupstream elsewhere { server 10.0.0.9:8080; }\n' });
  fs.writeFileSync(path.join(control, 'lb/nginx.conf'), nginx(path.join(control, 'lb/conf.d/app.conf')));
  assert.deepEqual(codes(control), ['nginx/unknown-directive']);
});

test('an absolute httpd Include out of the workspace is neither read nor reported missing', () => {
  const outside = writeWorkspace({ 'extra.conf': 'Frobnicate on\n' });
  const root = writeWorkspace({ 'apache2/httpd.conf': `Include ${path.join(outside, 'extra.conf')}\nInclude ${path.join(outside, 'missing.conf')}\n` });
  assert.deepEqual(codes(root), []);
  const control = writeWorkspace({ 'apache2/extra.conf': 'Frobnicate on\n' });
  fs.writeFileSync(path.join(control, 'apache2/httpd.conf'), `Include ${path.join(control, 'apache2/extra.conf')}\nInclude ${path.join(control, 'apache2/missing.conf')}\n`);
  assert.deepEqual(codes(control), ['httpd/include-not-found', 'httpd/unknown-directive']);
});

test('a CATALINA_BASE above the folder checked is not read', () => {
  const base = writeWorkspace({ 'conf/server.xml': serverXml({ jvmRoute: 'tomcat1', cluster: replicationCluster() }), 'webapps/shop/WEB-INF/web.xml': webXml() });
  // Checked whole, the app of a replicating node lacks <distributable/>.
  assert.ok(codes(base).includes('cluster/distributable-missing'));
  // Checked from the app's folder, the node above is outside: no node, no cluster, no finding that needs them.
  assert.deepEqual(codes(path.join(base, 'webapps/shop')), []);
});

test('a library folder the settings name outside the workspace is read', () => {
  const jars = ['memcached-session-manager-2.3.2.jar', 'memcached-session-manager-tc9-2.3.2.jar', 'spymemcached-2.12.3.jar'];
  const library = writeWorkspace(Object.fromEntries(jars.map((j) => [j, ''])));
  const root = writeWorkspace({
    'tomcat1/conf/server.xml': serverXml({ jvmRoute: 'tomcat1' }),
    'tomcat1/conf/context.xml': msmContext({ memcachedNodes: 'n1:10.0.0.5:11211' }),
    'tomcat1/RELEASE-NOTES': 'Apache Tomcat Version 9.0.83\n',
    'tomcat1/lib/catalina-ha.jar': '',
  });
  assert.ok(codes(root).includes('msm/client-jars-missing'), 'without the folder the jars are missing');
  assert.ok(!codes(root, { libraryFolders: [library] }).includes('msm/client-jars-missing'));
  assert.deepEqual(readableFolders([root], { libraryFolders: [library], nodes: { tomcat1: { catalinaHome: '../home' } } }, root), [root, library, path.resolve(root, '../home')]);
});
