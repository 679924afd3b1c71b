/**
 * The extension manifest (package.json) keeps its promises: the VS Code it
 * runs on, the languages and paths it claims (the same lists the classifier
 * uses), command ids apart from the server's, the CLI bin, and a .vsix that
 * holds only what runs.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as semver from 'semver';
import { CLIENT_COMMANDS, SERVER_CHECK_WORKSPACE } from '../../client/src/commands';
import { SERVER_COMMANDS } from '../../server/src/lsp/server';
import { HTTPD_FILENAMES, HTTPD_PATTERNS, NGINX_FILENAMES, NGINX_PATTERNS } from '../../server/src/workspace/filePatterns';
import { projectRoot } from '../support/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

test('identity, engines and the CLI bin', () => {
  assert.equal(manifest.name, 'tomcat-cluster-config');
  assert.equal(manifest.displayName, 'Tomcat Cluster Config');
  assert.ok(manifest.publisher);
  assert.ok(semver.satisfies('1.100.0', manifest.engines.vscode), 'code-server 4.100 (VS Code 1.100) satisfies engines.vscode');
  assert.ok(manifest.categories.includes('Linters'));
  assert.equal(manifest.bin['tomcat-cluster-check'], 'dist/cli/tomcat-cluster-check.js');
  assert.equal(manifest.main, './dist/client/extension.js');
});

test('languages nginx and apacheconf claim exactly the paths the classifier knows', () => {
  const nginx = manifest.contributes.languages.find((l: { id: string }) => l.id === 'nginx');
  const httpd = manifest.contributes.languages.find((l: { id: string }) => l.id === 'apacheconf');
  assert.deepEqual(nginx.filenames, [...NGINX_FILENAMES]);
  assert.deepEqual(nginx.filenamePatterns, [...NGINX_PATTERNS]);
  assert.deepEqual(httpd.filenames, [...HTTPD_FILENAMES]);
  assert.deepEqual(httpd.filenamePatterns, [...HTTPD_PATTERNS]);
  for (const l of [nginx, httpd]) assert.ok(fs.existsSync(path.join(projectRoot, l.configuration)), l.configuration);
  assert.ok(!manifest.contributes.languages.some((l: { id: string; extensions?: string[] }) => l.id !== 'xml' && l.extensions?.includes('.xml')), 'Tomcat files stay xml');
});

test('activation on the languages, the Tomcat paths and the commands', () => {
  for (const e of ['onLanguage:nginx', 'onLanguage:apacheconf', 'onLanguage:xml', 'workspaceContains:**/conf/server.xml']) {
    assert.ok(manifest.activationEvents.includes(e), e);
  }
});

test('client command ids differ from every id the server lists in executeCommandProvider', () => {
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual(contributed.sort(), Object.values(CLIENT_COMMANDS).sort());
  const serverIds = Object.values(SERVER_COMMANDS) as string[];
  assert.ok(serverIds.includes(SERVER_CHECK_WORKSPACE), 'the client forwards to a command the server has');
  for (const id of contributed) assert.ok(!serverIds.includes(id), id);
  const check = manifest.contributes.commands.find((c: { command: string }) => c.command === CLIENT_COMMANDS.checkClusterConsistency);
  assert.equal(`${check.category}: ${check.title}`, 'Tomcat Cluster: Check Cluster Consistency');
});

test('settings carry the tomcatCluster. prefix and trace.server; the settings file has a JSON Schema', () => {
  const keys = Object.keys(manifest.contributes.configuration.properties);
  assert.ok(keys.every((k) => k.startsWith('tomcatCluster.')));
  assert.ok(keys.includes('tomcatCluster.trace.server'));
  const [validation] = manifest.contributes.jsonValidation;
  assert.equal(validation.fileMatch, '.tomcat-cluster.json');
  assert.ok(fs.existsSync(path.join(projectRoot, validation.url)));
});

test('the .vsix holds only what runs: bundles, manifest, grammars, schemas, rule docs', () => {
  const listing = execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies', '--readme-path', 'docs/extension-readme.md'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const files = listing.trim().split('\n').filter(Boolean);
  const allowed = [/^package\.json$/, /^LICENSE$/, /^docs\/extension-readme\.md$/, /^dist\/client\/extension\.js$/, /^dist\/server\/server\.js$/, /^syntaxes\/[^/]+\.json$/, /^schemas\/[^/]+\.schema\.json$/, /^docs\/rules\/[a-z]+\/[a-z0-9-]+\.md$/, /^docs\/rules\/README\.md$/];
  for (const f of files) assert.ok(allowed.some((re) => re.test(f)), `unexpected file in the .vsix: ${f}`);
  for (const must of ['dist/client/extension.js', 'dist/server/server.js', 'package.json']) assert.ok(files.includes(must), must);
  assert.ok(!files.some((f) => f.includes('node_modules') || f.endsWith('.ts') || f.endsWith('.map') || f.startsWith('test/')));
});
