// `npm start`: the checker on the bundled example cluster (examples/). The
// examples hold deliberate mistakes, so findings (exit 1) are the expected
// outcome here; only a usage or internal failure (exit 2) fails the script.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli/tomcat-cluster-check.js', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status === 1 ? 0 : (result.status ?? 2));
