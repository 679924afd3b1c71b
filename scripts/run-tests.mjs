// Runs every suite (unit, fuzz, protocol, cli, e2e) in one `node --test` run, so one
// summary closes the output. Suites are the folders under out/test/; pass
// names to run only some: `node scripts/run-tests.mjs unit cli`.
import { spawnSync } from 'node:child_process';
import { globSync } from 'tinyglobby';

const suites = process.argv.slice(2);
const patterns = (suites.length > 0 ? suites : ['unit', 'fuzz', 'protocol', 'cli', 'oracle', 'e2e']).map((s) => `out/test/${s}/**/*.test.js`);
const files = globSync(patterns, { cwd: process.cwd() }).sort();
if (files.length === 0) {
  console.error('no test files found under out/test: run `npm run compile-tests` first');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
