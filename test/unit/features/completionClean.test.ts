/**
 * Completion offers nothing the checker would then flag: at class-name and
 * attribute-name positions of cluster elements (Tomcat 7.0, 9.0, 11.0) and at
 * directive positions of nginx `upstream {}` and `location / {}`, every entry
 * offered is applied (its replace range, snippet placeholders filled with a
 * plausible value), the file is written, the real workspace check runs, and no
 * finding about a name (unknown class, class not in the version, unknown
 * attribute, misplaced element, not well-formed; unknown or misplaced
 * directive) may land on the edited element or line. Findings about values or
 * argument counts are not asserted: the values filled in are only plausible.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import type { Finding } from '../../../server/src/engine/finding';
import { catalogueCompletions } from '../../../server/src/features/completion';
import type { CompletionEntry } from '../../../server/src/features/featureContext';
import { TomcatNodes } from '../../../server/src/model/tomcat/nodes';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';

const TOMCAT_CODES = new Set(['tomcat/unknown-class', 'tomcat/class-not-in-version', 'tomcat/unknown-attribute', 'tomcat/misplaced-element', 'xml/not-well-formed']);
const NGINX_CODES = new Set(['nginx/unknown-directive', 'nginx/directive-not-allowed']);

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function tempDir(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'completion-clean-'));
  roots.push(root);
  return root;
}

/** The text without its `|` marker, and the marker's offset. */
function atCursor(withCursor: string): { text: string; offset: number } {
  const offset = withCursor.indexOf('|');
  assert.ok(offset >= 0 && withCursor.indexOf('|', offset + 1) < 0, 'exactly one | marker');
  return { text: withCursor.slice(0, offset) + withCursor.slice(offset + 1), offset };
}

function offered(language: FileLanguage, filePath: string, withCursor: string, nodes?: TomcatNodes): { text: string; offset: number; entries: CompletionEntry[] } {
  const { text, offset } = atCursor(withCursor);
  fs.writeFileSync(filePath, text);
  const document = TextDocument.create(pathToFileURL(filePath).href, language, 1, text);
  const entries = catalogueCompletions({ document, language, offset, filePath, settings: {}, nodes });
  return { text, offset, entries };
}

/** A plausible value for an attribute entry: its documented default, else one fitting its type. */
function attributeValue(e: CompletionEntry): string {
  const def = /Default: `([^`]*)`/.exec(e.documentation ?? '')?.[1] ?? /default ([^\s·]+)/.exec(e.detail ?? '')?.[1];
  if (def !== undefined && def !== '') return def;
  const type = (e.detail ?? '').split('·')[0].trim().toLowerCase();
  if (/bool/.test(type)) return 'true';
  if (/int|long|number|port|time/.test(type)) return '1';
  return 'x';
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The entry's insertion with snippet placeholders filled (`${1:d}` → d, `$1` → fill). */
function insertion(e: CompletionEntry, fill: string): string {
  const raw = e.insertText ?? e.label;
  if (!e.snippet) return raw;
  return raw.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, fill);
}

function apply(text: string, offset: number, e: CompletionEntry, inserted: string): string {
  let start = e.replace?.start ?? offset;
  let end = e.replace?.end ?? offset;
  if (!e.replace) {
    // The default: the word at the cursor.
    while (start > 0 && /[\w.$-]/.test(text[start - 1])) start--;
    while (end < text.length && /[\w.$-]/.test(text[end])) end++;
  }
  return text.slice(0, start) + inserted + text.slice(end);
}

const describe = (f: Finding): string => `${f.code} at ${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}`;

/* ------------------------------------------------------------ Tomcat */

const VERSIONS = { '7.0': '7.0.109', '9.0': '9.0.85', '11.0': '11.0.2' } as const;

const MEMBERSHIP = '<Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>';
const RECEIVER = '<Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>';
const MANAGER = '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>';
const INTERCEPTOR = '<Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>';

/**
 * server.xml with the docs' cluster, where `element` (a Channel child, or a Manager: a Cluster child)
 * replaces its own kind, on a line of its own.
 */
function clusterXml(element: string): string {
  const kind = /^<(\w+)/.exec(element)![1];
  const own = (tag: string, standard: string): string => (kind === tag ? element : standard);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Server port="8005" shutdown="SHUTDOWN">',
    '  <Service name="Catalina">',
    '    <Connector port="8080" protocol="HTTP/1.1"/>',
    '    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">',
    '      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">',
    `        ${own('Manager', MANAGER)}`,
    '        <Channel className="org.apache.catalina.tribes.group.GroupChannel">',
    `          ${own('Membership', MEMBERSHIP)}`,
    `          ${own('Receiver', RECEIVER)}`,
    `          ${own('Interceptor', INTERCEPTOR)}`,
    '        </Channel>',
    '        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>',
    '      </Cluster>',
    '      <Host name="localhost" appBase="webapps"/>',
    '    </Engine>',
    '  </Service>',
    '</Server>',
    '',
  ].join('\n');
}

interface TomcatCase {
  name: string;
  file: 'server.xml' | 'context.xml';
  text: string;
  kind: 'class' | 'attribute';
}

const CONTEXT_XML = (manager: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n  <WatchedResource>WEB-INF/web.xml</WatchedResource>\n  ${manager}\n</Context>\n`;

