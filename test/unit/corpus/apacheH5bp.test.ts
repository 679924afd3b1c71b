/**
 * h5bp/server-configs-apache (../shared/corpus/apache-h5bp), a production
 * configuration: httpd.conf with its Includes (resolved against the main
 * file's folder, its ServerRoot being /usr/local/apache2), the vhosts, the
 * snippets and dist/.htaccess: no finding at all.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import { loadHttpdConfig } from '../../../server/src/model/httpd/httpdConfig';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';
import { sharedRoot } from '../../support/paths';

const corpus = path.join(sharedRoot, 'corpus/apache-h5bp');

test('httpd.conf and all it includes parse, every Include found', () => {
  const config = loadHttpdConfig(new DiskFileSource(), path.join(corpus, 'httpd.conf'));
  assert.deepEqual(config.problems, []);
  for (const [file, parsed] of config.files) assert.deepEqual(parsed.errors, [], file);
  assert.ok(config.files.size >= 10, `${config.files.size} files`);
  assert.ok(config.hasLoadModule);
});

test('every httpd file of the corpus checks without a finding', () => {
  const result = checkWorkspace([corpus]);
  assert.ok(result.files.filter((f) => f.language === 'httpd').length >= 40);
  assert.deepEqual(result.findings.map((f) => `${path.relative(corpus, fileURLToPath(f.uri))}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
});
