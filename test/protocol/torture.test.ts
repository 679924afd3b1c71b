/**
 * Protocol torture test: a scripted LSP session against the server bundle,
 * once as a pull client and once as a push client, over a temp workspace of
 * three Tomcat nodes, an nginx and an httpd (+ mod_jk) balancer.
 *
 * The storm: many documents opened at once; random incremental edits
 * (seeded PRNG; insertions and deletions anywhere, multi-line, unicode, CR/CRLF,
 * huge lines, several changes per notification, whole-text replacements,
 * edits that swap meaningful words between files); saves (disk write +
 * didSave + watcher event), closes and reopens; pulls, some cancelled with
 * $/cancelRequest; malformed traffic (unknown methods, pulls for bogus uris,
 * didChange for closed documents or with out-of-range ranges, codeAction with
 * garbage diagnostic data, executeCommand with an unknown command or bad
 * arguments, didChangeWatchedFiles outside the workspace, garbage settings).
 * Then probes: short sequences that leave the server something cached that a
 * later message must invalidate (close without saving, a restored dirty
 * buffer, a watcher batch with a bogus uri, a file that changes what another
 * file is told).
 *
 * It checks: the process never exits; every request gets a result or a
 * JSON-RPC error within REQUEST_TIMEOUT_MS (MethodNotFound, InvalidParams,
 * RequestCancelled where those are due); diagnostics and quick-fix edits lie
 * inside the text they were computed for; after the storm, what the client
 * shows for the open documents (pulled with the last result id, or the last
 * push), the workspace check and the pushed cross-file diagnostics equal what a
 * fresh server reports for the same disk and the same final texts.
 *
 * Environment: TORTURE_SEED=<n> reproduces a run (the seed is in every
 * failure message); TORTURE_ROUNDS=<n> storm rounds (default 3, about 20 s for
 * both sessions); TORTURE_ONLY=pull|push one session; TORTURE_TIMEOUT_MS the
 * per-request timeout; TORTURE_TRACE=<file> logs every message sent and every
 * answer; TORTURE_KEEP=1 keeps the temp workspaces; TORTURE_DUMP=<file> writes
 * the compared diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { CancellationTokenSource, LspClient } from '../support/lspClient';
import { docsCluster } from '../support/tomcatXml';

const SEED = (Number(process.env.TORTURE_SEED ?? 0x5eed1e55) >>> 0) || 1;
const ROUNDS = Math.max(1, Math.floor(Number(process.env.TORTURE_ROUNDS ?? 3)) || 3);
const OPS_PER_ROUND = 110;
const REQUEST_TIMEOUT_MS = Number(process.env.TORTURE_TIMEOUT_MS ?? 15_000);
/** The debounce the sessions configure (tomcatCluster.validation.delay). */
const DELAY_MS = 20;
/** No publishDiagnostics for this long = the server is done (cluster check runs DELAY_MS + 200 ms after the last edit). */
const QUIET_MS = 600;
/** Documents are not grown past this (then edits delete). */
const MAX_TEXT = 300_000;
/** TORTURE_TRACE=<file>: every message sent, one line each (to find what a hang or a failure followed). */
const TRACE = process.env.TORTURE_TRACE;
/** TORTURE_ONLY=pull|push: one of the two sessions. */
const ONLY = process.env.TORTURE_ONLY;

// --- seeded randomness ----------------------------------------------------------

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1][0];
  }
}

// --- the workspace ---------------------------------------------------------------

const serverXml = (i: number, address: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<!-- tomcat${i} (10.0.0.1${i}) -->
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Connector port="8009" protocol="AJP/1.3" address="10.0.0.1${i}" secret="Ka7pQe3mVz" redirectPort="8443" />
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat${i}">
${docsCluster({ membershipAddress: address, receiverAddress: `10.0.0.1${i}` }).replace(/^/gm, '      ')}
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true">
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="localhost_access_log" suffix=".txt"
               pattern="%h %l %u %t &quot;%r&quot; %s %b" />
      </Host>
    </Engine>
  </Service>
</Server>
`;

const contextXml = (cookie?: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context${cookie ? ` sessionCookieName="${cookie}"` : ''}>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <WatchedResource>\${catalina.base}/conf/web.xml</WatchedResource>
</Context>
`;

const webXml = (app: string, distributable: boolean): string => `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd"
         version="4.0">
  <display-name>${app}</display-name>
${distributable ? '  <distributable/>\n' : ''}  <session-config>
    <session-timeout>30</session-timeout>
    <cookie-config>
      <name>JSESSIONID</name>
      <http-only>true</http-only>
    </cookie-config>
  </session-config>
</web-app>
`;

const metaInfContext = `<?xml version="1.0" encoding="UTF-8"?>
<Context path="/shop" reloadable="false">
  <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false"/>
</Context>
`;

const nginxConf = `user nginx;
worker_processes auto;
error_log /var/log/nginx/error.log;
pid /run/nginx.pid;

events {
    worker_connections 1024;
}

http {
    include conf.d/*.conf;

    upstream tomcats {
        hash $cookie_jsessionid consistent;
        server 10.0.0.11:8080;
        server 10.0.0.12:8080;
        server 10.0.0.13:8080 backup;
    }

    server {
        listen 80 default_server;
        server_name shop.example.com;  # 商店 🛒
        location / {
            proxy_pass http://tomcats;
            proxy_set_header Host $host;
        }
        location /static/ {
            root /srv/www;
            expires 1d;
        }
    }
}
`;

const nginxSite = (k: number): string => `# site ${k}, included in http
upstream site${k} {
    ip_hash;
    server 10.0.0.1${(k % 3) + 1}:8080;
    server 10.0.0.1${((k + 1) % 3) + 1}:8080;
}

server {
    listen 80${k};
    location / {
        proxy_pass http://site${k};
    }
}
`;

const httpdConf = `# Apache httpd 2.4 in front of the three Tomcats (mod_proxy_balancer and mod_jk).
Listen 80
LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule authz_core_module modules/mod_authz_core.so
LoadModule proxy_module modules/mod_proxy.so
LoadModule proxy_http_module modules/mod_proxy_http.so
LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so
LoadModule slotmem_shm_module modules/mod_slotmem_shm.so
LoadModule headers_module modules/mod_headers.so
LoadModule jk_module modules/mod_jk.so

User apache
Group apache
ServerName www.example.com
ErrorLog logs/error_log

JkWorkersFile workers.properties
JkShmFile logs/mod_jk.shm
JkMount /legacy/* lb

Include conf.d/*.conf
`;

const balancerConf = `<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    BalancerMember "http://10.0.0.13:8080" route=tomcat3
    ProxySet lbmethod=byrequests stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/" "balancer://tomcats/"
ProxyPassReverse "/" "balancer://tomcats/"
`;

const workersProperties = `# mod_jk workers, named after the jvmRoutes
worker.list=lb

worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat1.secret=Ka7pQe3mVz

worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.tomcat2.secret=Ka7pQe3mVz

worker.tomcat3.type=ajp13
worker.tomcat3.host=10.0.0.13
worker.tomcat3.port=8009
worker.tomcat3.secret=Ka7pQe3mVz

worker.lb.type=lb
worker.lb.balance_workers=tomcat1,tomcat2,tomcat3
worker.lb.sticky_session=true
`;

/** Files on disk, relative path → [text, languageId, opened at start]. */
function workspaceFiles(): Record<string, [string, string, boolean]> {
  const files: Record<string, [string, string, boolean]> = {
    '.tomcat-cluster.json': [
      JSON.stringify({ tomcatVersion: '9.0', nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } }, null, 2),
      'json',
      false,
    ],
    'lb-nginx/nginx.conf': [nginxConf, 'nginx', true],
    'lb-httpd/httpd.conf': [httpdConf, 'apacheconf', true],
    'lb-httpd/conf.d/balancer.conf': [balancerConf, 'apacheconf', true],
    'lb-httpd/workers.properties': [workersProperties, 'modjk-workers', true],
    'tomcat1/webapps/shop/META-INF/context.xml': [metaInfContext, 'xml', true],
  };
  for (let k = 1; k <= 4; k++) files[`lb-nginx/conf.d/site${k}.conf`] = [nginxSite(k), 'nginx', k <= 2];
  for (let i = 1; i <= 3; i++) {
    files[`tomcat${i}/conf/server.xml`] = [serverXml(i, i === 3 ? '228.0.0.5' : '228.0.0.4'), 'xml', true];
    files[`tomcat${i}/conf/context.xml`] = [contextXml(i === 2 ? 'SESSIONID' : undefined), 'xml', i !== 3];
    files[`tomcat${i}/webapps/shop/WEB-INF/web.xml`] = [webXml('shop', i !== 3), 'xml', true];
    files[`tomcat${i}/webapps/admin/WEB-INF/web.xml`] = [webXml('admin', true), 'xml', i === 1];
  }
  return files;
}

