import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { RULE_IDS } from '../../../server/src/rules';
import { effectiveSeverity, parseSettings, SettingsError, validateSettings } from '../../../server/src/workspace/settings';
import { projectRoot } from '../../support/paths';

const schema = JSON.parse(fs.readFileSync(path.join(projectRoot, 'schemas/tomcat-cluster.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaValidate = ajv.compile(schema);

const good = [
  {},
  { tomcatVersion: '9.0' },
  {
    $schema: './schemas/tomcat-cluster.schema.json',
    tomcatVersion: '8.5',
    catalinaHome: '/usr/share/tomcat',
    libraryFolders: ['shared-lib'],
    nodes: { tomcat1: { tomcatVersion: '9.0.83', host: '10.0.0.11', libraryFolders: ['extra'] } },
    rules: { 'xml/external-entity': 'off', 'xml/not-well-formed': 'warning' },
    nginx: { directives: ['more_set_headers'] },
    httpd: { directives: ['SecRuleEngine'] },
  },
];
const bad = [
  [],
  { tomcatVersion: 'nine' },
  { unknownKey: 1 },
  { rules: { 'xml/not-well-formed': 'loud' } },
  { nodes: { t1: { port: 8080 } } },
  { nginx: { directives: 'x' } },
];

test('the JSON Schema and the engine agree on what a settings file may hold', () => {
  for (const s of good) {
    assert.equal(schemaValidate(s), true, `schema rejects ${JSON.stringify(s)}: ${ajv.errorsText(schemaValidate.errors)}`);
    assert.deepEqual(validateSettings(s, RULE_IDS), [], JSON.stringify(s));
  }
  for (const s of bad) {
    assert.equal(schemaValidate(s), false, `schema accepts ${JSON.stringify(s)}`);
    assert.notDeepEqual(validateSettings(s, RULE_IDS), [], JSON.stringify(s));
  }
});

test('a rule id the product does not have is an error a person can act on', () => {
  assert.throws(() => parseSettings('{"rules": {"xml/no-such-rule": "off"}}', 's.json', RULE_IDS), /unknown rule id "xml\/no-such-rule"/);
  assert.throws(() => parseSettings('{"rules": ', 's.json', RULE_IDS), SettingsError);
});

test('severity overrides', () => {
  assert.equal(effectiveSeverity({ rules: { a: 'off' } }, 'a', 'error'), undefined);
  assert.equal(effectiveSeverity({ rules: { a: 'hint' } }, 'a', 'error'), 'hint');
  assert.equal(effectiveSeverity({}, 'a', 'warning'), 'warning');
});
