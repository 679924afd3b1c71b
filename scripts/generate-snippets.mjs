#!/usr/bin/env node
/**
 * Writes the memcached-session-manager entries of
 * schemas/snippets/session-strategies.json: one snippet per mode (sticky,
 * non-sticky) × store (memcached, redis) × serializer of the msm catalogue
 * (schemas/msm/msm-catalogue.json), each with the jars it needs. The other
 * entries of the file are written by hand and kept as they are.
 *
 *   node scripts/generate-snippets.mjs          rewrite the file
 *   node scripts/generate-snippets.mjs --check  exit 1 when the file is out of date
 *
 * test/unit/features/snippets.test.ts checks that the file is up to date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR = 'scripts/generate-snippets.mjs';
export const SNIPPETS_FILE = 'schemas/snippets/session-strategies.json';
const CATALOGUE_FILE = 'schemas/msm/msm-catalogue.json';

/**
 * The jar versions of one working msm 2.3.2 setup (the last msm release): the
 * module poms of v2.3.2 (kryo 4 with kryo-serializers 0.4x, xstream 1.4.7,
 * flexjson 3.3, spymemcached 2.12, jedis 2.9.0) and the last javolution module
 * (2.1.1). commons-pool2 is jedis 2.9.0's own dependency.
 */
const MSM_VERSION = '2.3.2';
const VERSIONS = {
  'memcached-session-manager': MSM_VERSION,
  'msm-kryo-serializer': MSM_VERSION,
  'kryo-serializers': '0.45',
  kryo: '4.0.2',
  minlog: '1.3.1',
  reflectasm: '1.11.9',
  asm: '5.2',
  objenesis: '2.6',
  'msm-javolution-serializer': '2.1.1',
  javolution: '5.4.3.1',
  'msm-xstream-serializer': MSM_VERSION,
  xstream: '1.4.7',
  xmlpull: '1.1.3.1',
  xpp3_min: '1.1.4c',
  'msm-flexjson-serializer': MSM_VERSION,
  flexjson: '3.3',
  spymemcached: '2.12.3',
  jedis: '2.9.0',
  'commons-pool2': '2.4.2',
};
/** What the description adds about a serializer's jars. */
const SERIALIZER_NOTES = {
  xstream:
    'xstream 1.4.7 is the version msm 2.3.2 was built with; it has known deserialization vulnerabilities, and the 1.4.18+ releases that fix them only read allow-listed types by default: test an upgrade with your session attributes.',
};
/** Dependencies of a client jar the catalogue does not list (they are not msm's own). */
const CLIENT_DEPENDENCIES = { jedis: [{ artifact: 'commons-pool2', doc: "jedis's connection pool" }] };
/** The Tomcat branch each tcN module serves, among the versions this project knows (7.0 … 11.0). */
const TOMCAT_BRANCH = { 7: '7.0', 8: '8.5', 9: '9.0' };
/** msm's requestUriIgnorePattern for static resources, in snippet syntax (`\$` is a literal `$`). */
const STATIC_RESOURCES = '.*\\.(ico|png|gif|jpg|css|js)\\$';

const jarFile = (artifact) => {
  const version = VERSIONS[artifact];
  if (!version) throw new Error(`${GENERATOR}: no version for ${artifact}`);
  return `${artifact}-${version}.jar`;
};

function jarsOf(catalogue, store, transcoder) {
  const jars = [{ file: jarFile(catalogue.coreArtifact), why: 'msm core' }];
  for (const m of catalogue.tomcatModules) {
    if (!TOMCAT_BRANCH[m.tomcatMajor]) continue;
    jars.push({ file: `${m.artifact}-${MSM_VERSION}.jar`, tomcatMajor: m.tomcatMajor, why: `msm for Tomcat ${TOMCAT_BRANCH[m.tomcatMajor]}` });
  }
  const client = catalogue.clients.find((c) => c.store === store);
  for (const a of [...client.artifacts, ...client.artifacts.flatMap((a) => CLIENT_DEPENDENCIES[a.artifact] ?? [])]) {
    jars.push({ file: jarFile(a.artifact), why: a.doc ?? `${store} client` });
  }
  for (const a of transcoder.artifacts) jars.push({ file: jarFile(a.artifact), why: a.doc ?? transcoder.name });
  return jars;
}

function describeJars(jars) {
  const lines = [];
  const modules = jars.filter((j) => j.tomcatMajor);
  for (const j of jars) {
    if (j.tomcatMajor) {
      if (j === modules[0]) lines.push(`- the module of your Tomcat, one of: ${modules.map((m) => `\`${m.file}\` (Tomcat ${TOMCAT_BRANCH[m.tomcatMajor]})`).join(', ')}`);
      continue;
    }
    lines.push(`- \`${j.file}\`: ${j.why}`);
  }
  return lines;
}