/** In-memory buffers (no file behind them). */
const UNTITLED: [string, string, string][] = [
  ['untitled:Untitled-1', 'nginx', 'upstream scratch {\n    hash $cookie_name;\n    server 127.0.0.1:8080;\n}\n'],
  ['untitled:Untitled-2', 'plaintext', '<Proxy balancer://scratch>\n  BalancerMember http://127.0.0.1:8080 route=a\n</Proxy>\nProxyPass / balancer://scratch/\n'],
  ['untitled:Untitled-3', 'xml', '<Server><Service name="x"></Service></Server>\n'],
];

// --- random text -------------------------------------------------------------------

const SNIPPETS = [
  '<', '>', '</', '/>', '"', "'", '=', ' ', '\t', '\n', '\r\n', '\r', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&', '&#x1F600;', '&bogus;',
  '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<Valve className="org.apache.catalina.valves.RemoteIpValve"/>',
  '<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.21:11211 n2:10.0.0.22:11211" failoverNodes="n1"/>',
  '<Engine name="x" jvmRoute="', '<Context sessionCookieName="', ' frequncy="500"', ' jvmRoute="tomcat1"', '<distributable/>',
  '{', '}', ';', '#', '$', '\\', '${', 'include conf.d/*.conf;\n', 'include nginx.conf;\n', 'upstream tomcats {', 'server 10.0.0.11:8080;',
  'location / {', 'proxy_pass http://nowhere;', 'hash $cookie_SESSIONID;', 'sticky cookie srv_id expires=1h;',
  '<Proxy balancer://tomcats>', '</Proxy>', 'BalancerMember http://10.0.0.14:8080 route=tomcat4\n', 'ProxySet stickysession=ROUTEID\n', 'Include conf.d/*.conf\n', '<IfModule mod_jk.c>',
  'worker.', 'worker.lb.balance_workers=tomcat1,ghost\n', 'worker.ghost.type=ajp13\n', '=\n', '\\\n',
];
const UNICODE = ['é', 'ß', '漢字', '😀', '👩‍💻', 'e\u0301', '\u200b', '\u202e', '\ufeff', '\ufffd', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Ω', '\u00a0', '\u2028', '\u0085', 'ﷺ', '🇩🇪'];
const RARE = ['\u0000', '\ud83d', '\udc00', '\u001b[31m'];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.:/<>="\'{};#$\n\t';

/** Bidirectional word swaps that keep a file well-formed but change what it says (and what other files are told). */
const SWAPS: [string, string][] = [
  ['tomcat1', 'tomcat2'], ['tomcat2', 'tomcat3'], ['tomcat3', 'tomcat-3'], ['228.0.0.4', '228.0.0.5'], ['DeltaManager', 'BackupManager'],
  ['JSESSIONID', 'SESSIONID'], ['jsessionid', 'sid'], ['$cookie_jsessionid', '$cookie_name'], ['hash $cookie_jsessionid consistent', 'ip_hash'],
  ['http://xmlns.jcp.org/xml/ns/javaee', 'https://jakarta.ee/xml/ns/jakartaee'], ['<distributable/>', '<!-- no distributable -->'],
  ['port="8080"', 'port="8081"'], ['port="8009"', 'port="8010"'], ['frequency', 'frequncy'], ['lbmethod=byrequests', 'lbmethod=bybusyness'],
  ['stickysession=JSESSIONID|jsessionid', 'stickysession=ROUTEID'], ['sticky_session=true', 'sticky_session=false'],
  ['balance_workers=tomcat1,tomcat2,tomcat3', 'balance_workers=tomcat1,tomcat2'], ['upstream tomcats', 'upstream tomcatz'], ['10.0.0.12', '127.0.0.1'],
  ['LoadModule proxy_balancer_module', '#LoadModule proxy_balancer_module'], ['include conf.d/*.conf;', '#include conf.d/*.conf;'], ['backup;', 'down;'],
  ['ip_hash;', 'least_conn;'], ['SimpleTcpCluster', 'SimpleTcpClusterX'], ['JvmRouteBinderValve', 'JvmRouteBinder'], ['ajp13', 'ajp14'],
];

function swapIn(rng: Rng, text: string): { start: number; end: number; text: string } | undefined {
  const candidates: [string, string][] = [];
  for (const [a, b] of SWAPS) {
    if (text.includes(a)) candidates.push([a, b]);
    if (text.includes(b)) candidates.push([b, a]);
  }
  if (candidates.length === 0) return undefined;
  const [from, to] = rng.pick(candidates);
  const at = text.indexOf(from, rng.int(text.length));
  const start = at >= 0 ? at : text.indexOf(from);
  return { start, end: start + from.length, text: to };
}

function randomInsert(rng: Rng, kind: string): string {
  switch (kind) {
    case 'snippet':
      return rng.pick(SNIPPETS);
    case 'chars': {
      let s = '';
      for (let n = 1 + rng.int(20); n > 0; n--) s += ALPHABET[rng.int(ALPHABET.length)];
      return s;
    }
    case 'unicode':
      return Array.from({ length: 1 + rng.int(4) }, () => (rng.chance(0.08) ? rng.pick(RARE) : rng.pick(UNICODE))).join('');
    case 'multiline':
      return Array.from({ length: 2 + rng.int(6) }, () => rng.pick(SNIPPETS) + rng.pick(SNIPPETS)).join(rng.chance(0.2) ? '\r\n' : '\n');
    case 'huge': {
      // Up to 100k characters of one thing on one line; of statements (a finding each, tens of thousands) up to 10k.
      const unit = rng.pick(['x', '😀', '\t', '"', '<!--', '&amp;', '<a b="c">', 'server 10.0.0.1:80; ', 'worker.w.a=b ']);
      const n = unit.length > 5 ? 1_000 + rng.int(9_000) : 5_000 + rng.int(95_000);
      return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    }
  }
  return '';
}

// --- text helpers ------------------------------------------------------------------------

const lineBreak = /\r\n|\r|\n/;

/** Why `range` is not inside `text` (LSP positions: UTF-16 columns, lines split at \r\n, \r, \n), or undefined. */
function outside(text: string, range: Range): string | undefined {
  const lines = text.split(lineBreak);
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= lines.length) return `line ${p.line} ≥ line count ${lines.length}`;
    if (p.character > lines[p.line].length) return `character ${p.character} > length ${lines[p.line].length} of line ${p.line}`;
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'start after end';
  return undefined;
}

function randomPosition(rng: Rng, doc: TextDocument): { line: number; character: number } {
  const line = rng.int(doc.lineCount);
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '');
  return { line, character: rng.int(lineText.length + 1) };
}