const TOMCAT_CASES: TomcatCase[] = [
  { name: 'Membership className', file: 'server.xml', kind: 'class', text: clusterXml('<Membership className="|"/>') },
  { name: 'Receiver className', file: 'server.xml', kind: 'class', text: clusterXml('<Receiver className="|"/>') },
  { name: 'Interceptor className', file: 'server.xml', kind: 'class', text: clusterXml('<Interceptor className="|"/>') },
  { name: 'Cluster Manager className', file: 'server.xml', kind: 'class', text: clusterXml('<Manager className="|"/>') },
  { name: 'context.xml Manager className', file: 'context.xml', kind: 'class', text: CONTEXT_XML('<Manager className="|"/>') },
  { name: 'McastService attribute', file: 'server.xml', kind: 'attribute', text: clusterXml('<Membership className="org.apache.catalina.tribes.membership.McastService" | />') },
  { name: 'DeltaManager attribute', file: 'server.xml', kind: 'attribute', text: clusterXml('<Manager className="org.apache.catalina.ha.session.DeltaManager" | />') },
  { name: 'NioReceiver attribute', file: 'server.xml', kind: 'attribute', text: clusterXml('<Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" | />') },
];

/** The 0-based line of the `|` marker: the element under test. */
const markerLine = (withCursor: string): number => withCursor.slice(0, withCursor.indexOf('|')).split('\n').length - 1;

for (const [version, full] of Object.entries(VERSIONS)) {
  for (const c of TOMCAT_CASES) {
    test(`Tomcat ${version}: every entry offered at ${c.name} checks clean`, (t) => {
      const root = tempDir();
      fs.mkdirSync(path.join(root, 'node', 'conf'), { recursive: true });
      fs.writeFileSync(path.join(root, 'node', 'RELEASE-NOTES'), `Apache Tomcat Version ${full}\n`);
      const serverPath = path.join(root, 'node', 'conf', 'server.xml');
      if (c.file === 'context.xml') fs.writeFileSync(serverPath, clusterXml(INTERCEPTOR));
      const filePath = path.join(root, 'node', 'conf', c.file);
      const settings = {};
      const nodes = new TomcatNodes(new DiskFileSource(), { settings, settingsDir: root });
      const { text, offset, entries } = offered('tomcat-xml', filePath, c.text, nodes);
      const line = markerLine(c.text);
      const ofKind = entries.filter((e) => (c.kind === 'class' ? e.kind === 'class' || e.kind === 'value' : e.kind === 'attribute'));
      assert.ok(ofKind.length > 0, `nothing offered; offered: ${entries.map((e) => `${e.label} (${e.kind})`).join(', ')}`);

      // The unedited file must itself be clean of these codes (else the cases prove nothing).
      const base = checkWorkspace([root], { settings, settingsDir: root }).findings.filter((f) => TOMCAT_CODES.has(f.code));
      assert.deepEqual(base.map(describe), [], 'the workspace before any edit');

      const uri = pathToFileURL(filePath).href;
      const flaggedAt = (edited: string): Finding[] => {
        fs.writeFileSync(filePath, edited);
        return checkWorkspace([root], { settings, settingsDir: root }).findings.filter(
          (f) => TOMCAT_CODES.has(f.code) && f.uri === uri && (f.code === 'xml/not-well-formed' || (f.range.start.line <= line && f.range.end.line >= line)),
        );
      };
      // Control: something not offered is caught by the same filter (unknown-class covers org.apache.catalina.* only).
      const bogus = c.kind === 'class' ? 'org.apache.catalina.tribes.NoSuchClass' : 'noSuchAttribute="1"';
      assert.ok(flaggedAt(text.slice(0, offset) + bogus + text.slice(offset)).length > 0, `control: ${bogus} is not flagged`);
      t.diagnostic(`${entries.length} entries checked: ${entries.map((e) => e.label).join(', ')}`);

      const flagged: string[] = [];
      for (const e of entries) {
        const value = c.kind === 'attribute' ? xmlEscape(attributeValue(e)) : '';
        let inserted = insertion(e, value);
        if (c.kind === 'attribute' && e.kind === 'attribute' && !inserted.includes('=')) inserted += `="${value}"`;
        const edited = apply(text, offset, e, inserted);
        const bad = flaggedAt(edited);
        if (bad.length) flagged.push(`${e.label} (${e.kind}) → ${edited.split('\n')[line].trim()}\n      ${bad.map(describe).join('\n      ')}`);
      }
      fs.writeFileSync(filePath, text);
      assert.deepEqual(flagged, [], `Tomcat ${version}, ${c.name}: offered items the checker flags:\n  ${flagged.join('\n  ')}`);
    });
  }
}

