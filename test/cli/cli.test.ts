/**
 * The built bin (dist/cli/tomcat-cluster-check.js) on fixture folders: exit
 * codes, and the text, json and sarif outputs of the design.md contract.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { RULE_METAS } from '../../server/src/rules';
import { cliBundle, fixturesRoot, projectRoot } from '../support/paths';

function cli(args: string[], cwd = fixturesRoot): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliBundle, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const broken = path.join(fixturesRoot, 'broken-server-xml');

test('text: one line per finding with 1-based positions, then a summary; exit 1 on an error', () => {
  const r = cli([broken]);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(
    r.stdout,
    'tomcat1/conf/server.xml:23:3: error xml/not-well-formed: Expected </Service> to close <Service> (line 14), found </Servic>.\n' +
      '\n1 problem (1 error, 0 warnings, 0 information, 0 hints) in 3 files checked.\n',
  );
  assert.equal(r.stderr, '');
});

test('text lines match the problem matcher the extension contributes', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers[0].pattern;
  const line = cli([broken]).stdout.split('\n')[0];
  const m = new RegExp(matcher.regexp).exec(line);
  assert.ok(m, line);
  assert.equal(m[matcher.file], 'tomcat1/conf/server.xml');
  assert.equal(m[matcher.line], '23');
  assert.equal(m[matcher.column], '3');
  assert.equal(m[matcher.severity], 'error');
  assert.equal(m[matcher.code], 'xml/not-well-formed');
});

test('json: the design.md contract, 0-based positions, paths relative to root', () => {
  const r = cli([broken, '--format', 'json']);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.equal(out.tool.name, 'tomcat-cluster-check');
  assert.match(out.tool.version, /^\d+\.\d+\.\d+/);
  assert.equal(out.root, broken);
  assert.deepEqual(out.files, ['tomcat1/conf/context.xml', 'tomcat1/conf/server.xml', 'tomcat1/webapps/shop/WEB-INF/web.xml']);
  assert.deepEqual(out.diagnostics, [
    {
      file: 'tomcat1/conf/server.xml',
      range: { start: { line: 22, character: 2 }, end: { line: 22, character: 11 } },
      severity: 'error',
      code: 'xml/not-well-formed',
      message: 'Expected </Service> to close <Service> (line 14), found </Servic>.',
      related: [
        {
          file: 'tomcat1/conf/server.xml',
          range: { start: { line: 13, character: 2 }, end: { line: 13, character: 10 } },
          message: '<Service> is opened here',
        },
      ],
    },
  ]);
});

test('sarif: valid SARIF 2.1.0 with rules, help, 1-based regions and relative URIs', () => {
  const r = cli([broken, '--format', 'sarif']);
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema has a pattern that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  assert.equal(validate(log), true, ajv.errorsText(validate.errors));

  const run = log.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id).sort(), RULE_METAS.map((m) => m.id).sort());
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text, rule.id);
    assert.match(rule.help.markdown, new RegExp(`^# ${rule.id.replace('/', '\\/')}`), `${rule.id} help carries its docs page`);
  }
  const [result] = run.results;
  assert.equal(result.ruleId, 'xml/not-well-formed');
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'xml/not-well-formed');
  assert.equal(result.level, 'error');
  const loc = result.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'tomcat1/conf/server.xml');
  assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.deepEqual(loc.region, { startLine: 23, startColumn: 3, endLine: 23, endColumn: 12 });
  assert.equal(result.relatedLocations[0].physicalLocation.region.startLine, 14);
});

test('exit 0 and a clean summary for a clean node (Tomcat 9 defaults)', () => {
  const r = cli([path.join(fixturesRoot, 'clean-tomcat-node')]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, 'No problems (3 files checked).\n');
});

test('a warning alone exits 0; --min-severity error hides it', () => {
  const folder = path.join(fixturesRoot, 'external-entity-web-xml');
  const all = cli([folder, '--format', 'json']);
  assert.equal(all.status, 0);
  const diagnostics = JSON.parse(all.stdout).diagnostics;
  assert.deepEqual(diagnostics.map((d: { code: string; severity: string; range: { start: { line: number } } }) => [d.code, d.severity, d.range.start.line]), [['xml/external-entity', 'warning', 2]]);
  const errorsOnly = cli([folder, '--format', 'json', '--min-severity', 'error']);
  assert.equal(errorsOnly.status, 0);
  assert.deepEqual(JSON.parse(errorsOnly.stdout).diagnostics, []);
});

test('the settings file next to the folder is read; --config names another', () => {
  const folder = path.join(fixturesRoot, 'settings-turns-rule-off');
  const r = cli([folder]);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /^tomcat1\/conf\/server\.xml:3:1: warning xml\/not-well-formed: /);
  const withConfig = cli([broken, '--config', path.join(folder, '.tomcat-cluster.json')]);
  assert.equal(withConfig.status, 0);
  assert.match(withConfig.stdout, /warning xml\/not-well-formed/);
});

test('paths relative to the working directory, several paths, a single file', () => {
  const r = cli(['broken-server-xml/tomcat1/conf/server.xml', 'clean-tomcat-node', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.equal(out.root, fixturesRoot);
  assert.deepEqual(out.diagnostics.map((d: { file: string }) => d.file), ['broken-server-xml/tomcat1/conf/server.xml']);
  assert.equal(out.files.length, 4);
  const single = JSON.parse(cli([path.join(broken, 'tomcat1/conf/server.xml'), '--format', 'json']).stdout);
  assert.equal(single.root, path.join(broken, 'tomcat1/conf'));
  assert.deepEqual(single.files, ['server.xml']);
});

test('bad usage and bad settings exit 2 with a message on stderr', () => {
  for (const args of [
    ['--format', 'yaml'],
    ['--min-severity', 'fatal'],
    ['--tomcat-version', 'nine'],
    ['--no-such-option'],
    ['no/such/folder'],
    [broken, '--config', 'no-such-settings.json'],
  ]) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^tomcat-cluster-check: /, args.join(' '));
  }
  const badRule = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cfg-'));
  fs.writeFileSync(path.join(badRule, '.tomcat-cluster.json'), '{"rules": {"xml/no-such-rule": "off"}}');
  const r = cli([badRule]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown rule id "xml\/no-such-rule"/);
});

test('--help and --version', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--format text\|json\|sarif\|html/);
  const version = cli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version);
});

test('parse --format crossplane: the file and its includes in crossplane\'s payload shape', () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'xp-'));
  fs.mkdirSync(path.join(root, 'conf.d'));
  fs.writeFileSync(path.join(root, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n    server {\n        if ($request_method = POST) { return 405; }\n    }\n}\n');
  fs.writeFileSync(path.join(root, 'conf.d/up.conf'), 'upstream tcsrvs {\n    hash $request_uri consistent;\n    server 10.0.0.1:8080;\n}\n');
  const r = cli(['parse', 'nginx.conf', '--format', 'crossplane'], root);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stdout.includes(': '), 'compact JSON, as crossplane prints without --indent');
  const payload = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(payload), ['status', 'errors', 'config']);
  assert.equal(payload.status, 'ok');
  assert.deepEqual(payload.config.map((c: { file: string }) => c.file), ['nginx.conf', 'conf.d/up.conf']);
  assert.deepEqual(Object.keys(payload.config[0]), ['file', 'status', 'errors', 'parsed']);
  const http = payload.config[0].parsed[1];
  assert.deepEqual(http.block[0], { directive: 'include', line: 3, args: ['conf.d/*.conf'], includes: [1] });
  assert.deepEqual(http.block[1].block[0], { directive: 'if', line: 5, args: ['$request_method', '=', 'POST'], block: [{ directive: 'return', line: 5, args: ['405'] }] });
  assert.deepEqual(payload.config[1].parsed[0].block[0], { directive: 'hash', line: 2, args: ['$request_uri', 'consistent'] });

  fs.writeFileSync(path.join(root, 'conf.d/up.conf'), 'upstream tcsrvs {\n    ip_hash on;\n}\n}\n');
  const bad = cli(['parse', 'nginx.conf', '--format', 'crossplane'], root);
  assert.equal(bad.status, 1);
  const failed = JSON.parse(bad.stdout);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.config[1].status, 'failed');
  assert.deepEqual(failed.errors.map((e: { file: string; line: number }) => [e.file, e.line]), [['conf.d/up.conf', 4], ['conf.d/up.conf', 2]]);
  assert.match(failed.errors[0].error, /^unexpected "}" in conf\.d\/up\.conf:4$/);
  assert.equal(cli(['parse', 'nginx.conf'], root).status, 2, '--format crossplane is required');
});

test('html: the cluster report as one self-contained page (topology, node table, findings)', () => {
  const folder = path.join(fixturesRoot, 'clusters', '000-cluster-membership-mismatch');
  const r = cli([folder, '--format', 'html']);
  assert.equal(r.status, 1, r.stderr);
  const html = r.stdout;
  assert.match(html, /^<!DOCTYPE html>/);
  // Self-contained: nothing loaded from anywhere (no src=, no stylesheet link, no remote URL but the SVG namespace).
  assert.doesNotMatch(html, /\ssrc=|<link\b/);
  assert.deepEqual([...html.matchAll(/https?:\/\/[^"'\s<]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg'), []);
  assert.match(html, /<svg class="topology"/);
  // Both nodes in the table, each with its Membership marked as the mismatch it is.
  const rows = [...html.matchAll(/<tr class="row-error">(.*?)<\/tr>/g)].map((m) => m[1]);
  assert.equal(rows.length, 2);
  for (const row of rows) assert.match(row, /<td class="mark-error">multicast 228\.0\.0\.[45]:45564<\/td>/);
  assert.match(html, /cluster\/membership-mismatch/);
  // Links relative to the checked folder, to the file of each finding.
  assert.match(html, /<a href="tomcat-2\/conf\/server.xml">tomcat-2\/conf\/server.xml:39:\d+<\/a>/);
});
