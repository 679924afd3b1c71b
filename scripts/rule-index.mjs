// Writes docs/rules/README.md, the index of every rule, from the rules' own
// metadata (run after adding a rule: `npm run compile-tests && node scripts/rule-index.mjs`).
// A unit test fails when the index and the rules disagree.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULE_METAS } = require('../out/server/src/rules/index.js');

const areas = {
  xml: 'XML well-formedness',
  tomcat: 'Tomcat: server.xml, context.xml, web.xml',
  msm: 'memcached-session-manager',
  nginx: 'nginx: nginx.conf and what it includes',
  httpd: 'Apache httpd',
  modjk: 'mod_jk workers.properties',
  cluster: 'The workspace as one cluster',
  workspace: 'The checker itself (not in the shared catalogue: ids this product adds)',
};
const lines = ['# Rules', '', 'Every finding carries one of these ids as its code. Severity is the default; `.tomcat-cluster.json` (`"rules": {"<id>": "off" | "error" | …}`) or the `tomcatCluster.rules` setting change it.', ''];
for (const [area, title] of Object.entries(areas)) {
  const metas = RULE_METAS.filter((m) => m.id.startsWith(`${area}/`));
  if (metas.length === 0) continue;
  lines.push(`## ${title}`, '', '| rule | severity | what |', '|---|---|---|');
  for (const m of metas) lines.push(`| [\`${m.id}\`](${m.id}.md) | ${m.defaultSeverity} | ${m.description} |`);
  lines.push('');
}
writeFileSync('docs/rules/README.md', lines.join('\n'));
console.log(`docs/rules/README.md: ${RULE_METAS.length} rules`);
