// Generates schemas/httpd/directives.json from Debian's Apache httpd itself:
// `apache2 -L` (with every module of the package and mod_jk loaded) gives each
// directive's module, description and allowed contexts; probing `apache2 -t`
// with no arguments (then with five) gives its argument shape, from httpd's
// own messages ("X takes one argument", "X must be On or Off" …).
//
//   node scripts/generate-httpd-catalogue.mjs     (needs apache2 and libapache2-mod-jk: npm run setup:oracles)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'httpd-catalogue-'));
fs.mkdirSync(path.join(dir, 'logs'));

const loads = fs
  .readdirSync(MODULES)
  .filter((f) => /^mod_.*\.so$/.test(f) && !/^mod_mpm_(prefork|worker)\.so$/.test(f))
  .sort()
  .map((f) => `LoadModule ${f.slice(4, -3)}_module ${path.join(MODULES, f)}`);
const head = [`ServerRoot ${dir}`, 'ServerName localhost', `ErrorLog ${dir}/logs/error.log`, `PidFile ${dir}/httpd.pid`, ...loads].join('\n') + '\n';
fs.writeFileSync(path.join(dir, 'all.conf'), head);

const version = /Apache\/([\d.]+)/.exec(spawnSync(APACHE, ['-v'], { encoding: 'utf8' }).stdout)?.[1];
const builtIn = spawnSync(APACHE, ['-l'], { encoding: 'utf8' }).stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.c'));

// --- apache2 -L ----------------------------------------------------------------
const listing = spawnSync(APACHE, ['-f', path.join(dir, 'all.conf'), '-L'], { encoding: 'utf8' }).stdout;
const directives = {};
let current;
for (const line of listing.split('\n')) {
  const m = /^(<?)([A-Za-z][\w]*) \(([\w.]+\.c)\)$/.exec(line);
  if (m) {
    current = { name: m[2], section: m[1] === '<', source: m[3], description: '', allowed: '' };
    directives[(m[1] === '<' ? '<' : '') + m[2]] = current;
    continue;
  }
  if (!current) continue;
  const t = line.trim();
  if (t.startsWith('Allowed in')) current.allowed = t;
  else if (current.allowed && t) current.allowed += ' ' + t;
  else if (t) current.description += (current.description ? ' ' : '') + t;
}

function contexts(allowed) {
  const inside = /only inside <Directory>/.test(allowed);
  const outside = /only outside <Directory>/.test(allowed);
  return {
    context: inside ? 'directory' : outside ? 'server' : 'anywhere',
    htaccess: /and in \.htaccess/.test(allowed),
    ...(/AllowOverride includes (\w+)/.test(allowed) ? { override: /AllowOverride includes (\w+)/.exec(allowed)[1] } : {}),
  };
}

// --- argument shapes, probed -----------------------------------------------------
const SHAPES = [
  [/takes no arguments/, 'NO_ARGS'],
  [/takes one argument/, 'TAKE1'],
  [/takes two arguments/, 'TAKE2'],
  [/takes three arguments/, 'TAKE3'],
  [/takes 1-2 arguments/, 'TAKE12'],
  [/takes one or two arguments/, 'TAKE12'],
  [/takes two or three arguments/, 'TAKE23'],
  [/takes one, two or three arguments/, 'TAKE123'],
  [/takes one or three arguments/, 'TAKE13'],
  [/requires at least one argument/, 'ITERATE'],
  [/requires at least two arguments/, 'ITERATE2'],
  [/must be On or Off/, 'FLAG'],
];

function probe(name, args, inside) {
  return new Promise((resolve) => {
    const file = path.join(dir, `probe-${name}-${args.length}.conf`);
    const line = `${name}${args.length ? ' ' + args.join(' ') : ''}`;
    fs.writeFileSync(file, head + (inside ? `<Directory "/tmp">\n${line}\n</Directory>\n` : `${line}\n`));
    const child = spawn(APACHE, ['-t', '-f', file]);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      fs.rmSync(file, { force: true });
      resolve(err);
    });
  });
}

async function shapeOf(d) {
  const inside = contexts(d.allowed).context === 'directory';
  const none = await probe(d.name, [], inside);
  const escaped = d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The message line starts with the directive's name (the line before names the probe file).
  const mine = (text) => new RegExp(`(?:^|\\n)${escaped} [^\\n]*`, 'i').exec(text)?.[0] ?? '';
  for (const [re, shape] of SHAPES) if (re.test(mine(none)) || (shape === 'FLAG' && re.test(none))) return shape;
  const five = await probe(d.name, ['a', 'b', 'c', 'd', 'e'], inside);
  if (/takes no arguments/.test(mine(five))) return 'NO_ARGS';
  return 'RAW';
}

const names = Object.keys(directives).filter((k) => !directives[k].section);
let done = 0;
const queue = [...names];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (queue.length) {
      const k = queue.shift();
      directives[k].args = await shapeOf(directives[k]);
      if (++done % 100 === 0) process.stderr.write(`${done}/${names.length}\n`);
    }
  }),
);

// --- write --------------------------------------------------------------------------
const out = {
  $schema: './directives.schema.json',
  source: `Generated by scripts/generate-httpd-catalogue.mjs from Debian's apache2 ${version} (apache2 -L with every module of the package and mod_jk loaded; argument shapes probed with apache2 -t).`,
  apacheVersion: version,
  builtInModules: builtIn,
  directives: Object.fromEntries(
    Object.entries(directives)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, d]) => [
        key,
        {
          module: d.source.replace(/\.c$/, ''),
          description: d.description,
          ...contexts(d.allowed),
          ...(d.section ? { section: true } : { args: d.args }),
        },
      ]),
  ),
};
fs.mkdirSync(path.join(root, 'schemas/httpd'), { recursive: true });
fs.writeFileSync(path.join(root, 'schemas/httpd/directives.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`schemas/httpd/directives.json: ${Object.keys(out.directives).length} directives (httpd ${version})`);
fs.rmSync(dir, { recursive: true, force: true });