const MODE_TEXT = {
  sticky: (store) =>
    `Sessions live in the Tomcat that created them and are backed up to ${store} after each request; when that Tomcat fails, the next one loads the session from ${store}. The balancer must be sticky (a \`jvmRoute\` on each Engine, routes on the balancer).`,
  'non-sticky': (store) =>
    `Sessions live only in ${store}: each request loads its session from there, so any Tomcat can serve it and the balancer needs no affinity. Remove the Engine's \`jvmRoute\`. \`lockingMode\` serialises concurrent requests of one session: \`auto\` (read-only requests detected), \`all\`, \`none\` (or \`uriPattern:<regex>\`).`,
};
const STORE_TEXT = {
  memcached: (mode) =>
    mode === 'sticky'
      ? '`memcachedNodes` (`id:host:port`, comma-separated) is the same on every Tomcat; `failoverNodes` names the memcached on this Tomcat\'s own host, used only when the others are down, so the crash of one host loses nothing.'
      : '`memcachedNodes` (`id:host:port`, comma-separated) is the same on every Tomcat; each session is stored on one node and backed up on the next (no `failoverNodes` in non-sticky mode).',
  redis: () => 'One `redis://host:port` URL (`rediss://` for TLS; msm 2.0+), the same on every Tomcat; failover nodes do not apply to redis.',
};

function memcachedNodes(store) {
  return store === 'redis' ? 'redis://${1:10.0.0.20}:${2:6379}' : '${1:n1}:${2:10.0.0.11}:${3:11211},${4:n2}:${5:10.0.0.12}:${6:11211}';
}

function body(mode, store, transcoder) {
  const lines = ['<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"', `         memcachedNodes="${memcachedNodes(store)}"`];
  const next = store === 'redis' ? 3 : 7;
  if (mode === 'sticky') {
    if (store === 'memcached') lines.push(`         failoverNodes="\${${next}:n1}"`);
  } else {
    lines.push('         sticky="false"', '         sessionBackupAsync="false"', `         lockingMode="\${${next}|auto,all,none|}"`);
  }
  lines.push(`         requestUriIgnorePattern="${STATIC_RESOURCES}"`, `         transcoderFactoryClass="${transcoder.className}"/>$0`);
  return lines;
}

function msmSnippet(catalogue, mode, store, transcoder) {
  const jars = jarsOf(catalogue, store, transcoder);
  const serializer = transcoder.name === 'java' ? 'Java serialization' : transcoder.name;
  const lastRelease = transcoder.lastRelease ? ` msm-${transcoder.name}-serializer was last built for msm ${transcoder.lastRelease}; that module works with the ${MSM_VERSION} core.` : '';
  const description = [
    `**memcached-session-manager, ${mode}, ${store}, ${serializer}**. ${MODE_TEXT[mode](store)}`,
    '',
    `- ${STORE_TEXT[store](mode)}`,
    `- Serializer: ${transcoder.doc}${lastRelease}`,
    ...(SERIALIZER_NOTES[transcoder.name] ? [`- ${SERIALIZER_NOTES[transcoder.name]}`] : []),
    '- Tomcat 7.0 to 9.0 only: memcached-session-manager has no release for Tomcat 10+ (jakarta).',
    '',
    `**Jars** in Tomcat's \`lib/\` (msm ${MSM_VERSION}, the last release):`,
    '',
    ...describeJars(jars),
  ].join('\n');
  return {
    id: `msm-${mode}-${store}-${transcoder.name}`,
    label: `<Manager> memcached-session-manager, ${mode}, ${store}, ${transcoder.name}`,
    strategy: 'session-server',
    description,
    language: 'tomcat-xml',
    fileRole: 'context.xml',
    context: ['Context'],
    tomcat: { since: ['7.0.23'], removed: '10.0' },
    jars,
    generatedBy: GENERATOR,
    body: body(mode, store, transcoder),
  };
}

/** The file's text with the msm entries written afresh (hand-written entries first, in their order). */
export function generate(root) {
  const current = JSON.parse(fs.readFileSync(path.join(root, SNIPPETS_FILE), 'utf8'));
  const catalogue = JSON.parse(fs.readFileSync(path.join(root, CATALOGUE_FILE), 'utf8'));
  const generated = [];
  for (const mode of ['sticky', 'non-sticky']) {
    for (const store of ['memcached', 'redis']) {
      for (const transcoder of catalogue.transcoders) generated.push(msmSnippet(catalogue, mode, store, transcoder));
    }
  }
  const kept = current.snippets.filter((s) => s.generatedBy !== GENERATOR);
  return `${JSON.stringify({ ...current, snippets: [...kept, ...generated] }, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = path.join(root, SNIPPETS_FILE);
  const text = generate(root);
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(file, 'utf8') !== text) {
      console.error(`${SNIPPETS_FILE} is out of date: run node ${GENERATOR}`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${SNIPPETS_FILE}`);
  }
}
