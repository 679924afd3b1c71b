/**
 * h5bp/server-configs-nginx (../shared/corpus/nginx-h5bp), a production
 * configuration: with its includes, no syntax error and no error-severity
 * finding. The only finding is the information that one optional snippet
 * needs the third-party brotli module.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import { NginxConfigs } from '../../../server/src/model/nginx/nginxConfigs';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';
import { sharedRoot } from '../../support/paths';

const corpus = path.join(sharedRoot, 'corpus/nginx-h5bp');

test('nginx.conf and all it includes parse, with every include found', () => {
  const config = new NginxConfigs(new DiskFileSource()).config(path.join(corpus, 'nginx.conf'));
  assert.deepEqual(config.problems, []);
  for (const [file, parsed] of config.files) assert.deepEqual(parsed.errors, [], file);
  assert.ok(config.files.size >= 8, `${config.files.size} files read`);
});

test('every nginx file of the corpus checks without an error', () => {
  const result = checkWorkspace([corpus]);
  assert.ok(result.files.filter((f) => f.language === 'nginx').length >= 30);
  const findings = result.findings.map((f) => `${path.relative(corpus, fileURLToPath(f.uri))}:${f.range.start.line + 1} ${f.severity} ${f.code}`);
  assert.deepEqual(findings, ['h5bp/web_performance/pre-compressed_content_brotli.conf:17 information nginx/unknown-directive']);
});
