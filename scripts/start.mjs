// `npm start`: the checker on the bundled example cluster (examples/): the
// findings in the terminal, and the cluster report written to
// examples-report.html. The examples hold deliberate mistakes, so findings
// (exit 1) are the expected outcome here; only a usage or internal failure
// (exit 2) fails the script.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const cli = 'dist/cli/tomcat-cluster-check.js';
const text = spawnSync(process.execPath, [cli, 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
if (text.status !== 0 && text.status !== 1) process.exit(text.status ?? 2);

const html = spawnSync(process.execPath, [cli, 'examples', '--format', 'html'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (html.status !== 0 && html.status !== 1) {
  process.stderr.write(html.stderr);
  process.exit(html.status ?? 2);
}
const report = path.resolve('examples-report.html');
fs.writeFileSync(report, html.stdout);
console.log(`\nCluster report: ${report}`);