function sortedJson(items: unknown[]): string[] {
  return items.map((d) => JSON.stringify(d)).sort();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// --- one session ---------------------------------------------------------------------------

type Outcome = { kind: 'result'; value: unknown } | { kind: 'error'; code: number; message: string } | { kind: 'timeout' };

interface DocState {
  uri: string;
  /** On-disk path, undefined for untitled buffers. */
  file?: string;
  languageId: string;
  /** What the server holds (mirrored with the same text-document implementation). */
  doc: TextDocument;
  open: boolean;
  /** Last version sent (monotonic across reopen, so uri@version names one text). */
  version: number;
  original: string;
}

const RESULT_CANCELLED = -32800;
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;

class Session {
  readonly client: LspClient;
  readonly docs = new Map<string, DocState>();
  /** `${uri}@${version}` → the text the server had at that version. */
  readonly texts = new Map<string, string>();
  readonly pending: Promise<unknown>[] = [];
  readonly failures: string[] = [];
  readonly stats: Record<string, number> = {};
  /** Set when the process exits. */
  exited: string | undefined;
  private checkedPublishes = 0;
  private garbageSettings = false;
  private created: string[] = [];
  readonly settings: { validation: { delay: unknown; enable?: unknown }; rules?: unknown; tomcatVersion?: unknown } = { validation: { delay: DELAY_MS } };

  constructor(
    readonly mode: 'pull' | 'push',
    readonly root: string,
    readonly rng: Rng,
  ) {
    this.client = new LspClient({ pull: mode === 'pull', rootUri: pathToFileURL(root).href, configuration: this.settings });
    this.client.process.on('exit', (code, signal) => (this.exited = `exit code ${code}, signal ${signal}`));
  }

  count(what: string): void {
    this.stats[what] = (this.stats[what] ?? 0) + 1;
  }

  fail(message: string): void {
    if (this.failures.length < 50) this.failures.push(message);
  }

  /**
   * Sends a request and checks that it is answered in time; `expect` returns a
   * complaint about the answer, if any. Tracked in `pending`.
   */
  request(label: string, method: string, params: unknown, expect: (o: Outcome) => string | undefined = () => undefined, token?: CancellationTokenSource): Promise<Outcome> {
    this.count('requests');
    this.trace('request', method, params);
    const sent = token ? this.client.connection.sendRequest(method, params, token.token) : this.client.connection.sendRequest(method, params);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ kind: 'timeout' }), REQUEST_TIMEOUT_MS)));
    const answered = sent.then(
      (value): Outcome => ({ kind: 'result', value }),
      (e: { code?: unknown; message?: unknown }): Outcome => ({ kind: 'error', code: typeof e?.code === 'number' ? e.code : NaN, message: String(e?.message) }),
    );
    const t0 = Date.now();
    const outcome = Promise.race([answered, timeout]).then((o) => {
      clearTimeout(timer);
      this.trace('answer', method, { label, kind: o.kind, ms: Date.now() - t0 });
      this.count(o.kind === 'error' ? `error ${o.code}` : o.kind);
      if (o.kind === 'timeout') this.fail(`${label}: ${method} not answered within ${REQUEST_TIMEOUT_MS} ms`);
      else if (o.kind === 'error' && (!Number.isInteger(o.code) || typeof o.message !== 'string')) this.fail(`${label}: malformed error ${JSON.stringify(o)}`);
      else {
        const complaint = expect(o);
        if (complaint) this.fail(`${label}: ${complaint} (got ${JSON.stringify(o).slice(0, 400)})`);
      }
      return o;
    });
    this.pending.push(outcome);
    return outcome;
  }

  trace(kind: string, method: string, params: unknown): void {
    if (!TRACE) return;
    fs.appendFileSync(TRACE, `${new Date().toISOString()} ${this.mode} ${kind} ${method} ${JSON.stringify(params)}\n`);
  }

  notify(method: string, params: unknown): Promise<void> {
    this.trace('notify', method, params);
    this.count('notifications');
    return this.client.connection.sendNotification(method, params);
  }

  async drain(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  assertAlive(when: string): void {
    assert.equal(this.exited, undefined, `the server exited ${when}: ${this.exited}\nstderr: ${this.client.stderr.join('').slice(-3000)}`);
    assert.equal(this.client.process.exitCode, null, `the server exited ${when}`);
  }

  assertNoFailures(when: string): void {
    assert.deepEqual(this.failures, [], `${this.mode} session, ${when}, seed ${SEED}`);
  }

  // --- documents ---

  openDocs(): DocState[] {
    return [...this.docs.values()].filter((d) => d.open);
  }

  remember(d: DocState): void {
    if (d.doc.getText().length <= MAX_TEXT) this.texts.set(`${d.uri}@${d.version}`, d.doc.getText());
  }

  open(d: DocState, text: string): Promise<void> {
    d.version++;
    d.open = true;
    d.doc = TextDocument.create(d.uri, d.languageId, d.version, text);
    this.remember(d);
    this.count('didOpen');
    return this.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: d.version, text } });
  }

  change(d: DocState, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    d.version++;
    d.doc = TextDocument.update(d.doc, changes, d.version);
    this.remember(d);
    this.count('didChange');
    return this.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: changes });
  }

  close(d: DocState): Promise<void> {
    d.open = false;
    this.count('didClose');
    return this.notify('textDocument/didClose', { textDocument: { uri: d.uri } });
  }

  diskText(d: DocState): string {
    return d.file ? fs.readFileSync(d.file, 'utf8') : d.original;
  }

  /** One didChange of 1–3 random changes (each against the text the previous one left). */
  randomChange(d: DocState): TextDocumentContentChangeEvent[] {
    const rng = this.rng;
    const changes: TextDocumentContentChangeEvent[] = [];
    // A copy: TextDocument.update changes the document it is given.
    let scratch = TextDocument.create(d.uri, d.languageId, d.version, d.doc.getText());
    for (let n = rng.chance(0.25) ? 2 + rng.int(2) : 1; n > 0; n--) {
      const text = scratch.getText();
      const kind =
        text.length > MAX_TEXT
          ? 'bigDelete'
          : rng.weighted({ snippet: 24, chars: 14, unicode: 8, multiline: 6, huge: 2, deleteInLine: 12, deleteLines: 6, bigDelete: 1, replace: 8, swap: 22, whole: 2 });
      let change: TextDocumentContentChangeEvent;
      if (kind === 'whole') {
        let t = d.original;
        for (let k = rng.int(4); k > 0; k--) {
          const s = swapIn(rng, t);
          if (s) t = t.slice(0, s.start) + s.text + t.slice(s.end);
        }
        change = { text: t };
      } else if (kind === 'swap') {
        const s = swapIn(rng, text);
        change = s
          ? { range: { start: scratch.positionAt(s.start), end: scratch.positionAt(s.end) }, text: s.text }
          : { range: { start: randomPosition(rng, scratch), end: randomPosition(rng, scratch) }, text: '' };
      } else if (kind === 'deleteInLine') {
        const start = randomPosition(rng, scratch);
        change = { range: { start, end: { line: start.line, character: start.character + rng.int(30) } }, text: '' };
      } else if (kind === 'deleteLines' || kind === 'bigDelete') {
        const a = scratch.offsetAt(randomPosition(rng, scratch));
        const b = kind === 'bigDelete' ? Math.min(text.length, a + 1 + rng.int(text.length)) : Math.min(text.length, a + rng.int(400));
        change = { range: { start: scratch.positionAt(a), end: scratch.positionAt(b) }, text: '' };
      } else if (kind === 'replace') {
        const a = scratch.offsetAt(randomPosition(rng, scratch));
        const b = Math.min(text.length, a + rng.int(60));
        change = { range: { start: scratch.positionAt(a), end: scratch.positionAt(b) }, text: randomInsert(rng, rng.pick(['snippet', 'chars', 'unicode', 'multiline'])) };
      } else {
        const at = randomPosition(rng, scratch);
        change = { range: { start: at, end: at }, text: randomInsert(rng, kind) };
      }
      this.count(`edit ${kind}`);
      changes.push(change);
      scratch = TextDocument.update(scratch, [change], scratch.version + 1);
    }
    return changes;
  }

  // --- requests ---

  /** A pull; checks the answer against the text of the version it names. */
  pull(d: DocState, options: { cancelAfter?: number; previousResultId?: string } = {}): Promise<Outcome> {
    const sentVersion = d.version;
    if (!options.cancelAfter && options.cancelAfter !== 0) {
      // Like a client, remember what was pulled (the last answer for the document wins).
      const outcome = this.pullChecked(d, sentVersion, options);
      void outcome.then((o) => this.rememberPull(d, o));
      return outcome;
    }
    return this.pullChecked(d, sentVersion, options);
  }

  private pullChecked(d: DocState, sentVersion: number, options: { cancelAfter?: number; previousResultId?: string }): Promise<Outcome> {
    const wasOpen = d.open;
    const source = options.cancelAfter !== undefined ? new CancellationTokenSource() : undefined;
    const outcome = this.request(
      `pull ${d.uri} v${sentVersion}${source ? ' (cancelled)' : ''}`,
      'textDocument/diagnostic',
      { textDocument: { uri: d.uri }, previousResultId: options.previousResultId },
      (o) => {
        if (o.kind === 'error') return o.code === RESULT_CANCELLED && source ? undefined : 'a pull failed';
        if (o.kind !== 'result') return undefined;
        const report = o.value as { kind: string; resultId?: string; items?: Diagnostic[] };
        if (report.kind === 'unchanged') return options.previousResultId !== undefined && report.resultId === options.previousResultId ? undefined : `unexpected unchanged report`;
        if (report.kind !== 'full' || !Array.isArray(report.items)) return 'not a document diagnostic report';
        if (!wasOpen) return report.items.length === 0 ? undefined : 'diagnostics for a document that is not open';
        const version = Number(/^(\d+):/.exec(report.resultId ?? '')?.[1]);
        if (!Number.isInteger(version)) return undefined;
        if (version < sentVersion) return `answered for version ${version}, older than the pulled version ${sentVersion}`;
        const text = this.texts.get(`${d.uri}@${version}`);
        if (text === undefined) return undefined;
        this.count('pull ranges checked');
        for (const item of report.items) {
          const why = outside(text, item.range);
          if (why) return `${item.code} at ${JSON.stringify(item.range)} is outside version ${version}: ${why}`;
        }
        return undefined;
      },
      source,
    );
    if (source) {
      if (options.cancelAfter === 0) source.cancel();
      else setTimeout(() => source.cancel(), options.cancelAfter);
      this.count('cancelled pulls');
    }
    return outcome;
  }

  /** Checks every publishDiagnostics received since the last call (versioned ones against that version's text). */
  checkPublishes(): void {
    const all = this.client.published;
    for (; this.checkedPublishes < all.length; this.checkedPublishes++) {
      const p = all[this.checkedPublishes];
      const d = this.docs.get(p.uri);
      if (p.version === undefined || p.version === null) continue;
      if (!d) {
        if (!BOGUS_URIS.includes(p.uri)) this.fail(`a versioned publish for ${p.uri}, which was never opened`);
        continue;
      }
      if (p.version > d.version) this.fail(`publish for ${p.uri} v${p.version}, newer than any version sent (${d.version})`);
      const text = this.texts.get(`${p.uri}@${p.version}`);
      if (text === undefined) continue;
      this.count('publish ranges checked');
      for (const item of p.diagnostics) {
        const why = outside(text, item.range);
        if (why) this.fail(`published ${item.code} at ${JSON.stringify(item.range)} is outside ${p.uri} v${p.version}: ${why}`);
      }
    }
  }

  /** The last diagnostics the server told about a document (pulled or pushed), for code actions. */
  private lastDiagnostics = new Map<string, Diagnostic[]>();

  // --- the storm ---

  async startup(): Promise<void> {
    await this.client.initialize();
    const files = workspaceFiles();
    // Many documents opened at once, each pulled right away.
    const opens: Promise<void>[] = [];
    for (const [rel, [text, languageId, openNow]] of Object.entries(files)) {
      if (languageId === 'json') continue;
      const file = path.join(this.root, rel);
      const d: DocState = { uri: pathToFileURL(file).href, file, languageId, doc: TextDocument.create('', languageId, 0, text), open: false, version: 0, original: text };
      this.docs.set(d.uri, d);
      if (openNow) opens.push(this.open(d, text));
    }
    for (const [uri, languageId, text] of UNTITLED) {
      const d: DocState = { uri, languageId, doc: TextDocument.create(uri, languageId, 0, text), open: false, version: 0, original: text };
      this.docs.set(uri, d);
      opens.push(this.open(d, text));
    }
    await Promise.all(opens);
    if (this.mode === 'pull') for (const d of this.openDocs()) void this.pull(d);
  }

  async round(index: number): Promise<void> {
    const rng = this.rng;
    for (let i = 0; i < OPS_PER_ROUND; i++) {
      const open = this.openDocs();
      const closed = [...this.docs.values()].filter((d) => !d.open);
      const op = rng.weighted({
        edit: 55,
        pull: this.mode === 'pull' ? 10 : 0,
        cancelledPull: this.mode === 'pull' ? 6 : 0,
        save: 5,
        close: open.length > 4 ? 4 : 0,
        reopen: closed.length > 0 ? 5 : 0,
        codeAction: 3,
        malformed: 7,
        watched: 2,
        settings: 1,
        pause: 4,
      });
      this.count(`op ${op}`);
      const d = open.length > 0 ? rng.pick(open) : undefined;
      switch (op) {
        case 'edit':
          if (d) void this.change(d, this.randomChange(d));
          break;
        case 'pull':
          if (d) {
            const previous = rng.chance(0.3) ? this.lastResultId.get(d.uri) : undefined;
            void this.pull(d, { previousResultId: previous });
          }
          break;
        case 'cancelledPull':
          if (d) void this.pull(d, { cancelAfter: rng.chance(0.5) ? 0 : rng.int(40) });
          break;
        case 'save':
          if (d?.file) {
            // The editor writes the file, then tells the server (and its file watcher tells it too, sometimes).
            fs.writeFileSync(d.file, d.doc.getText());
            void this.notify('textDocument/didSave', rng.chance(0.3) ? { textDocument: { uri: d.uri }, text: d.doc.getText() } : { textDocument: { uri: d.uri } });
            if (rng.chance(0.5)) void this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: d.uri, type: 2 }] });
          }
          break;
        case 'close':
          // Closing without saving: the file reverts to what is on disk.
          if (d) void this.close(d);
          break;
        case 'reopen': {
          const c = rng.pick(closed);
          let text = this.diskText(c);
          // Sometimes a restored dirty buffer (hot exit): the open text differs from the disk.
          if (rng.chance(0.15)) {
            const s = swapIn(rng, text);
            if (s) text = text.slice(0, s.start) + s.text + text.slice(s.end);
          }
          void this.open(c, text);
          if (this.mode === 'pull' && rng.chance(0.5)) void this.pull(c);
          break;
        }
        case 'codeAction':
          if (d) this.codeAction(d);
          break;
        case 'malformed':
          await this.malformed(rng.int(MALFORMED_CASES));
          break;
        case 'watched':
          this.watched();
          break;
        case 'settings':
          await this.settingsChange();
          break;
        case 'pause':
          await sleep(rng.int(30));
          break;
      }
      if (rng.chance(0.3)) await sleep(rng.int(4));
    }
    if (index === 0) for (let k = 0; k < MALFORMED_CASES; k++) await this.malformed(k);
    if (this.garbageSettings) await this.settingsChange();
    this.checkPublishes();
  }

  private lastResultId = new Map<string, string>();

  rememberPull(d: DocState, o: Outcome): void {
    if (o.kind !== 'result') return;
    const report = o.value as { kind: string; resultId?: string; items?: Diagnostic[] };
    if (report.kind === 'full' && report.items) {
      this.lastDiagnostics.set(d.uri, report.items);
      if (report.resultId) this.lastResultId.set(d.uri, report.resultId);
      else this.lastResultId.delete(d.uri);
    }
  }

  /**
   * What a pull client shows for a document: it pulls with the result id of
   * the last full report it holds, as VS Code does, and keeps that report's
   * items when the answer is "unchanged".
   */
  async shownByPull(d: DocState): Promise<Diagnostic[]> {
    const previousResultId = this.lastResultId.get(d.uri);
    const o = await this.pull(d, { previousResultId });
    assert.equal(o.kind, 'result', `final pull of ${d.uri}: ${JSON.stringify(o)}`);
    const report = (o as { value: { kind: string; items?: Diagnostic[] } }).value;
    if (report.kind === 'unchanged') return this.lastDiagnostics.get(d.uri) ?? [];
    this.rememberPull(d, o);
    return report.items ?? [];
  }

  codeAction(d: DocState): void {
    const published = [...this.client.published].reverse().find((p) => p.uri === d.uri)?.diagnostics ?? [];
    const diagnostics = this.lastDiagnostics.get(d.uri) ?? published;
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    this.codeActionRequest(`codeAction ${d.uri}`, d, range, diagnostics);
  }

  /** A code action request whose answer must be a list of actions editing only inside the document. */
  codeActionRequest(label: string, d: DocState, range: Range, diagnostics: unknown[]): Promise<Outcome> {
    const wasOpen = d.open;
    const sentVersion = d.version;
    return this.request(label, 'textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics } }, (o) => {
      if (o.kind !== 'result') return 'a code action request with well-formed params failed';
      if (!Array.isArray(o.value)) return 'not a list of code actions';
      // Only while the document is unchanged can the edits be checked against its text.
      if (!wasOpen || !d.open || d.version !== sentVersion) return undefined;
      const text = d.doc.getText();
      for (const action of o.value as { edit?: { changes?: Record<string, { range: Range }[]> } }[]) {
        for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
          if (uri !== d.uri) return `an action edits another file (${uri})`;
          for (const e of edits) {
            const why = outside(text, e.range);
            if (why) return `an action's edit at ${JSON.stringify(e.range)} is outside the document: ${why}`;
          }
        }
      }
      return undefined;
    });
  }

  /** A closed file changes on disk (or one is created / deleted); the watcher event comes with bogus and outside entries. */
  watched(): void {
    const rng = this.rng;
    const changes: { uri: string; type: number }[] = [];
    const closedFiles = [...this.docs.values()].filter((d) => !d.open && d.file);
    if (closedFiles.length > 0 && rng.chance(0.7)) {
      const c = rng.pick(closedFiles);
      const text = fs.readFileSync(c.file!, 'utf8');
      const s = swapIn(rng, text);
      fs.writeFileSync(c.file!, s ? text.slice(0, s.start) + s.text + text.slice(s.end) : text + '\n');
      changes.push({ uri: c.uri, type: 2 });
    } else if (this.created.length > 0 && rng.chance(0.4)) {
      const file = this.created.pop()!;
      fs.rmSync(file, { force: true });
      changes.push({ uri: pathToFileURL(file).href, type: 3 });
    } else {
      const file = path.join(this.root, `tomcat${1 + rng.int(3)}/webapps/app${this.created.length}/WEB-INF/web.xml`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, webXml(`app${this.created.length}`, rng.chance(0.5)));
      this.created.push(file);
      changes.push({ uri: pathToFileURL(file).href, type: 1 });
    }
    for (let n = rng.int(3); n > 0; n--) changes.splice(rng.int(changes.length + 1), 0, rng.pick(OUTSIDE_CHANGES));
    void this.notify('workspace/didChangeWatchedFiles', { changes });
  }

  /** Garbage editor settings for a while (the client answers workspace/configuration with them), then the real ones again. */
  async settingsChange(): Promise<void> {
    if (this.garbageSettings) {
      this.settings.validation = { delay: DELAY_MS };
      delete this.settings.rules;
      delete this.settings.tomcatVersion;
      this.garbageSettings = false;
    } else {
      this.settings.validation = this.rng.pick([{ delay: 'soon', enable: 'yes' }, { delay: -5 }, { delay: 1e12, enable: 0 }, { delay: DELAY_MS, enable: null }]);
      this.settings.rules = this.rng.pick(['off', ['xml/not-well-formed'], { 'xml/not-well-formed': 'loud', 'no/such-rule': 'off' }, { 'tomcat/unknown-attribute': 'off' }, null]);
      this.settings.tomcatVersion = this.rng.pick([9, '99.9', 'ten', '', { major: 9 }]);
      this.garbageSettings = true;
    }
    this.count('settings changes');
    await this.notify('workspace/didChangeConfiguration', { settings: this.rng.chance(0.5) ? null : { tomcatCluster: 'garbage' } });
  }

  /** One of the malformed messages; the answers must come, and be errors only where the request is at fault. */
  async malformed(which: number): Promise<void> {
    const rng = this.rng;
    const open = this.openDocs();
    const d = open.length > 0 ? rng.pick(open) : [...this.docs.values()][0];
    const anyAnswer = (): undefined => undefined;
    this.count(`malformed ${which}`);
    switch (which) {
      case 0:
        this.request('unknown method', 'tomcatCluster/noSuchMethod', { x: 1 }, (o) => (o.kind === 'error' && o.code === METHOD_NOT_FOUND ? undefined : 'expected MethodNotFound'));
        this.request('unknown $/ method', '$/noSuchRequest', {}, (o) => (o.kind === 'error' && o.code === METHOD_NOT_FOUND ? undefined : 'expected MethodNotFound'));
        void this.notify('tomcatCluster/noSuchNotification', { x: 1 });
        void this.notify('$/noSuchNotification', null);
        break;
      case 1:
        for (const uri of [
          pathToFileURL(path.join(this.root, 'tomcat9/conf/server.xml')).href,
          'untitled:never-opened',
          'file:///%E0%A4%A',
          'file://remotehost/share/conf/server.xml',
          'file:///a%2Fb/conf/server.xml',
          'not a uri at all',
          '',
        ]) {
          this.request(`pull for unopened ${JSON.stringify(uri)}`, 'textDocument/diagnostic', { textDocument: { uri } }, (o) =>
            o.kind === 'result' && (o.value as { kind: string; items: unknown[] }).kind === 'full' && (o.value as { items: unknown[] }).items.length === 0
              ? undefined
              : 'expected an empty full report',
          );
        }
        this.request('pull without textDocument', 'textDocument/diagnostic', { previousResultId: 7 }, anyAnswer);
        this.request('pull with null params', 'textDocument/diagnostic', null, anyAnswer);
        break;
      case 2: {
        // didChange for a closed document: ignored (the mirror does not change either).
        const closed = [...this.docs.values()].find((c) => !c.open);
        const uri = closed?.uri ?? pathToFileURL(path.join(this.root, 'tomcat9/conf/server.xml')).href;
        const version = (closed ? ++closed.version : 99);
        void this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<<<closed>>>' }] });
        void this.notify('textDocument/didClose', { textDocument: { uri: 'untitled:never-opened' } });
        void this.notify('textDocument/didSave', { textDocument: { uri: 'untitled:never-opened' } });
        break;
      }
      case 3: {
        // Out-of-range and inverted ranges: the server clamps them like the mirror does.
        const lines = d.doc.lineCount;
        const ranges: Range[] = [
          { start: { line: lines + 5, character: 0 }, end: { line: lines + 9, character: 3 } },
          { start: { line: 0, character: 10_000 }, end: { line: 0, character: 20_000 } },
          { start: { line: Math.min(2, lines - 1), character: 4 }, end: { line: 0, character: 1 } },
          { start: { line: 1, character: 2 }, end: { line: 2 ** 31, character: 2 ** 31 } },
        ];
        void this.change(d, [{ range: rng.pick(ranges), text: rng.pick(['', 'X', '\n<oops/>\n', '😀']) }]);
        break;
      }
      case 4:
        // Without a version the library refuses the change: the text stays as it was.
        void this.notify('textDocument/didChange', { textDocument: { uri: d.uri }, contentChanges: [{ text: 'lost' }] });
        // No changes at all: nothing happens (the server keeps the version it had, so the mirror does too).
        void this.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version + 1 }, contentChanges: [] });
        break;
      case 5: {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        const garbage: unknown[] = [
          { range, message: 'x', source: 'tomcat-cluster', data: null },
          { range, message: 'x', source: 'tomcat-cluster', data: 42 },
          { range, message: 'x', source: 'tomcat-cluster', data: 'fix me' },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x' } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x', edits: 'nope' } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x', edits: [null, 3] } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x', edits: [{ newText: 'a', range: { start: { line: 0 } } }] } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x', edits: [{ newText: 'a', range: { start: { line: 0, character: 0 }, end: null } }] } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: 'x', edits: [{ newText: 'a', range: { start: { line: 0, character: 0 }, end: { line: 1e9, character: 0 } } }] } },
          { range, message: 'x', source: 'tomcat-cluster', data: { title: { nested: [1, 2, { deep: true }] }, edits: [] } },
          { range, message: 'x', source: 'someone-else', data: { title: 'x', edits: [] } },
          { message: 'no range', source: 'tomcat-cluster' },
          null,
          'not a diagnostic',
        ];
        void this.codeActionRequest(`codeAction with garbage data`, d, range, garbage);
        for (const g of garbage) void this.codeActionRequest(`codeAction with garbage data ${JSON.stringify(g)}`, d, range, [g]);
        this.request('codeAction without context', 'textDocument/codeAction', { textDocument: { uri: d.uri }, range }, anyAnswer);
        this.request('codeAction for an unopened document', 'textDocument/codeAction', { textDocument: { uri: 'untitled:never-opened' }, range, context: { diagnostics: garbage } }, (o) =>
          o.kind === 'result' && Array.isArray(o.value) ? undefined : 'expected a list of code actions',
        );
        break;
      }
      case 6:
        this.request('unknown command', 'workspace/executeCommand', { command: 'no.such.command', arguments: [] }, (o) =>
          o.kind === 'error' && /unknown command/.test(o.message) ? undefined : 'expected an "unknown command" error',
        );
        this.request('command without a name', 'workspace/executeCommand', { arguments: [1, 2] }, (o) => (o.kind === 'error' ? undefined : 'expected an error'));
        break;
      case 7:
        // Folders that are not a list of paths are refused (a string is no list of one-letter folders, and "/" is not the disk to walk).
        for (const args of [[{ folders: 'oops' }], [{ folders: [42, null] }], [{ folders: {} }], [{ folders: '/' }]]) {
          this.request(`checkWorkspace with arguments ${JSON.stringify(args)}`, 'workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: args }, (o) =>
            o.kind === 'error' && o.code === INVALID_PARAMS ? undefined : 'expected InvalidParams',
          );
        }
        // Arguments without folders: the workspace folders are checked (one of them: each check runs every rule on every file).
        {
          const args = rng.pick(['not-an-array', [null], [7], [{ folders: [] }]]);
          this.request(`checkWorkspace with arguments ${JSON.stringify(args)}`, 'workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: args }, anyAnswer);
        }
        this.request(
          'checkWorkspace for a missing folder',
          'workspace/executeCommand',
          { command: 'tomcatCluster.server.checkWorkspace', arguments: [{ folders: [path.join(this.root, 'no/such/folder')] }] },
          anyAnswer,
        );
        break;
      case 8:
        void this.notify('workspace/didChangeWatchedFiles', { changes: OUTSIDE_CHANGES });
        void this.notify('workspace/didChangeWatchedFiles', { changes: [] });
        break;
      case 9: {
        // Cancelling what does not exist or is already answered.
        void this.notify('$/cancelRequest', { id: 987_654_321 });
        void this.notify('$/cancelRequest', { id: 'no-such-id' });
        const source = new CancellationTokenSource();
        const answered = this.request('pull, cancelled once answered', 'textDocument/diagnostic', { textDocument: { uri: d.uri } }, anyAnswer, source);
        void answered.then(() => source.cancel());
        // A cancelled workspace check.
        const check = new CancellationTokenSource();
        this.request('cancelled checkWorkspace', 'workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [] }, (o) =>
          o.kind === 'result' || (o.kind === 'error' && o.code === RESULT_CANCELLED) ? undefined : 'expected a result or RequestCancelled',
          check,
        );
        setTimeout(() => check.cancel(), rng.int(20));
        break;
      }
      case 10: {
        // A document whose uri is no local path: opened, pulled, edited, closed.
        const uri = rng.pick(BOGUS_URIS);
        const text = '<Server port="8005"><Service name="x"></Servic></Server>\n';
        void this.notify('textDocument/didOpen', { textDocument: { uri, languageId: uri.endsWith('.conf') ? 'nginx' : 'xml', version: 1, text } });
        this.request(`pull for ${uri}`, 'textDocument/diagnostic', { textDocument: { uri } }, anyAnswer);
        void this.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
        this.request(`pull for ${uri} after an edit`, 'textDocument/diagnostic', { textDocument: { uri } }, anyAnswer);
        await sleep(DELAY_MS * 2);
        void this.notify('textDocument/didClose', { textDocument: { uri } });
        break;
      }
    }
  }

  /**
   * After the storm, sequences that leave the server with something cached
   * that a later message must invalidate; the comparison with a fresh server
   * then tells whether it did. Between steps the server gets the time to check
   * (debounce, cluster check).
   */
  async probes(): Promise<void> {
    const file = (rel: string): DocState => this.docs.get(pathToFileURL(path.join(this.root, rel)).href)!;
    const settle = (): Promise<void> => sleep(DELAY_MS + 400);
    const ensureOpen = async (d: DocState): Promise<void> => {
      if (!d.open) await this.open(d, this.diskText(d));
    };
    const replaceAll = (d: DocState, text: string): Promise<void> =>
      this.change(d, [{ range: { start: { line: 0, character: 0 }, end: d.doc.positionAt(d.doc.getText().length) }, text }]);
    /** A pull client only computes what it is asked for. */
    const use = async (d: DocState): Promise<void> => {
      if (this.mode === 'pull') await this.pull(d);
    };
    this.count('probes');

    // 2. Session cookies: nginx hashes on $cookie_PROBECOOKIE, the cookie tomcat2's context.xml names (probe 6 renames it).
    const nginx = file('lb-nginx/nginx.conf');
    const context2 = file('tomcat2/conf/context.xml');
    await ensureOpen(nginx);
    await ensureOpen(context2);
    await replaceAll(context2, contextXml('PROBECOOKIE'));
    await replaceAll(nginx, nginxConf.replace('$cookie_jsessionid', '$cookie_PROBECOOKIE'));
    await use(nginx);
    await settle();

    // 3. Closed without saving: tomcat1's server.xml says jvmRoute="tomcat2" while the server checks, then the file
    //    reverts to what the disk says.
    const server1 = file('tomcat1/conf/server.xml');
    const context1 = file('tomcat1/conf/context.xml');
    await ensureOpen(server1);
    await ensureOpen(context1);
    await replaceAll(server1, serverXml(1, '228.0.0.4').replace('jvmRoute="tomcat1"', 'jvmRoute="tomcat2"'));
    await use(server1);
    await use(context1);
    await settle();
    await this.close(server1);

    // 4. Opened with a text the disk does not have (a restored dirty buffer): tomcat3's web.xml, distributable and jakarta.
    const web3 = file('tomcat3/webapps/shop/WEB-INF/web.xml');
    const server3 = file('tomcat3/conf/server.xml');
    await ensureOpen(server3);
    if (web3.open) await this.close(web3);
    await use(server3);
    await settle();
    await this.open(web3, webXml('shop', true).replace(/http:\/\/xmlns\.jcp\.org\/xml\/ns\/javaee/g, 'https://jakarta.ee/xml/ns/jakartaee'));
    await use(server3);
    await settle();

    // 5. A closed file changes on disk; the watcher's batch starts with a uri that is no local path and a settings
    //    file of another folder.
    //    (Not an .xml file: that would make the server read the session cookies again, which probe 2 looks at.)
    const site3 = file('lb-nginx/conf.d/site3.conf');
    if (site3.open) await this.close(site3);
    await use(nginx);
    await settle();
    fs.writeFileSync(site3.file!, nginxSite(3).replace(/10\.0\.0\.1(\d):8080/g, '10.0.0.9$1:8080'));
    await this.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: 'file://remotehost/share/nginx/conf.d/site3.conf', type: 2 },
        { uri: 'file:///tmp/elsewhere/.tomcat-cluster.json', type: 2 },
        { uri: site3.uri, type: 2 },
      ],
    });
    await use(nginx);
    await settle();

    // 1. (After 5, whose watcher event makes the server walk the workspace again.) A .conf file whose folder does not tell its language is classified by its text: unclassifiable while
    //    the cluster check walks the workspace (a file was created), an nginx file again afterwards.
    const site = file('lb-nginx/conf.d/site1.conf');
    await ensureOpen(site);
    await replaceAll(site, '# nothing to see here\n');
    const created = path.join(this.root, 'tomcat1/webapps/probe/WEB-INF/web.xml');
    fs.mkdirSync(path.dirname(created), { recursive: true });
    fs.writeFileSync(created, webXml('probe', true));
    await this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).href, type: 1 }] });
    await settle();
    // Members on the nodes' hosts but on no Connector's port: cluster/member-unknown, once the file counts again.
    await replaceAll(site, nginxSite(1).replace(/:8080/g, ':9999'));

    // 7. A web.xml decides its node's Tomcat version (a jakarta namespace: 10 or later), which decides what
    //    server.xml may name: BioReceiver was removed in 10.0.
    const server2 = file('tomcat2/conf/server.xml');
    const web2 = file('tomcat2/webapps/shop/WEB-INF/web.xml');
    await ensureOpen(server2);
    await ensureOpen(web2);
    await replaceAll(web2, webXml('shop', true));
    await replaceAll(server2, serverXml(2, '228.0.0.4').replace('transport.nio.NioReceiver', 'transport.bio.BioReceiver'));
    await use(server2);
    await settle();
    await replaceAll(web2, webXml('shop', true).replace(/http:\/\/xmlns\.jcp\.org\/xml\/ns\/javaee/g, 'https://jakarta.ee/xml/ns/jakartaee'));

    // 6. Another file changes what nginx.conf is told: tomcat2's context.xml renames the cookie nginx hashes on.
    //    Nothing is asked about nginx.conf: the server has to check it again by itself (a push client), or at least
    //    not call its last result unchanged (a pull client).
    await replaceAll(context2, contextXml('OTHERID'));
  }

  /**
   * Waits until the server is done: no publishDiagnostics for QUIET_MS (and, for a push client, the open
   * documents' last versions published), then a request answered at once with nothing published meanwhile
   * (on a loaded machine a long check can be silent for QUIET_MS; the timers that were due have run once the
   * server answers).
   */
  async quiet(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      let seen = -1;
      let since = Date.now();
      for (;;) {
        const now = Date.now();
        if (this.client.published.length !== seen) {
          seen = this.client.published.length;
          since = now;
        }
        const pushedAll = this.mode === 'pull' || this.openDocs().every((d) => this.lastPublish(d.uri)?.version === d.version);
        if (now - since >= QUIET_MS && pushedAll) break;
        if (now > deadline) throw new Error(`the ${this.mode} server never went quiet`);
        await sleep(25);
      }
      const pinged = Date.now();
      await this.client.connection.sendRequest('tomcatCluster/ping', {}).catch(() => undefined);
      await sleep(50);
      if (this.client.published.length === seen && Date.now() - pinged < 200) return;
    }
  }

  lastPublish(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.client.published.length - 1; i >= 0; i--) if (this.client.published[i].uri === uri) return this.client.published[i];
    return undefined;
  }

  /** The last pushed diagnostics per uri (what the Problems panel shows from pushes). */
  pushedState(): Map<string, string[]> {
    const state = new Map<string, string[]>();
    for (const p of this.client.published) state.set(p.uri, sortedJson(p.diagnostics));
    return state;
  }

  /** Final texts of the open documents. */
  finalTexts(): { uri: string; languageId: string; text: string }[] {
    return this.openDocs().map((d) => ({ uri: d.uri, languageId: d.languageId, text: d.doc.getText() }));
  }
}

