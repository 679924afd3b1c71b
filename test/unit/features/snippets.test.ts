/**
 * The session-strategy snippets (schemas/snippets/session-strategies.json):
 * the data conforms to its JSON Schema and is what the generator writes; each
 * snippet is offered where it fits; and, the key test, each snippet expanded
 * with its placeholder defaults and inserted where the completion offers it,
 * in a small workspace (a node with its RELEASE-NOTES and the jars the
 * snippet lists, the balancer files), is checked by the real engine for each
 * Tomcat version it applies to and gets no error and no warning.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import type { Finding } from '../../../server/src/engine/finding';
import type { FeatureContext } from '../../../server/src/features/featureContext';
import { STRATEGY_SNIPPETS, snippetCompletions, snippetsFor, type StrategySnippet } from '../../../server/src/features/snippets';
import { NginxConfigs } from '../../../server/src/model/nginx/nginxConfigs';
import { MSM_CATALOGUE } from '../../../server/src/model/tomcat/msmCatalogue';
import { TomcatNodes } from '../../../server/src/model/tomcat/nodes';
import { existsIn, parseRelease } from '../../../server/src/model/tomcat/tomcatVersion';
import { parseXml } from '../../../server/src/syntax/xml/xmlDocument';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';
import type { Settings } from '../../../server/src/workspace/settings';
import { docsCluster } from '../../support/tomcatXml';
import { projectRoot } from '../../support/paths';

const DATA_FILE = path.join(projectRoot, 'schemas/snippets/session-strategies.json');
const SCHEMA_FILE = path.join(projectRoot, 'schemas/snippets/session-strategies.schema.json');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/* ---------------------------------------------------------------- snippet syntax */

/**
 * A snippet body expanded as an editor inserts it when the user accepts every
 * default: ${n:default} → default, ${n|a,b|} → a, $n / ${n} → the default of
 * placeholder n if it has one (a mirror), else nothing; \$ \} \\ → the character.
 * Variables ($NAME) are an error: a bare `$` of nginx or a regex that should
 * have been escaped would become one.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<number, string>();
  // The first pass records the defaults, the second resolves the mirrors.
  parse(body, 0, defaults, false);
  return parse(body, 0, defaults, true).text;

  function parse(s: string, from: number, defs: Map<number, string>, resolve: boolean, inPlaceholder = false): { text: string; end: number } {
    let out = '';
    let i = from;
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && (s[i + 1] === '$' || s[i + 1] === '}' || s[i + 1] === '\\')) {
        out += s[i + 1];
        i += 2;
        continue;
      }
      if (inPlaceholder && c === '}') return { text: out, end: i + 1 };
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      const rest = s.slice(i + 1);
      let m: RegExpExecArray | null;
      if ((m = /^\d+/.exec(rest))) {
        out += resolve ? (defs.get(Number(m[0])) ?? '') : '';
        i += 1 + m[0].length;
      } else if ((m = /^\{(\d+)\}/.exec(rest))) {
        out += resolve ? (defs.get(Number(m[1])) ?? '') : '';
        i += 1 + m[0].length;
      } else if ((m = /^\{(\d+):/.exec(rest))) {
        const inner = parse(s, i + 1 + m[0].length, defs, resolve, true);
        if (!defs.has(Number(m[1]))) defs.set(Number(m[1]), inner.text);
        out += inner.text;
        i = inner.end;
      } else if ((m = /^\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest))) {
        const first = m[2].split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
        if (!defs.has(Number(m[1]))) defs.set(Number(m[1]), first);
        out += first;
        i += 1 + m[0].length;
      } else if (/^\{?[A-Za-z_]/.test(rest)) {
        throw new Error(`a snippet variable at ${i} (${s.slice(i, i + 20)}…): escape a literal $ as \\$`);
      } else {
        out += c;
        i++;
      }
    }
    if (inPlaceholder) throw new Error(`a placeholder opened before ${from} is never closed`);
    return { text: out, end: i };
  }
}

test('the expander: defaults, choices, mirrors, escapes; variables are refused', () => {
  assert.equal(expandSnippet('upstream ${1:tomcats} { server ${2:10.0.0.11}:${3:8080}; }$0'), 'upstream tomcats { server 10.0.0.11:8080; }');
  assert.equal(expandSnippet('lockingMode="${3|auto,all,none|}"'), 'lockingMode="auto"');
  assert.equal(expandSnippet('ProxyPass "/${8}" "balancer://${1:t}/$8" $1'), 'ProxyPass "/" "balancer://t/" t');
  assert.equal(expandSnippet('hash \\$request_uri; uniqueId="${1:{0,1\\}}" a\\\\b \\.'), 'hash $request_uri; uniqueId="{0,1}" a\\b \\.');
  assert.equal(expandSnippet('${1:outer ${2:inner}} $2'), 'outer inner inner');
  assert.throws(() => expandSnippet('hash $request_uri;'), /variable/);
  assert.throws(() => expandSnippet('${1:never closed'), /never closed/);
});

/* ---------------------------------------------------------------- the data */

test('the snippet data conforms to its JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(readJson(SCHEMA_FILE) as object);
  assert.equal(validate(readJson(DATA_FILE)), true, ajv.errorsText(validate.errors));
  // The schema rejects what it should: a wrong language for the file role, an unknown field, a bad version.
  const good = (readJson(DATA_FILE) as { snippets: Record<string, unknown>[] }).snippets[0];
  for (const bad of [{ ...good, fileRole: 'server.xml' }, { ...good, prefix: 'x' }, { ...good, tomcat: { since: ['nine'] } }, { ...good, context: [] }]) {
    assert.equal(validate({ snippets: [bad] }), false, JSON.stringify(bad).slice(0, 120));
  }
});

