/**
 * The end-to-end scenario in desktop VS Code through @vscode/test-electron,
 * for machines that can download VS Code (the offline CI runs the same
 * scenario in code-server instead: test/e2e/). Run:
 *   npm run build && npm run compile-tests && node out/test/electron/runElectronTests.js
 * VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { fixturesRoot, projectRoot } from '../support/paths';

async function main(): Promise<void> {
  await runTests({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(__dirname, 'scenario.js'),
    launchArgs: [path.join(fixturesRoot, 'broken-server-xml'), '--disable-extensions'],
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: '1.100.0' }),
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