/* ------------------------------------------------------------ nginx */

/** Plausible arguments from a syntax line: optional parts dropped, the first alternative kept. */
function nginxArgs(e: CompletionEntry): { args: string; block: boolean } {
  let syntax = (e.detail ?? '').trim();
  if (syntax.startsWith(e.label)) syntax = syntax.slice(e.label.length);
  const block = /\{\s*\.\.\.\s*\}/.test(syntax);
  syntax = syntax.replace(/\{\s*\.\.\.\s*\}/g, ' ');
  for (let prev = ''; prev !== syntax; ) {
    prev = syntax;
    syntax = syntax.replace(/\[[^[\]]*\]/g, ' ');
  }
  const firstAlternative = syntax.split('|')[0];
  const words = firstAlternative.split(/\s+/).filter((w) => w && w !== '...' && /^[\w$.:=/*^~-]+$/.test(w));
  return { args: words.join(' '), block };
}

const NGINX_CASES = [
  { name: 'upstream {}', text: 'events {}\nhttp {\n  upstream backend {\n    server 10.0.0.11:8080;\n    |\n  }\n  server {\n    listen 80;\n    location / { proxy_pass http://backend; }\n  }\n}\n' },
  { name: 'location / {}', text: 'events {}\nhttp {\n  upstream backend { server 10.0.0.11:8080; }\n  server {\n    listen 80;\n    location / {\n      |\n    }\n  }\n}\n' },
];

for (const c of NGINX_CASES) {
  test(`nginx: every directive offered in ${c.name} is known and allowed there`, (t) => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'nginx'));
    const filePath = path.join(root, 'nginx', 'nginx.conf');
    const { text, offset, entries } = offered('nginx', filePath, c.text);
    const directives = entries.filter((e) => e.kind === 'directive');
    assert.ok(directives.length > 0, `no directive offered; offered: ${entries.map((e) => e.label).join(', ')}`);
    const uri = pathToFileURL(filePath).href;
    const check = (t: string): Finding[] => {
      fs.writeFileSync(filePath, t);
      return checkWorkspace([root], { settings: {}, settingsDir: root }).findings.filter((f) => NGINX_CODES.has(f.code) && f.uri === uri);
    };
    assert.deepEqual(check(text).map(describe), [], 'the configuration before any edit');

    // All directives at once, one a line (one check instead of hundreds); each flagged one is confirmed alone.
    const lineOf = atCursor(c.text).text.slice(0, offset).split('\n').length - 1;
    const statement = (e: CompletionEntry): string => {
      const { args, block } = nginxArgs(e);
      const name = e.snippet ? insertion(e, 'x').split(/\s/)[0] : (e.insertText ?? e.label);
      return `${name}${args ? ' ' + args : ''}${block ? ' { }' : ';'}`;
    };
    const indent = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    const batch = text.slice(0, offset) + directives.map(statement).join(`\n${indent}`) + text.slice(offset);
    const byLine = new Map<number, Finding[]>();
    for (const f of check(batch)) byLine.set(f.range.start.line, [...(byLine.get(f.range.start.line) ?? []), f]);

    t.diagnostic(`${directives.length} directives checked`);
    // Control: a directive not offered here is caught the same way.
    const control = c.name.startsWith('upstream') ? 'proxy_pass http://x;' : 'ip_hash;';
    assert.ok(check(text.slice(0, offset) + control + text.slice(offset)).some((f) => f.range.start.line === lineOf), `control: ${control} is not flagged`);

    const flagged: string[] = [];
    directives.forEach((e, i) => {
      if (!byLine.has(lineOf + i)) return;
      const alone = check(apply(text, offset, e, statement(e))).filter((f) => f.range.start.line === lineOf);
      const found = alone.length ? alone : byLine.get(lineOf + i)!;
      flagged.push(`${statement(e)}\n      ${found.map(describe).join('\n      ')}${alone.length ? '' : ' (only when all are inserted)'}`);
    });
    fs.writeFileSync(filePath, text);
    assert.deepEqual(flagged, [], `nginx ${c.name}: offered directives the checker flags:\n  ${flagged.join('\n  ')}`);
  });
}