test('the msm entries are what scripts/generate-snippets.mjs writes (run it after changing the catalogue or the script)', async () => {
  const generator = (await import(pathToFileURL(path.join(projectRoot, 'scripts/generate-snippets.mjs')).href)) as { generate(root: string): string };
  assert.equal(generator.generate(projectRoot), fs.readFileSync(DATA_FILE, 'utf8'));
});

test('the required set: every strategy, every msm combination, each id once', () => {
  const ids = STRATEGY_SNIPPETS.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const id of [
    'nginx-upstream-hash-request-uri',
    'nginx-upstream-sticky-route',
    'nginx-upstream-ip-hash',
    'httpd-balancer-routeid-cookie',
    'httpd-balancer-jsessionid-route',
    'modjk-lb-worker',
    'tomcat-engine-jvmroute',
    'cluster-delta-manager',
    'cluster-backup-manager',
    'cluster-static-membership',
    'cluster-encrypt-interceptor',
    'webxml-distributable',
    'persistent-file-store',
    'persistent-datasource-store',
    'persistent-jdbc-store',
  ]) {
    assert.ok(ids.includes(id), id);
  }
  for (const mode of ['sticky', 'non-sticky']) {
    for (const store of ['memcached', 'redis']) {
      for (const t of MSM_CATALOGUE.transcoders) {
        const s = STRATEGY_SNIPPETS.find((x) => x.id === `msm-${mode}-${store}-${t.name}`);
        assert.ok(s, `msm-${mode}-${store}-${t.name}`);
        assert.ok(s.body.includes(`transcoderFactoryClass="${t.className}"`), `${s.id} names its transcoder`);
        assert.equal(s.body.includes('sticky="false"'), mode === 'non-sticky', `${s.id} mode`);
        assert.equal(s.body.includes('redis://'), store === 'redis', `${s.id} store`);
        // The jars of the serializer and the client, from the catalogue, are all listed.
        const client = MSM_CATALOGUE.clients.find((c) => c.store === store)!;
        for (const a of [MSM_CATALOGUE.coreArtifact, ...client.artifacts.map((x) => x.artifact), ...t.artifacts.map((x) => x.artifact)]) {
          assert.ok(s.jars.some((j) => j.file.startsWith(`${a}-`) && /^\d/.test(j.file.slice(a.length + 1))), `${s.id} lists ${a}`);
        }
      }
    }
  }
});

test('docs/snippets.md names every snippet', () => {
  const doc = fs.readFileSync(path.join(projectRoot, 'docs/snippets.md'), 'utf8');
  for (const s of STRATEGY_SNIPPETS) {
    if (s.id.startsWith('msm-')) continue; // the msm matrix is one row
    assert.ok(doc.includes(`\`${s.id}\``), s.id);
  }
  assert.ok(doc.includes('`msm-<sticky\\|non-sticky>-<memcached\\|redis>-<java\\|kryo\\|javolution\\|xstream\\|flexjson>`'));
});