const OUTSIDE_CHANGES = [
  { uri: 'file:///etc/hosts', type: 2 },
  { uri: 'file:///tmp/elsewhere/conf/server.xml', type: 1 },
  { uri: 'file:///tmp/elsewhere/.tomcat-cluster.json', type: 2 },
  { uri: 'file:///var/lib/tomcat/lib/catalina.jar', type: 3 },
  { uri: 'file://remotehost/share/nginx.conf', type: 2 },
  { uri: 'file:///a%2Fb/server.xml', type: 2 },
  { uri: 'untitled:Untitled-9', type: 2 },
  { uri: 'not a uri', type: 2 },
  { uri: 'file:///etc/nginx/nginx.conf', type: 7 },
];

const MALFORMED_CASES = 11;
/** Documents whose uri is no local path (opened by a malformed case, not mirrored). */
const BOGUS_URIS = ['file://remotehost/share/tomcat/conf/server.xml', 'file:///x%2Fy/conf/server.xml', 'vscode-vfs://github/x/nginx.conf'];

function makeWorkspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-torture-'));
  for (const [rel, [text]] of Object.entries(workspaceFiles())) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const roots: string[] = [];
after(() => {
  // TORTURE_KEEP=1 keeps the workspaces (to replay a trace against them).
  if (!process.env.TORTURE_KEEP) for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

interface Snapshot {
  /** uri → diagnostics of the open documents (pulled, or the last push for the final version), after the workspace check. */
  documents: Map<string, Diagnostic[]>;
  /** The same before the workspace check, for a push client (what the server's own cluster check left). */
  documentsBefore?: Map<string, Diagnostic[]>;
  /** Workspace check: sorted `uri code range message` lines. */
  workspace: string[];
  /** uri → last pushed diagnostics (sorted JSON), before and after the workspace check (which pushes the cross-file ones again). */
  pushedBefore: Map<string, string[]>;
  pushed: Map<string, string[]>;
}

/** The workspace check command's answer, minus the report html (it holds a fresh nonce). */
async function workspaceCheck(session: Session): Promise<string[]> {
  const o = await session.request('final checkWorkspace', 'workspace/executeCommand', { command: 'tomcatCluster.server.checkWorkspace', arguments: [] }, (o) =>
    o.kind === 'result' ? undefined : 'the workspace check failed',
  );
  assert.equal(o.kind, 'result', `checkWorkspace: ${JSON.stringify(o)}`);
  const result = (o as { value: { files: { path: string; language: string }[]; diagnostics: { uri: string; diagnostic: Diagnostic }[] } }).value;
  return [...result.files.map((f) => `file ${f.path} ${f.language}`), ...sortedJson(result.diagnostics)].sort();
}

/** What the client shows for each open document; every range must lie inside the document's final text. */
async function documentDiagnostics(session: Session): Promise<Map<string, Diagnostic[]>> {
  const documents = new Map<string, Diagnostic[]>();
  for (const d of session.openDocs()) {
    let items: Diagnostic[];
    if (session.mode === 'pull') {
      items = await session.shownByPull(d);
    } else {
      const p = session.lastPublish(d.uri);
      assert.equal(p?.version, d.version, `the last publish for ${d.uri} is for its last version`);
      items = p!.diagnostics;
    }
    for (const item of items) {
      const why = outside(d.doc.getText(), item.range);
      assert.equal(why, undefined, `${session.mode}: final ${item.code} at ${JSON.stringify(item.range)} is outside ${d.uri}: ${why}`);
    }
    documents.set(d.uri, items);
  }
  return documents;
}

async function snapshot(session: Session): Promise<Snapshot> {
  // What the server shows by itself once quiet (its debounced checks, its own cluster check) ...
  await session.quiet();
  session.checkPublishes();
  const pushedBefore = session.pushedState();
  const documentsBefore = session.mode === 'push' ? await documentDiagnostics(session) : undefined;
  // ... and after the workspace check, which pushes the cross-file diagnostics again (to a push client, the open files too).
  const workspace = await workspaceCheck(session);
  await session.quiet();
  session.checkPublishes();
  const documents = await documentDiagnostics(session);
  return { documents, documentsBefore, workspace, pushedBefore, pushed: session.pushedState() };
}

const isXmlSyntaxError = (d: Diagnostic): boolean => d.code === 'xml/not-well-formed';

function compareSnapshots(mode: string, storm: Snapshot, fresh: Snapshot): void {
  if (process.env.TORTURE_DUMP) fs.writeFileSync(process.env.TORTURE_DUMP, JSON.stringify({ storm: [...storm.documents], fresh: [...fresh.documents] }, null, 1));
  const compareDocuments = (when: string | undefined, stormDocs: Map<string, Diagnostic[]>, freshDocs: Map<string, Diagnostic[]>): void => {
    for (const [uri, freshItems] of freshDocs) {
      const stormItems = stormDocs.get(uri) ?? [];
      if (freshItems.some(isXmlSyntaxError)) {
        // A half-typed XML file: the syntax errors are the file's own; the server also keeps what the last
        // well-formed version said (on purpose), which a fresh server never saw.
        const xml = (items: Diagnostic[]): string[] => sortedJson(items.filter((d) => String(d.code).startsWith('xml/')));
        assert.deepEqual(xml(stormItems), xml(freshItems), `${mode}: syntax diagnostics of ${uri}${when ? ` ${when}` : ''} differ from a fresh server's (seed ${SEED})`);
      } else {
        assert.deepEqual(sortedJson(stormItems), sortedJson(freshItems), `${mode}: diagnostics of ${uri}${when ? ` ${when}` : ''} differ from a fresh server's (seed ${SEED})`);
      }
    }
  };
  const comparePushed = (when: string, stormPushed: Map<string, string[]>, freshPushed: Map<string, string[]>): void => {
    for (const uri of new Set([...stormPushed.keys(), ...freshPushed.keys()])) {
      // Open documents of a push client are compared with the documents (their pushes hold the kept findings too).
      if (mode === 'push' && fresh.documents.has(uri)) continue;
      assert.deepEqual(stormPushed.get(uri) ?? [], freshPushed.get(uri) ?? [], `${mode}: pushed (cross-file) diagnostics of ${uri} ${when} differ from a fresh server's (seed ${SEED})`);
    }
  };
  if (storm.documentsBefore && fresh.documentsBefore) compareDocuments('(before the workspace check)', storm.documentsBefore, fresh.documentsBefore);
  comparePushed('(before the workspace check)', storm.pushedBefore, fresh.pushedBefore);
  compareDocuments(undefined, storm.documents, fresh.documents);
  assert.deepEqual(storm.workspace, fresh.workspace, `${mode}: the workspace check differs from a fresh server's (seed ${SEED})`);
  comparePushed('(after the workspace check)', storm.pushed, fresh.pushed);
}

async function torture(mode: 'pull' | 'push', t: { diagnostic(message: string): void }): Promise<void> {
  const started = Date.now();
  const root = makeWorkspace();
  roots.push(root);
  const rng = new Rng(SEED ^ (mode === 'pull' ? 0 : 0x9e3779b9));
  const session = new Session(mode, root, rng);
  let fresh: Session | undefined;
  try {
    await session.startup();
    for (let r = 0; r < ROUNDS; r++) {
      await session.round(r);
      await session.drain();
      session.checkPublishes();
      session.assertAlive(`in round ${r + 1}`);
      session.assertNoFailures(`round ${r + 1}`);
    }
    // Repair about half of the documents to a well-formed text (the original with some words swapped),
    // so that the comparison below covers the semantic rules too, not only syntax errors.
    for (const d of session.openDocs()) {
      if (!rng.chance(0.5)) continue;
      let text = d.original;
      for (let k = rng.int(3); k > 0; k--) {
        const s = swapIn(rng, text);
        if (s) text = text.slice(0, s.start) + s.text + text.slice(s.end);
      }
      void session.change(d, [{ range: { start: { line: 0, character: 0 }, end: d.doc.positionAt(d.doc.getText().length) }, text }]);
    }
    await session.probes();
    const stormSnapshot = await snapshot(session);
    await session.drain();
    session.assertAlive('after the storm');
    session.assertNoFailures('final pulls');
    const logs = session.client.logs.filter((l) => /failed|error/i.test(l) && !/language server started/.test(l));
    t.diagnostic(`${mode}: ${JSON.stringify(session.stats)}`);
    // A rule or check that threw is contained (logged, the other rules go on), but its findings are lost: a bug.
    // (Documents whose uri is no local path cannot be checked; that is expected.)
    const crashes = logs.filter((l) => /^(rule \S+ failed on|the cluster check failed|checking \S+ failed)/.test(l) && !BOGUS_URIS.some((u) => l.includes(u)));
    assert.deepEqual(crashes.map((l) => l.slice(0, 1500)), [], `${mode}: checks threw (seed ${SEED})`);
    // Logged, not failed: notification handlers refusing malformed input.
    const kinds = new Map<string, number>();
    for (const l of logs) {
      const kind = l.split('\n')[0].replace(/file:\/\/\S+/g, '<uri>').replace(/\d+/g, 'N').slice(0, 200);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    for (const [kind, n] of kinds) t.diagnostic(`${mode}: server logged ${n}× ${kind}`);

    // shutdown answers and exit ends the process with 0.
    await session.client.shutdown();
    assert.equal(session.client.process.exitCode, 0, `the ${mode} server exits with 0 after shutdown/exit`);

    // A fresh server, the same disk, the same final texts.
    fresh = new Session(mode, root, new Rng(1));
    await fresh.client.initialize();
    for (const { uri, languageId, text } of session.finalTexts()) {
      const d: DocState = { uri, languageId, doc: TextDocument.create(uri, languageId, 0, text), open: false, version: 0, original: text };
      fresh.docs.set(uri, d);
      void fresh.open(d, text);
    }
    const freshSnapshot = await snapshot(fresh);
    await fresh.drain();
    fresh.assertNoFailures('fresh server');
    compareSnapshots(mode, stormSnapshot, freshSnapshot);
    t.diagnostic(`${mode}: ${stormSnapshot.documents.size} open documents compared, seed ${SEED}, ${ROUNDS} rounds, ${Date.now() - started} ms`);
  } finally {
    await stop(session.client);
    if (fresh) await stop(fresh.client);
  }
}

/** shutdown + exit, or a kill when the server does not answer (a hung server must not hang the test run). */
async function stop(client: LspClient): Promise<void> {
  if (client.process.exitCode !== null || client.process.signalCode !== null) return;
  const stopped = client.shutdown().then(
    () => true,
    () => false,
  );
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, 5_000, false)));
  if (!(await Promise.race([stopped, gaveUp]))) client.process.kill('SIGKILL');
  clearTimeout(timer);
}

