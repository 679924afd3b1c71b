/**
 * A file above the size limit gets its syntax rules and the workspace/large-file
 * notice, nothing else; the cluster model is built without it. Each case has
 * its negative control: the same file under the limit gets its semantic
 * findings.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../../server/src/engine/checkDocument';
import { checkWorkspace } from '../../../../server/src/engine/checkWorkspace';
import { RULE_IDS } from '../../../../server/src/rules';
import { validateSettings, type Settings } from '../../../../server/src/workspace/settings';
import type { FileLanguage } from '../../../../server/src/workspace/fileKind';
import { serverXml } from '../../../support/clusterConfigs';
import { writeWorkspace } from '../../../support/clusterRuleTester';

/** Codes of the findings of one file, checked with these settings. */
function codes(rel: string, text: string, language: FileLanguage, settings: Settings): string[] {
  const root = writeWorkspace({ [rel]: text });
  const document = TextDocument.create(pathToFileURL(path.join(root, rel)).href, language, 1, text);
  return checkDocument(document, language, { settings, settingsDir: root }).map((f) => f.code).sort();
}

/** Pads a text to at least `bytes` with a trailing comment of the file's language. */
function padded(text: string, bytes: number, comment: (filler: string) => string): string {
  return text + comment('x'.repeat(Math.max(0, bytes - text.length))) + '\n';
}

const SMALL = { maxFileSizeKB: 1 };

test('Tomcat XML above the limit: the syntax rules and the notice, not the tomcat/* rules', () => {
  const bad = serverXml({ cluster: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership className="org.apache.catalina.tribes.membership.McastService" address="10.0.0.1"/></Channel></Cluster>' });
  const text = padded(bad, 2048, (f) => `<!-- ${f} -->`);
  assert.ok(codes('conf/server.xml', text, 'tomcat-xml', {}).includes('tomcat/multicast-address-invalid'), 'under the default limit the file is checked whole');
  assert.deepEqual(codes('conf/server.xml', text, 'tomcat-xml', SMALL), ['workspace/large-file']);
  const broken = padded('<Server><Service>', 2048, (f) => `<!-- ${f} -->`);
  assert.deepEqual(codes('conf/server.xml', broken, 'tomcat-xml', SMALL), ['workspace/large-file', 'xml/not-well-formed']);
});

test('nginx above the limit: nginx/syntax, not the directive rules', () => {
  const text = padded('events {}\nhttp {\n  upstream u { server 10.0.0.1; }\n  server { location / { proxy_pass http://nowhere; frobnicate on; } }\n}\n', 2048, (f) => `# ${f}`);
  const whole = codes('nginx.conf', text, 'nginx', {});
  assert.ok(whole.includes('nginx/upstream-undefined') && whole.includes('nginx/unknown-directive'), whole.join());
  assert.deepEqual(codes('nginx.conf', text, 'nginx', SMALL), ['workspace/large-file']);
  assert.deepEqual(codes('nginx.conf', text.replace('frobnicate on;', 'frobnicate on'), 'nginx', SMALL), ['nginx/syntax', 'workspace/large-file']);
});

test('httpd and workers.properties above the limit: their syntax rules only', () => {
  const httpd = padded('<Proxy "balancer://app">\n  BalancerMember "http://10.0.0.1:8080"\n</Proxy>\nProxyPass "/" "balancer://missing/"\nFrobnicate on\n', 2048, (f) => `# ${f}`);
  assert.ok(codes('httpd.conf', httpd, 'httpd', {}).includes('httpd/balancer-undefined'));
  assert.deepEqual(codes('httpd.conf', httpd, 'httpd', SMALL), ['workspace/large-file']);
  assert.deepEqual(codes('httpd.conf', httpd.replace('</Proxy>\n', ''), 'httpd', SMALL), ['httpd/syntax', 'workspace/large-file']);

  const workers = padded('worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=ghost\n', 2048, (f) => `# ${f}`);
  assert.ok(codes('workers.properties', workers, 'modjk', {}).includes('modjk/worker-undefined'));
  assert.deepEqual(codes('workers.properties', workers, 'modjk', SMALL), ['workspace/large-file']);
  assert.deepEqual(codes('workers.properties', workers + 'not a property\n', 'modjk', SMALL), ['modjk/syntax', 'workspace/large-file']);
});

test('the size is counted in UTF-8 bytes, as the file is on disk', () => {
  // 500 CJK characters: 500 UTF-16 units but 1,500 bytes, above 1 KiB.
  const text = `events {}\n# ${'集'.repeat(500)}\n`;
  assert.ok(text.length < 1024);
  assert.deepEqual(codes('nginx.conf', text, 'nginx', SMALL), ['workspace/large-file']);
  assert.deepEqual(codes('nginx.conf', text, 'nginx', { maxFileSizeKB: 2 }), []);
});

test('the notice sits on the first line and names the sizes and the setting', () => {
  const root = writeWorkspace({});
  const text = padded('events {}\n', 3000, (f) => `# ${f}`);
  const [finding] = checkDocument(TextDocument.create(pathToFileURL(path.join(root, 'nginx.conf')).href, 'nginx', 1, text), 'nginx', { settings: SMALL });
  assert.equal(finding.code, 'workspace/large-file');
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 'events {}'.length } });
  assert.match(finding.message, /is 3 KiB, above the 1 KiB limit: only its syntax is checked.*maxFileSizeKB/);
});

test('the cluster model is built without a node whose server.xml is above the limit', () => {
  const files = {
    'tomcat1/conf/server.xml': serverXml({ jvmRoute: 'node1' }),
    'tomcat2/conf/server.xml': padded(serverXml({ jvmRoute: 'node1' }), 4096, (f) => `<!-- ${f} -->`),
  };
  const root = writeWorkspace(files);
  const whole = checkWorkspace([root], { settingsDir: root }).findings.map((f) => f.code);
  assert.ok(whole.includes('cluster/jvmroute-duplicate'), whole.join());
  const bounded = checkWorkspace([root], { settings: { maxFileSizeKB: 3 }, settingsDir: root });
  const large = bounded.findings.filter((f) => f.code === 'workspace/large-file');
  assert.deepEqual(large.map((f) => path.relative(root, new URL(f.uri).pathname)), ['tomcat2/conf/server.xml']);
  assert.ok(!bounded.findings.some((f) => f.code.startsWith('cluster/')), bounded.findings.map((f) => f.code).join());
  assert.deepEqual(bounded.cluster.nodes.map((n) => n.key), ['tomcat1']);
});

test('maxFileSizeKB in the settings file must be a whole number above 0', () => {
  assert.deepEqual(validateSettings({ maxFileSizeKB: 5120 }, RULE_IDS), []);
  for (const bad of [0, -1, 1.5, '5120', null]) {
    assert.deepEqual(validateSettings({ maxFileSizeKB: bad }, RULE_IDS), ['"maxFileSizeKB" must be a whole number of KiB above 0 (such as 5120)'], String(bad));
  }
});