test('each description lists exactly the jars of the snippet; each body expands and XML bodies are well-formed', () => {
  for (const s of STRATEGY_SNIPPETS) {
    const listed = [...s.description.matchAll(/`([\w.+-]+\.jar)`/g)].map((m) => m[1]);
    assert.deepEqual([...listed].sort(), s.jars.map((j) => j.file).sort(), `${s.id}: the description's jars`);
    const expanded = expandSnippet(s.body);
    assert.ok(!/\$\d|\$\{/.test(expanded), `${s.id}: no placeholder left`);
    if (s.language === 'tomcat-xml' && s.insert === 'content') {
      // A fragment of elements: well-formed inside a root.
      assert.deepEqual(parseXml(`<root>${expanded}</root>`).errors, [], `${s.id} is well-formed`);
    }
  }
});

/* ---------------------------------------------------------------- where they fit */

const ids = (list: StrategySnippet[]): string[] => list.map((s) => s.id);

test('snippetsFor: Cluster snippets in <Engine> and <Host>, not in <Service>; a version filters them', () => {
  const inEngine = ids(snippetsFor('tomcat-xml', ['Server', 'Service', 'Engine']));
  const inHost = ids(snippetsFor('tomcat-xml', ['Server', 'Service', 'Engine', 'Host']));
  const inService = ids(snippetsFor('tomcat-xml', ['Server', 'Service']));
  for (const id of ['cluster-delta-manager', 'cluster-backup-manager', 'cluster-static-membership', 'cluster-encrypt-interceptor']) {
    assert.ok(inEngine.includes(id), `${id} in Engine`);
    assert.ok(inHost.includes(id), `${id} in Host`);
    assert.ok(!inService.includes(id), `${id} not in Service`);
  }
  assert.deepEqual(inService, []);
  // StaticMembershipService is 9.0.11+, EncryptInterceptor 8.5.38+ on 8.5.
  assert.ok(!ids(snippetsFor('tomcat-xml', ['Engine'], '8.5.100')).includes('cluster-static-membership'));
  assert.ok(ids(snippetsFor('tomcat-xml', ['Engine'], '9.0.11')).includes('cluster-static-membership'));
  assert.ok(!ids(snippetsFor('tomcat-xml', ['Engine'], '9.0.10')).includes('cluster-static-membership'));
  assert.ok(!ids(snippetsFor('tomcat-xml', ['Engine'], '8.5.37')).includes('cluster-encrypt-interceptor'));
  assert.ok(ids(snippetsFor('tomcat-xml', ['Engine'], '8.5.38')).includes('cluster-encrypt-interceptor'));
  // The jvmRoute attribute goes in the Engine's start tag, not between its children.
  assert.deepEqual(ids(snippetsFor('tomcat-xml', ['Server', 'Service', 'Engine'], undefined, 'attribute')), ['tomcat-engine-jvmroute']);
  assert.ok(!inEngine.includes('tomcat-engine-jvmroute'));
});

test('snippetsFor: Managers in <Context> (msm only before Tomcat 10, JDBCStore before 10, DataSourceStore from 8.5.60), distributable in <web-app>', () => {
  const inContext = (v?: string) => ids(snippetsFor('tomcat-xml', ['Context'], v));
  assert.equal(inContext().filter((id) => id.startsWith('msm-')).length, 20);
  assert.equal(inContext('10.1').filter((id) => id.startsWith('msm-')).length, 0);
  assert.equal(inContext('9.0').filter((id) => id.startsWith('msm-')).length, 20);
  assert.ok(inContext('9.0.98').includes('persistent-jdbc-store'));
  assert.ok(!inContext('10.1.34').includes('persistent-jdbc-store'));
  assert.ok(inContext('10.1.34').includes('persistent-datasource-store'));
  assert.ok(!inContext('8.5.59').includes('persistent-datasource-store'));
  assert.ok(!inContext('7.0').includes('persistent-datasource-store'));
  assert.ok(ids(snippetsFor('tomcat-xml', ['Server', 'Service', 'Engine', 'Host', 'Context'])).includes('persistent-file-store'));
  assert.deepEqual(ids(snippetsFor('tomcat-xml', ['web-app'])), ['webxml-distributable']);
  assert.ok(!ids(snippetsFor('tomcat-xml', ['Server', 'Service', 'Engine', 'Host'])).some((id) => id.startsWith('msm-')));
});

test('snippetsFor: upstream snippets in http, not in server or location; upstream lines in upstream', () => {
  const upstreams = ['nginx-upstream-hash-request-uri', 'nginx-upstream-ip-hash', 'nginx-upstream-sticky-route'];
  assert.deepEqual(ids(snippetsFor('nginx', ['http'])), upstreams);
  assert.deepEqual(ids(snippetsFor('nginx', ['http', 'server'])), []);
  assert.deepEqual(ids(snippetsFor('nginx', ['http', 'server', 'location'])), []);
  assert.deepEqual(ids(snippetsFor('nginx', [])), []);
  assert.deepEqual(ids(snippetsFor('nginx', ['http', 'upstream'])), ['nginx-ip-hash', 'nginx-hash-request-uri']);
});

test('snippetsFor: <Proxy balancer://> at the top level and in <VirtualHost> (also inside <IfModule>), not in <Directory>', () => {
  const balancers = ['httpd-balancer-routeid-cookie', 'httpd-balancer-jsessionid-route'];
  assert.deepEqual(ids(snippetsFor('httpd', [])), balancers);
  assert.deepEqual(ids(snippetsFor('httpd', ['VirtualHost'])), balancers);
  assert.deepEqual(ids(snippetsFor('httpd', ['IfModule', 'VirtualHost', 'IfModule'])), balancers);
  assert.deepEqual(ids(snippetsFor('httpd', ['virtualhost'])), balancers);
  assert.deepEqual(ids(snippetsFor('httpd', ['VirtualHost', 'Directory'])), []);
  assert.deepEqual(ids(snippetsFor('modjk', [])), ['modjk-lb-worker']);
});

/* ---------------------------------------------------------------- the completion at the cursor */

const CURSOR = '‸';

function completionsAt(language: FileLanguage, textWithCursor: string, extra: Partial<FeatureContext> = {}) {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the text has a cursor');
  const text = textWithCursor.replace(CURSOR, '');
  const document = TextDocument.create('file:///x', language, 1, text);
  return snippetCompletions({ document, language, offset, settings: {}, ...extra });
}
const labels = (list: { label: string }[]): string[] => list.map((c) => c.label);
const label = (id: string): string => STRATEGY_SNIPPETS.find((s) => s.id === id)!.label;

test('snippetCompletions: XML, well-formed and half-typed', () => {
  const server = (inside: string) => `<?xml version="1.0"?>\n<Server port="8005">\n  <Service name="Catalina">\n    <Engine name="Catalina" defaultHost="localhost">\n      ${inside}\n      <Host name="localhost" appBase="webapps"/>\n    </Engine>\n  </Service>\n</Server>\n`;
  // Between the Engine's children.
  const inEngine = completionsAt('tomcat-xml', server(CURSOR));
  assert.ok(labels(inEngine).includes(label('cluster-delta-manager')));
  assert.ok(inEngine.every((c) => c.kind === 'snippet' && c.snippet === true && c.insertText && c.documentation));
  // `<Clu` being typed (the document is not well-formed): the snippet replaces it, `<` included.
  const typing = server(`<Clu${CURSOR}`);
  const half = completionsAt('tomcat-xml', typing);
  const delta = half.find((c) => c.label === label('cluster-delta-manager'))!;
  assert.ok(delta, 'offered while typing <Clu');
  assert.equal(typing.slice(delta.replace!.start, delta.replace!.end), '<Clu');
  // In <Service>, in a comment, inside an attribute value: no Cluster.
  assert.deepEqual(labels(completionsAt('tomcat-xml', `<Server>\n  <Service name="Catalina">\n    ${CURSOR}\n  </Service>\n</Server>`)), []);
  assert.deepEqual(labels(completionsAt('tomcat-xml', server(`<!-- ${CURSOR} -->`))), []);
  assert.deepEqual(labels(completionsAt('tomcat-xml', `<Server><Service><Engine name="Cat${CURSOR}alina"><Host/></Engine></Service></Server>`)), []);
  // Inside the Engine's start tag: the jvmRoute attribute (and the word typed so far is replaced).
  const attr = completionsAt('tomcat-xml', `<Server><Service><Engine name="Catalina" jvm${CURSOR}><Host/></Engine></Service></Server>`);
  assert.deepEqual(labels(attr), [label('tomcat-engine-jvmroute')]);
  assert.equal(attr[0].replace!.end - attr[0].replace!.start, 3);
  // A truncated file: the elements still open at the cursor count.
  assert.ok(labels(completionsAt('tomcat-xml', `<Server>\n  <Service>\n    <Engine name="C">\n      <Host name="h">\n        ${CURSOR}`)).includes(label('cluster-backup-manager')));
  assert.ok(labels(completionsAt('tomcat-xml', `<?xml version="1.0"?>\n<Context>\n  <WatchedResource>WEB-INF/web.xml</WatchedResource>\n  ${CURSOR}\n</Context>\n`)).includes(label('persistent-file-store')));
  assert.deepEqual(labels(completionsAt('tomcat-xml', `<web-app>\n  <display-name>shop</display-name>\n  <distri${CURSOR}\n</web-app>\n`)), [label('webxml-distributable')]);
});

test('snippetCompletions: no second <Cluster>, <Manager>, <distributable/> or jvmRoute where there is one', () => {
  const engine = (inside: string, attrs = '') => `<Server>\n  <Service name="Catalina">\n    <Engine name="Catalina"${attrs}>\n      ${inside}\n      <Host name="localhost"/>\n    </Engine>\n  </Service>\n</Server>\n`;
  assert.ok(labels(completionsAt('tomcat-xml', engine(CURSOR))).includes(label('cluster-delta-manager')));
  assert.deepEqual(labels(completionsAt('tomcat-xml', engine(`<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>\n      ${CURSOR}`))), []);
  const context = (inside: string) => `<Context>\n  ${inside}\n</Context>\n`;
  assert.equal(labels(completionsAt('tomcat-xml', context(CURSOR))).length, 23);
  assert.deepEqual(labels(completionsAt('tomcat-xml', context(`<Manager pathname=""/>\n  ${CURSOR}`))), []);
  assert.deepEqual(labels(completionsAt('tomcat-xml', `<web-app>\n  <distributable/>\n  ${CURSOR}\n</web-app>\n`)), []);
  assert.deepEqual(labels(completionsAt('tomcat-xml', engine('', ` ${CURSOR} jvmRoute="tomcat1"`))), []);
  assert.deepEqual(labels(completionsAt('tomcat-xml', engine('', ` defaultHost="localhost" ${CURSOR}`))), [label('tomcat-engine-jvmroute')]);
});

test('snippetCompletions: the node\'s Tomcat version filters the snippets', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'snippets-version-'));
  cleanup.push(root);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('t10/conf/server.xml', '<Server><Service><Engine name="C"><Host name="h"/></Engine></Service></Server>');
  write('t10/RELEASE-NOTES', 'Apache Tomcat Version 10.1.34\n');
  write('t85/conf/server.xml', '<Server><Service><Engine name="C"><Host name="h"/></Engine></Service></Server>');
  write('t85/RELEASE-NOTES', 'Apache Tomcat Version 8.5.100\n');
  const nodes = new TomcatNodes(new DiskFileSource());
  const context = `<Context>\n  ${CURSOR}\n</Context>\n`;
  const on10 = labels(completionsAt('tomcat-xml', context, { filePath: path.join(root, 't10/conf/context.xml'), nodes }));
  const on85 = labels(completionsAt('tomcat-xml', context, { filePath: path.join(root, 't85/conf/context.xml'), nodes }));
  assert.ok(!on10.some((l) => l.includes('memcached-session-manager')) && on10.includes(label('persistent-datasource-store')) && !on10.includes(label('persistent-jdbc-store')));
  assert.ok(on85.includes(label('msm-sticky-memcached-kryo')) && on85.includes(label('persistent-jdbc-store')));
  const engine = '<Server><Service><Engine name="C">\n  ‸\n</Engine></Service></Server>';
  assert.ok(!labels(completionsAt('tomcat-xml', engine, { filePath: path.join(root, 't85/conf/server.xml'), nodes })).includes(label('cluster-static-membership')));
  assert.ok(labels(completionsAt('tomcat-xml', engine, { filePath: path.join(root, 't10/conf/server.xml'), nodes })).includes(label('cluster-static-membership')));
});

