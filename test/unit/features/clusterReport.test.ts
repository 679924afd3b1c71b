import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import type { Finding, Severity } from '../../../server/src/engine/finding';
import { clusterReportHtml, MAX_FINDING_ROWS } from '../../../server/src/features/clusterReport';
import { serverXml } from '../../support/clusterConfigs';
import { writeWorkspace } from '../../support/clusterRuleTester';

test('a report of tens of thousands of findings lists the worst first, up to the cap, and counts the rest', () => {
  const root = writeWorkspace({ 'tomcat1/conf/server.xml': serverXml({ jvmRoute: 'tomcat1' }) });
  const { cluster } = checkWorkspace([root], { settingsDir: root });
  const uri = pathToFileURL(path.join(root, 'lb/nginx.conf')).href;
  const finding = (i: number, severity: Severity): Finding => ({
    code: 'nginx/syntax',
    severity,
    message: `finding ${i}`,
    uri,
    range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } },
  });
  // 40,000 warnings, then 300 errors: the errors must be on the page.
  const findings = [...Array.from({ length: 40_000 }, (_, i) => finding(i, 'warning')), ...Array.from({ length: 300 }, (_, i) => finding(50_000 + i, 'error'))];
  const html = clusterReportHtml({ root, cluster, findings, files: 2, linkMode: 'file' });
  const rows = [...html.matchAll(/<tr class="sev-(\w+)">/g)].map((m) => m[1]);
  assert.equal(rows.length, MAX_FINDING_ROWS);
  assert.equal(rows.filter((s) => s === 'error').length, 300);
  assert.match(html, /… and 38,300 more findings, not listed here/);
  assert.ok(html.length < 2_000_000, `${html.length} characters`);
  // Under the cap, everything is listed and nothing is counted.
  const few = clusterReportHtml({ root, cluster, findings: findings.slice(0, 10), files: 2, linkMode: 'file' });
  assert.equal([...few.matchAll(/<tr class="sev-/g)].length, 10);
  assert.doesNotMatch(few, /more findings, not listed/);
});
