// Builds the production bundles and packs the .vsix with @vscode/vsce.
// Everything is bundled, so no node_modules go in (--no-dependencies); what
// else goes in is decided by .vscodeignore. The marketplace README is
// docs/extension-readme.md (the repository README links images by relative path).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.env.VSIX_OUT ?? `${name}-${version}.vsix`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['esbuild.mjs', '--production']);
run(process.execPath, [
  'node_modules/@vscode/vsce/vsce',
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '--readme-path',
  'docs/extension-readme.md',
  '--out',
  out,
]);
console.log(`packed ${out}`);