test('snippetCompletions: nginx blocks, an included file in its http context, a half-typed directive', () => {
  const conf = `http {\n    ${CURSOR}\n    server {\n        listen 80;\n    }\n}\n`;
  assert.deepEqual(labels(completionsAt('nginx', conf)), [label('nginx-upstream-hash-request-uri'), label('nginx-upstream-ip-hash'), label('nginx-upstream-sticky-route')]);
  assert.deepEqual(labels(completionsAt('nginx', `http {\n    server {\n        listen 80;\n        ${CURSOR}\n    }\n}\n`)), []);
  assert.deepEqual(labels(completionsAt('nginx', `events {}\n${CURSOR}\n`)), []);
  const typed = `http {\n    ups${CURSOR}\n}\n`;
  const c = completionsAt('nginx', typed);
  assert.equal(c.length, 3);
  assert.equal(typed.slice(c[0].replace!.start, c[0].replace!.end), 'ups');
  assert.deepEqual(labels(completionsAt('nginx', `http {\n    upstream tomcats {\n        ${CURSOR}\n        server 10.0.0.11:8080;\n    }\n}\n`)), [label('nginx-ip-hash'), label('nginx-hash-request-uri')]);
  // Not in the middle of a statement's arguments, nor in a comment.
  assert.deepEqual(labels(completionsAt('nginx', `http {\n    proxy_pass ${CURSOR}\n}\n`)), []);
  assert.deepEqual(labels(completionsAt('nginx', `http {\n    # ${CURSOR}\n}\n`)), []);
  // conf.d/tomcat.conf is included in http: its top level is http.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'snippets-nginx-'));
  cleanup.push(root);
  fs.mkdirSync(path.join(root, 'nginx/conf.d'), { recursive: true });
  fs.writeFileSync(path.join(root, 'nginx/nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n');
  fs.writeFileSync(path.join(root, 'nginx/conf.d/tomcat.conf'), '\n');
  const nginxConfigs = new NginxConfigs(new DiskFileSource());
  assert.equal(completionsAt('nginx', `${CURSOR}\n`, { filePath: path.join(root, 'nginx/conf.d/tomcat.conf'), nginxConfigs }).length, 3);
});

test('snippetCompletions: httpd at the top, in <VirtualHost>, in <IfModule>; not in <Directory>', () => {
  const two = [label('httpd-balancer-routeid-cookie'), label('httpd-balancer-jsessionid-route')];
  assert.deepEqual(labels(completionsAt('httpd', `Listen 80\n${CURSOR}\n`)), two);
  assert.deepEqual(labels(completionsAt('httpd', `<VirtualHost *:80>\n    ServerName a\n    ${CURSOR}\n</VirtualHost>\n`)), two);
  assert.deepEqual(labels(completionsAt('httpd', `<IfModule proxy_module>\n    ${CURSOR}\n</IfModule>\n`)), two);
  assert.deepEqual(labels(completionsAt('httpd', `<VirtualHost *:80>\n    <Directory "/srv">\n        ${CURSOR}\n    </Directory>\n</VirtualHost>\n`)), []);
  const typed = `<VirtualHost *:80>\n    <Pro${CURSOR}\n`;
  const c = completionsAt('httpd', typed);
  assert.deepEqual(labels(c), two);
  assert.equal(typed.slice(c[0].replace!.start, c[0].replace!.end), '<Pro');
  assert.deepEqual(labels(completionsAt('modjk', `# workers\n${CURSOR}`)), [label('modjk-lb-worker')]);
  assert.deepEqual(labels(completionsAt('modjk', `worker.list=${CURSOR}`)), []);
});

/* ---------------------------------------------------------------- the key test: each snippet, checked by the engine */

/** The Tomcat release each branch is tested with. */
const RELEASES: Record<string, string> = { '7.0': '7.0.109', '8.5': '8.5.100', '9.0': '9.0.98', '10.1': '10.1.34', '11.0': '11.0.2' };

/** The branches a snippet applies to, among those the project knows. */
function branchesOf(s: StrategySnippet): string[] {
  return Object.keys(RELEASES).filter((b) => !s.tomcat || existsIn(s.tomcat, parseRelease(RELEASES[b])!));
}

test('the versions each snippet applies to', () => {
  const of = (id: string) => branchesOf(STRATEGY_SNIPPETS.find((s) => s.id === id)!);
  assert.deepEqual(of('cluster-static-membership'), ['9.0', '10.1', '11.0']);
  assert.deepEqual(of('cluster-encrypt-interceptor'), ['7.0', '8.5', '9.0', '10.1', '11.0']);
  assert.deepEqual(of('msm-sticky-redis-xstream'), ['7.0', '8.5', '9.0']);
  assert.deepEqual(of('persistent-jdbc-store'), ['7.0', '8.5', '9.0']);
  assert.deepEqual(of('persistent-datasource-store'), ['8.5', '9.0', '10.1', '11.0']);
  assert.deepEqual(of('cluster-delta-manager'), ['7.0', '8.5', '9.0', '10.1', '11.0']);
});

/** The nodes of the workspaces: tomcat1 on 10.0.0.11 (where the snippet goes), tomcat2 on 10.0.0.12 (the second member of the balancer snippets). */
const HOSTS: Record<string, string> = { tomcat1: '10.0.0.11', tomcat2: '10.0.0.12' };
const settingsFor = (nodes: string[]): Settings => ({ nodes: Object.fromEntries(nodes.map((n) => [n, { host: HOSTS[n] }])) });

/**
 * Information and hint findings a snippet may leave, each with why leaving it is right (any
 * other information or hint fails the test, as every error and warning does).
 */
const JUSTIFIED: Record<string, { snippets: string[]; why: string }> = {
  // The how-to's Receiver address="auto" is the default of the snippet's tab stop on the
  // address. The hint says what "auto" broadcasts and asks the user to pin the node's LAN
  // address: exactly the choice that tab stop is there for, and the value is valid as it is.
  'tomcat/receiver-address-auto': { snippets: ['cluster-delta-manager', 'cluster-backup-manager', 'cluster-encrypt-interceptor'], why: 'address="auto" is the tab stop\'s default' },
  // hash $request_uri is URI affinity, not user affinity: the snippet is there for nodes that
  // share sessions (the node here replicates), and its description says what this information
  // says. The information describes the method itself; no setting of the snippet removes it.
  'nginx/session-hash-no-affinity': { snippets: ['nginx-upstream-hash-request-uri', 'nginx-hash-request-uri'], why: 'the caveat of hashing the URI' },
  // ip_hash keys on the first three octets of the client address, so clients behind one NAT
  // share a node: true of every ip_hash, said in the description too, nothing to change.
  'nginx/ip-hash-nat': { snippets: ['nginx-upstream-ip-hash', 'nginx-ip-hash'], why: 'the caveat of ip_hash' },
};

interface HostFile {
  /** Relative path in the workspace. */
  path: string;
  /** Its text, with CURSOR where the snippet goes. */
  text: string;
}

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';

/** The nodes' own Cluster, for the balancer snippets: sticky balancing in front of replicating nodes, as the clustering how-to asks. */
const nodeCluster = (host: string): string => docsCluster({ receiverAddress: host });

const indent = (text: string, spaces: number) => text.split('\n').map((l) => ' '.repeat(spaces) + l).join('\n');

interface ServerXmlOptions {
  jvmRoute?: string;
  cluster?: string;
  /** Where the cursor is: between the Engine's children, the Host's, or in the Engine's start tag. */
  cursor?: 'Engine' | 'Host' | 'Engine start tag';
}

/** A node's conf/server.xml as Tomcat ships it (trimmed), with the AJP Connector open to the balancer. */
function serverXml(o: ServerXmlOptions): string {
  const route = o.jvmRoute ? ` jvmRoute="${o.jvmRoute}"` : '';
  const cluster = o.cluster ? `\n${indent(o.cluster, 6)}` : '';
  return `${XML_PROLOG}
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
  <Listener className="org.apache.catalina.mbeans.GlobalResourcesLifecycleListener"/>
  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" address="0.0.0.0" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost"${route}${o.cursor === 'Engine start tag' ? ` ${CURSOR}` : ''}>${cluster}${o.cursor === 'Engine' ? `\n      ${CURSOR}` : ''}
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true">${o.cursor === 'Host' ? `\n        ${CURSOR}` : ''}
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="localhost_access_log" suffix=".txt" pattern="%h %l %u %t &quot;%r&quot; %s %b"/>
      </Host>
    </Engine>
  </Service>
</Server>
`;
}

function contextXml(cursor: boolean): string {
  return `${XML_PROLOG}
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <WatchedResource>WEB-INF/tomcat-web.xml</WatchedResource>
    <WatchedResource>\${catalina.base}/conf/web.xml</WatchedResource>${cursor ? `\n    ${CURSOR}` : ''}
</Context>
`;
}

/** The app's web.xml in the schema of the Tomcat branch (Servlet 3.0 … 6.1). */
function webXml(branch: string, distributable: boolean, cursor: boolean): string {
  const start: Record<string, string> = {
    '7.0': '<web-app xmlns="http://java.sun.com/xml/ns/javaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://java.sun.com/xml/ns/javaee http://java.sun.com/xml/ns/javaee/web-app_3_0.xsd" version="3.0">',
    '8.5': '<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_3_1.xsd" version="3.1">',
    '9.0': '<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd" version="4.0">',
    '10.1': '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd" version="6.0">',
    '11.0': '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_1.xsd" version="6.1">',
  };
  return `${XML_PROLOG}
${start[branch]}
  <display-name>shop</display-name>${distributable ? '\n  <distributable/>' : ''}${cursor ? `\n  ${CURSOR}` : ''}
  <session-config>
    <session-timeout>30</session-timeout>
  </session-config>
</web-app>
`;
}

function nginxConf(context: string): string {
  const http = context === 'upstream' ? `upstream tomcats {\n        ${CURSOR}\n        server ${HOSTS.tomcat1}:8080;\n        server ${HOSTS.tomcat2}:8080;\n    }` : CURSOR;
  return `user  nginx;
worker_processes  auto;
error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       mime.types;
    default_type  application/octet-stream;
    sendfile        on;
    keepalive_timeout  65;

    ${http}

    server {
        listen       80;
        server_name  www.example.com;

        location / {
            proxy_pass http://tomcats;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }
    }
}
`;
}

function httpdConf(context: string): string {
  const place = context === 'VirtualHost' ? `<VirtualHost *:80>\n    ServerName shop.example.com\n    ${CURSOR}\n</VirtualHost>` : CURSOR;
  return `ServerRoot "/etc/httpd"
Listen 80

LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule authz_core_module modules/mod_authz_core.so
LoadModule headers_module modules/mod_headers.so
LoadModule proxy_module modules/mod_proxy.so
LoadModule proxy_http_module modules/mod_proxy_http.so
LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
LoadModule slotmem_shm_module modules/mod_slotmem_shm.so
LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so

ServerName www.example.com
ErrorLog logs/error_log

${place}
`;
}

const WORKERS_PROPERTIES = `# mod_jk workers of the shop cluster (JkWorkersFile in httpd.conf)\n${CURSOR}\n`;

/** The workspace of one case: its nodes and the file the snippet goes in (with CURSOR). */
function workspaceFor(s: StrategySnippet, branch: string, context: string): { files: Record<string, string>; host: HostFile; nodes: string[] } {
  // Sticky balancers front replicating nodes (the clustering how-to's pairing), both of the
  // members the snippet names; the other snippets go on one node without a Cluster (the
  // snippet brings it, or its strategy needs none).
  const balancer = s.strategy === 'sticky' && s.language !== 'tomcat-xml';
  const nodes = balancer ? ['tomcat1', 'tomcat2'] : ['tomcat1'];
  const replicating = balancer || s.id === 'webxml-distributable' || s.strategy === 'replication';
  const files: Record<string, string> = {};
  const major = Number(branch.split('.')[0]);
  for (const node of nodes) {
    const own = node === 'tomcat1';
    files[`${node}/RELEASE-NOTES`] = `Apache Tomcat Version ${RELEASES[branch]}\nRelease Notes\n`;
    // Tomcat's own cluster jars, as in any lib/ (placeholders: the version comes from RELEASE-NOTES),
    // and the jars the snippet lists, for this Tomcat major, as empty files named like the artifacts.
    files[`${node}/lib/catalina-ha.jar`] = '';
    files[`${node}/lib/catalina-tribes.jar`] = '';
    for (const jar of s.jars) if (jar.tomcatMajor === undefined || jar.tomcatMajor === major) files[`${node}/lib/${jar.file}`] = '';
    // Non-sticky msm must not have a jvmRoute; the jvmRoute snippet adds it.
    const jvmRoute = own && (s.id === 'tomcat-engine-jvmroute' || s.body.includes('sticky="false"')) ? undefined : node;
    const cursor = own && s.fileRole === 'server.xml' ? (s.insert === 'attribute' ? 'Engine start tag' : (context as 'Engine' | 'Host')) : undefined;
    files[`${node}/conf/server.xml`] = serverXml({ jvmRoute, cluster: balancer ? nodeCluster(HOSTS[node]) : undefined, cursor });
    files[`${node}/conf/context.xml`] = contextXml(own && s.fileRole === 'context.xml');
    // An app that replicates has <distributable/> (the distributable snippet adds it).
    files[`${node}/webapps/shop/WEB-INF/web.xml`] = webXml(branch, replicating && !(own && s.id === 'webxml-distributable'), own && s.fileRole === 'web.xml');
  }
  if (s.language === 'nginx') {
    files['nginx/nginx.conf'] = nginxConf(context);
    files['nginx/mime.types'] = 'types {\n    text/html  html htm;\n    text/css   css;\n}\n';
  }
  if (s.language === 'httpd') files['httpd/httpd.conf'] = httpdConf(context);
  if (s.language === 'modjk') files['httpd/workers.properties'] = WORKERS_PROPERTIES;
  const hostPath = {
    'server.xml': 'tomcat1/conf/server.xml',
    'context.xml': 'tomcat1/conf/context.xml',
    'web.xml': 'tomcat1/webapps/shop/WEB-INF/web.xml',
    nginx: 'nginx/nginx.conf',
    httpd: 'httpd/httpd.conf',
    'workers.properties': 'httpd/workers.properties',
  }[s.fileRole];
  return { files, host: { path: hostPath, text: files[hostPath] }, nodes };
}

const cleanup: string[] = [];
after(() => {
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
});

function writeWorkspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-case-'));
  cleanup.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** Inserts the expanded body over [start, end) as an editor does: later lines get the indentation of the line the insertion is on. */
function insert(text: string, start: number, end: number, expanded: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineIndent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return text.slice(0, start) + expanded.split('\n').join(`\n${lineIndent}`) + text.slice(end);
}

const describeFinding = (root: string, f: Finding): string => `${f.severity} ${f.code} ${path.relative(root, fileURLToPath(f.uri))}:${f.range.start.line + 1}: ${f.message}`;

/**
 * One case: the workspace written, the completion asked at the cursor (it must offer the
 * snippet), the snippet expanded with its defaults over the completion's range, the whole
 * workspace checked. `tweak` changes the files before they are written (the controls below).
 */
function checkCase(
  s: StrategySnippet,
  branch: string,
  context: string,
  tweak?: (files: Record<string, string>) => void,
  /** false: the version tweaked in rules the snippet out, so it is not offered; it is inserted at the cursor anyway. */
  offeredThere = true,
): { root: string; text: string; findings: Finding[] } {
  const { files, host, nodes } = workspaceFor(s, branch, context);
  tweak?.(files);
  const settings = settingsFor(nodes);
  const hostText = files[host.path].replace(CURSOR, '');
  const cursor = files[host.path].indexOf(CURSOR);
  const root = writeWorkspace({ ...files, [host.path]: hostText });
  const hostFile = path.join(root, host.path);
  // The completion offers the snippet at that place, on that node.
  const offered = snippetCompletions({
    document: TextDocument.create(pathToFileURL(hostFile).href, s.language, 1, hostText),
    language: s.language,
    offset: cursor,
    filePath: hostFile,
    settings,
    nodes: new TomcatNodes(new DiskFileSource(), { settings, settingsDir: root }),
    nginxConfigs: new NginxConfigs(new DiskFileSource()),
  });
  const entry = offered.find((c) => c.label === s.label);
  if (!offeredThere) {
    assert.equal(entry, undefined, 'not offered for that version');
  } else {
    assert.ok(entry, `offered at the cursor of ${host.path} (offered: ${offered.map((c) => c.label).join('; ') || 'nothing'})`);
    assert.equal(entry.insertText, s.body);
    assert.equal(entry.documentation, s.description);
  }
  const text = insert(hostText, entry?.replace?.start ?? cursor, entry?.replace?.end ?? cursor, expandSnippet(s.body));
  fs.writeFileSync(hostFile, text);
  const result = checkWorkspace([root], { settings, settingsDir: root });
  assert.ok(result.files.some((f) => f.path === hostFile), `${host.path} is checked`);
  return { root, text, findings: result.findings };
}

describe('each snippet, inserted where it fits, passes the checker for each Tomcat version it applies to', () => {
  const counts = { cases: 0, justified: new Map<string, number>() };
  for (const s of STRATEGY_SNIPPETS) {
    for (const context of s.context) {
      for (const branch of branchesOf(s)) {
        test(`${s.id} in ${context} on Tomcat ${RELEASES[branch]}`, () => {
          const { root, text, findings } = checkCase(s, branch, context);
          const unjustified = findings.filter((f) => f.severity === 'error' || f.severity === 'warning' || !JUSTIFIED[f.code]?.snippets.includes(s.id));
          counts.cases++;
          for (const f of findings) if (!unjustified.includes(f)) counts.justified.set(f.code, (counts.justified.get(f.code) ?? 0) + 1);
          assert.deepEqual(unjustified.map((f) => describeFinding(root, f)), [], `the file with the snippet:\n${text}`);
        });
      }
    }
  }
  after(() => {
    console.log(`# snippet cases checked by the engine: ${counts.cases}; justified information/hint findings: ${[...counts.justified].map(([c, n]) => `${c} ×${n}`).join(', ') || 'none'}`);
  });
});

describe('the check is not vacuous: the same cases with one thing wrong get the finding', () => {
  const snippet = (id: string) => STRATEGY_SNIPPETS.find((s) => s.id === id)!;
  const codes = (r: { findings: Finding[] }) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
  test('msm kryo without the kryo jar: serializer-jars-missing', () => {
    assert.ok(codes(checkCase(snippet('msm-sticky-memcached-kryo'), '9.0', 'Context', (f) => delete f['tomcat1/lib/kryo-4.0.2.jar'])).includes('msm/serializer-jars-missing'));
  });
  test('msm redis without jedis: client-jars-missing', () => {
    assert.ok(codes(checkCase(snippet('msm-non-sticky-redis-java'), '8.5', 'Context', (f) => delete f['tomcat1/lib/jedis-2.9.0.jar'])).includes('msm/client-jars-missing'));
  });
  test('msm on Tomcat 10.1 (not offered there), written by hand: tomcat-jar-mismatch', () => {
    const r = checkCase(snippet('msm-sticky-memcached-java'), '9.0', 'Context', (f) => (f['tomcat1/RELEASE-NOTES'] = 'Apache Tomcat Version 10.1.34\n'), false);
    assert.ok(codes(r).includes('msm/tomcat-jar-mismatch'));
  });
  test('non-sticky msm on a node with a jvmRoute: non-sticky-jvmroute', () => {
    const r = checkCase(snippet('msm-non-sticky-memcached-flexjson'), '9.0', 'Context', (f) => (f['tomcat1/conf/server.xml'] = f['tomcat1/conf/server.xml'].replace('defaultHost="localhost"', 'defaultHost="localhost" jvmRoute="tomcat1"')));
    assert.ok(codes(r).includes('msm/non-sticky-jvmroute'));
  });
  test('static membership on Tomcat 9.0.10: class-not-in-version', () => {
    const r = checkCase(snippet('cluster-static-membership'), '9.0', 'Engine', (f) => (f['tomcat1/RELEASE-NOTES'] = 'Apache Tomcat Version 9.0.10\n'), false);
    assert.ok(codes(r).includes('tomcat/class-not-in-version'));
  });
  test('a replicating Cluster and an app without <distributable/>: distributable-missing', () => {
    const r = checkCase(snippet('cluster-backup-manager'), '10.1', 'Host', (f) => (f['tomcat1/webapps/shop/WEB-INF/web.xml'] = f['tomcat1/webapps/shop/WEB-INF/web.xml'].replace('<distributable/>', '')));
    assert.ok(codes(r).includes('cluster/distributable-missing'));
  });
  test('a balancer route that is not the node\'s jvmRoute: route-mismatch', () => {
    const r = checkCase(snippet('httpd-balancer-jsessionid-route'), '9.0', 'VirtualHost', (f) => (f['tomcat2/conf/server.xml'] = f['tomcat2/conf/server.xml'].replace('jvmRoute="tomcat2"', 'jvmRoute="node2"')));
    assert.ok(codes(r).includes('cluster/route-mismatch'));
  });
  test('hash $request_uri in front of nodes that keep sessions locally: no-session-sharing', () => {
    const r = checkCase(snippet('nginx-upstream-hash-request-uri'), '9.0', 'http', (f) => {
      for (const n of ['tomcat1', 'tomcat2']) f[`${n}/conf/server.xml`] = f[`${n}/conf/server.xml`].replace(/\n\s*<Cluster[\s\S]*<\/Cluster>/, '');
    });
    assert.ok(codes(r).includes('cluster/no-session-sharing'));
  });
});