test(`torture, pull client (seed ${SEED}, ${ROUNDS} rounds)`, { timeout: 120_000 + ROUNDS * 30_000, skip: ONLY === 'push' }, async (t) => {
  await torture('pull', t);
});

test(`torture, push client (seed ${SEED}, ${ROUNDS} rounds)`, { timeout: 120_000 + ROUNDS * 30_000, skip: ONLY === 'pull' }, async (t) => {
  await torture('push', t);
});

/**
 * One targeted huge line: a run of whitespace in a buffer whose language only
 * its text tells (plaintext; a .conf outside nginx/ and httpd/ folders is read
 * the same way by the cluster check). Classifying it must take linear time: a
 * pattern that backtracks quadratically over the run stalls the whole server.
 */
test('huge lines: 40 000 tabs in a buffer classified by its text are checked at once', { timeout: 60_000 }, async () => {
  const client = new LspClient({ pull: true, configuration: { validation: { delay: 0 } } });
  try {
    await client.initialize();
    const uri = 'untitled:Untitled-tabs';
    // A directive name, the run, no ";" (half-typed): the line is nothing nginx or httpd knows yet.
    await client.open(uri, `proxy_pass${'\t'.repeat(40_000)}http://tomcats\n`, 'plaintext');
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const answer = await Promise.race([client.pull(uri).then(() => 'answered'), new Promise((resolve) => (timer = setTimeout(resolve, 3_000, 'silent')))]);
    clearTimeout(timer);
    assert.equal(answer, 'answered', `no answer to the pull within 3 s (the server is busy classifying the line; ${Date.now() - started} ms)`);
  } finally {
    await stop(client);
  }
});

