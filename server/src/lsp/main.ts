/**
 * Entry point of the server bundle. The transport comes from argv, as
 * vscode-languageserver reads it: `--node-ipc` (the VS Code client),
 * `--stdio` (Neovim, Emacs, Sublime, Helix), `--socket=PORT`, `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TOOL } from '../version';
import { startServer } from './server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (process.argv.includes('--version')) {
  process.stdout.write(`${TOOL.version}\n`);
} else if (!process.argv.slice(2).some((a) => transports.some((t) => a.startsWith(t)))) {
  process.stderr.write(`${TOOL.packageName} language server ${TOOL.version}\nUsage: node ${process.argv[1]} --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n`);
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
