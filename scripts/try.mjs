// `npm run try`: the example cluster in a real VS Code in your browser.
// Packs the .vsix, installs it into a private code-server profile and serves
// examples/ on http://127.0.0.1:$PORT (default 8080) until Ctrl+C.
// Needs `npm run setup:e2e` once (code-server from the npm registry).
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const csDir = process.env.CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/code-server-e2e');
const entry = path.join(csDir, 'node_modules/code-server/out/node/entry.js');
if (!fs.existsSync(entry)) {
  console.error(`code-server is not installed in ${csDir}: run \`npm run setup:e2e\` first.`);
  process.exit(2);
}
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
execFileSync(process.execPath, [path.join(root, 'scripts/package.mjs')], { cwd: root, stdio: 'inherit' });
const vsix = path.join(root, `${name}-${version}.vsix`);
const profile = path.join(root, '.vscode-test/try');
const userDir = path.join(profile, 'user');
const extDir = path.join(profile, 'extensions');
fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
const settings = path.join(userDir, 'User/settings.json');
if (!fs.existsSync(settings)) {
  fs.writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'security.workspace.trust.enabled': false }, null, 2));
}
const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
execFileSync(process.execPath, [entry, '--user-data-dir', userDir, '--extensions-dir', extDir, '--install-extension', vsix, '--force'], { stdio: 'inherit', env });
const port = process.env.PORT ?? '8080';
const folder = path.join(root, 'examples');
console.log(`\nOpen http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}  (Ctrl+C stops it)\n`);
const server = spawn(
  process.execPath,
  [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDir, '--extensions-dir', extDir, '--disable-telemetry', '--disable-update-check', folder],
  { stdio: 'inherit', env },
);
process.on('SIGINT', () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
