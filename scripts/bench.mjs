// `npm run bench`: generates its workloads and prints medians of several runs.
// Figures only: nothing here passes or fails (these machines are shared and
// noisy; timed assertions do not belong in tests).
//
//   nginx: the CLI's whole-process time on a generated 100,000-line nginx.conf
//          beside `nginx -t` on the same file (when nginx is installed).
//   workspace: the CLI's whole-process time and peak memory (max RSS) on
//          generated workspaces of 100 and 1,000 Tomcat nodes behind nginx and
//          httpd, each with a Cluster, an msm app and a replicated app, and
//          the ratios between the two sizes.
//   server.xml: per-edit validation of a generated 5,000-line server.xml (the
//          engine in process, one attribute changed per edit) beside
//          fast-xml-parser's bare parse of the same text.
//   cold start: the server bundle spawned over stdio, to its first
//          published diagnostics for an opened server.xml.
//   sizes: the three bundles and the .vsix.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/tomcat-cluster-check.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tcc-bench-'));

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeCommand(cmd, args, runs = RUNS) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    last = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: median(times), status: last.status, stderr: last.stderr };
}

/** A realistic big nginx.conf: upstreams of Tomcats and servers proxying to them, 100,000 lines. */
function generateNginx(lines) {
  const out = ['events { worker_connections 1024; }', 'http {', '    access_log off;', '    server_names_hash_max_size 65536;', '    server_names_hash_bucket_size 128;', "    log_format main '$remote_addr [$time_local] \"$request\" '", "                    '$status $body_bytes_sent';"];
  let i = 0;
  while (out.length < lines - 2) {
    out.push(`    upstream pool${i} {`, '        hash $request_uri consistent;', `        server 127.0.0.1:${10000 + (i % 20000)} max_fails=3 fail_timeout=30s;`, `        server 127.0.0.2:${10000 + (i % 20000)} max_fails=3 fail_timeout=30s;`, '    }');
    out.push('    server {', '        listen 127.0.0.1:20080;', `        server_name site${i}.example.test;`, '        location / {', `            proxy_pass http://pool${i};`, '            proxy_set_header Host $host;', '            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;', '        }', '        location ~ "^/static/[a-z]{2,}$" { return 404; }', '    }');
    i++;
  }
  out.push('}');
  return out.join('\n') + '\n';
}

const results = [];
function report(name, value) {
  results.push([name, value]);
  console.log(`${name.padEnd(58)} ${value}`);
}

console.log(`tomcat-cluster-config benchmark (${RUNS} runs each, medians) on ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, node ${process.version}\n`);

// --- nginx --------------------------------------------------------------------
{
  const dir = path.join(work, 'nginx');
  fs.mkdirSync(dir);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, generateNginx(100_000));
  const lines = fs.readFileSync(conf, 'utf8').split('\n').length - 1;
  const ours = timeCommand(process.execPath, [cli, conf, '--format', 'json']);
  report(`nginx.conf of ${lines.toLocaleString('en-US')} lines: tomcat-cluster-check (whole process)`, `${ours.ms.toFixed(0)} ms (exit ${ours.status})`);
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (nginx) {
    const theirs = timeCommand(nginx, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', conf, '-g', `pid ${path.join(dir, 'nginx.pid')};`]);
    report(`nginx.conf of ${lines.toLocaleString('en-US')} lines: nginx -t`, `${theirs.ms.toFixed(0)} ms (exit ${theirs.status})`);
    report('  ratio checker / nginx -t', `${(ours.ms / theirs.ms).toFixed(2)}`);
  } else {
    report('nginx -t', 'not installed (npm run setup:oracles)');
  }
}

// --- workspace ----------------------------------------------------------------
/** N nodes: server.xml with a Cluster and jvmRoute, a replicated app, an msm app with its jars; nginx and httpd in front; a host map. */
function generateWorkspace(dir, n) {
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const host = (i) => `10.${Math.floor(i / 250)}.${i % 250}.11`;
  const nodes = {};
  const memcached = Array.from({ length: 4 }, (_, k) => `m${k + 1}:10.200.0.${k + 1}:11211`).join(',');
  for (let i = 0; i < n; i++) {
    const name = `tomcat${i}`;
    nodes[name] = { host: host(i) };
    write(`${name}/conf/server.xml`, `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${name}">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="6">
        <Manager className="org.apache.catalina.ha.session.BackupManager" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="${host(i)}" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>
          <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
            <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
          </Sender>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>
        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`);
    write(`${name}/RELEASE-NOTES`, 'Apache Tomcat Version 9.0.83\n');
    write(`${name}/webapps/shop/WEB-INF/web.xml`, '<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">\n  <distributable/>\n</web-app>\n');
    write(`${name}/webapps/cart/WEB-INF/web.xml`, '<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1"/>\n');
    write(`${name}/webapps/cart/META-INF/context.xml`, `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="${memcached}" requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$" transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory"/>
</Context>
`);
    for (const jar of ['memcached-session-manager-2.3.2.jar', 'memcached-session-manager-tc9-2.3.2.jar', 'spymemcached-2.12.3.jar', 'msm-kryo-serializer-2.3.2.jar', 'kryo-serializers-0.45.jar', 'kryo-4.0.2.jar', 'minlog-1.3.1.jar', 'reflectasm-1.11.9.jar', 'asm-5.2.jar', 'objenesis-2.6.jar']) write(`${name}/lib/${jar}`, '');
  }
  write('.tomcat-cluster.json', JSON.stringify({ tomcatVersion: '9.0', nodes }, null, 2));
  const servers = Array.from({ length: n }, (_, i) => `        server ${host(i)}:8080 max_fails=3 fail_timeout=30s;`).join('\n');
  write('lb-nginx/nginx.conf', `events { worker_connections 1024; }\nhttp {\n    upstream tomcats {\n        ip_hash;\n${servers}\n    }\n    server {\n        listen 80;\n        location / { proxy_pass http://tomcats; }\n    }\n}\n`);
  const members = Array.from({ length: n }, (_, i) => `    BalancerMember "http://${host(i)}:8080" route=tomcat${i}`).join('\n');
  write('lb-httpd/httpd.conf', `LoadModule proxy_module modules/mod_proxy.so\nLoadModule proxy_http_module modules/mod_proxy_http.so\nLoadModule proxy_balancer_module modules/mod_proxy_balancer.so\nLoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so\nLoadModule slotmem_shm_module modules/mod_slotmem_shm.so\n<Proxy "balancer://tomcats">\n${members}\n    ProxySet stickysession=JSESSIONID|jsessionid\n</Proxy>\nProxyPass "/" "balancer://tomcats/"\nProxyPassReverse "/" "balancer://tomcats/"\n`);
}

{
  // Peak memory: the process's own max RSS, written to stderr as it exits.
  const rssProbe = path.join(work, 'rss.cjs');
  fs.writeFileSync(rssProbe, "process.on('exit', () => require('fs').writeSync(2, `\\nmaxrss-kib ${process.resourceUsage().maxRSS}\\n`));\n");
  const sizes = [100, 1000];
  const measured = [];
  for (const n of sizes) {
    const dir = path.join(work, `workspace-${n}`);
    generateWorkspace(dir, n);
    const times = [];
    const rss = [];
    let status;
    let findings = 0;
    let codes = '';
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-r', rssProbe, cli, dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      rss.push(Number(/maxrss-kib (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
      status = r.status;
      try {
        const diagnostics = JSON.parse(r.stdout).diagnostics;
        findings = diagnostics.length;
        codes = [...new Set(diagnostics.map((d) => d.code))].join(', ');
      } catch {
        findings = NaN;
      }
    }
    const files = n * 15 + 3;
    measured.push({ n, ms: median(times), mb: median(rss) });
    report(`workspace of ${n} nodes (${files} files): check time`, `${median(times).toFixed(0)} ms (exit ${status}, ${findings} findings${codes ? `: ${codes}` : ''})`);
    report(`workspace of ${n} nodes: peak memory (max RSS)`, `${median(rss).toFixed(0)} MiB`);
  }
  const [small, large] = measured;
  report(`  ratio ${large.n} / ${small.n} nodes: time`, `${(large.ms / small.ms).toFixed(2)} (nodes ×${large.n / small.n})`);
  report(`  ratio ${large.n} / ${small.n} nodes: memory`, `${(large.mb / small.mb).toFixed(2)}`);
}

// --- a 5,000-line server.xml, per edit ------------------------------------------
/** A realistic large server.xml: a Cluster, then many Hosts with their valves and contexts. */
function generateServerXml(lines) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Server port="8005" shutdown="SHUTDOWN">', '  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>', '  <Service name="Catalina">', '    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>', '    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">',
    '      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">',
    '        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>',
    '        <Channel className="org.apache.catalina.tribes.group.GroupChannel">',
    '          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>',
    '          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="10.0.0.11" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>',
    '        </Channel>', '        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>', '        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>', '      </Cluster>'];
  let i = 0;
  while (out.length < lines - 4) {
    out.push(`      <Host name="site${i}.example.test" appBase="webapps-${i}" unpackWARs="true" autoDeploy="false">`,
      `        <Alias>www.site${i}.example.test</Alias>`,
      `        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="site${i}_access_log" suffix=".txt" pattern="%h %l %u %t &quot;%r&quot; %s %b"/>`,
      `        <Context path="" docBase="/srv/site${i}" reloadable="false">`,
      '          <Manager className="org.apache.catalina.session.StandardManager" maxActiveSessions="-1"/>',
      '        </Context>',
      '      </Host>');
    i++;
  }
  out.push('    </Engine>', '  </Service>', '</Server>');
  return out.join('\n') + '\n';
}

{
  const require = createRequire(import.meta.url);
  const out = path.join(root, 'out/server/src/engine/checkDocument.js');
  if (!fs.existsSync(out)) spawnSync('npx', ['tsc', '-p', root], { stdio: 'inherit' });
  const { checkDocument } = require(out);
  const { TomcatNodes } = require(path.join(root, 'out/server/src/model/tomcat/nodes.js'));
  const { DiskFileSource } = require(path.join(root, 'out/server/src/workspace/fileSource.js'));
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { XMLParser } = require('fast-xml-parser');
  const dir = path.join(work, 'large-node');
  const file = path.join(dir, 'conf', 'server.xml');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = generateServerXml(5000);
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'RELEASE-NOTES'), 'Apache Tomcat Version 9.0.83\n');
  const uri = new URL(`file://${file}`).href;
  const nodes = new TomcatNodes(new DiskFileSource());
  const edits = Math.max(RUNS * 4, 20);
  const ours = [];
  const bare = [];
  const parser = new XMLParser({ ignoreAttributes: false });
  let findings = 0;
  for (let i = 0; i < edits; i++) {
    // One edit: an AccessLogValve prefix changes, as a user typing would change it.
    const edited = text.replace('prefix="site7_access_log"', `prefix="site7_access_log_${i}"`);
    const document = TextDocument.create(uri, 'xml', i + 1, edited);
    let t = process.hrtime.bigint();
    findings = checkDocument(document, 'tomcat-xml', { nodes }).length;
    ours.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    parser.parse(edited);
    bare.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const lines = text.split('\n').length - 1;
  report(`server.xml of ${lines.toLocaleString('en-US')} lines: validation per edit (engine)`, `${median(ours).toFixed(1)} ms (${findings} findings)`);
  report(`server.xml of ${lines.toLocaleString('en-US')} lines: fast-xml-parser bare parse`, `${median(bare).toFixed(1)} ms`);
  report('  ratio validation / bare parse', `${(median(ours) / median(bare)).toFixed(2)}`);
}

// --- cold start -----------------------------------------------------------------
/** Spawns the server bundle over stdio, opens a server.xml, resolves with the ms until its first publishDiagnostics. */
function coldStart(file) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const server = spawn(process.execPath, [path.join(root, 'dist/server/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const send = (message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let buffer = Buffer.alloc(0);
    const timer = setTimeout(() => { server.kill(); reject(new Error('no diagnostics within 30 s')); }, 30_000);
    server.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
        if (buffer.length < header + 4 + length) return;
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri: new URL(`file://${file}`).href, languageId: 'xml', version: 1, text: fs.readFileSync(file, 'utf8') } } });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri.endsWith('/server.xml')) {
          clearTimeout(timer);
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          server.kill();
          resolve(ms);
        } else if (message.id !== undefined && message.method) {
          send({ id: message.id, result: null }); // requests from the server (configuration, registration)
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: new URL(`file://${path.dirname(path.dirname(path.dirname(file)))}`).href, capabilities: {} } });
  });
}

{
  const file = path.join(work, 'cold', 'tomcat1', 'conf', 'server.xml');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, generateServerXml(200));
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await coldStart(file));
  report('language server: cold start to first diagnostics (push client)', `${median(times).toFixed(0)} ms`);
}

// --- sizes ------------------------------------------------------------------------
{
  const kib = (p) => (fs.existsSync(p) ? `${(fs.statSync(p).size / 1024).toFixed(0)} KiB` : 'missing (npm run build)');
  report('bundle: dist/client/extension.js', kib(path.join(root, 'dist/client/extension.js')));
  report('bundle: dist/server/server.js', kib(path.join(root, 'dist/server/server.js')));
  report('bundle: dist/cli/tomcat-cluster-check.js', kib(path.join(root, 'dist/cli/tomcat-cluster-check.js')));
  const vsix = fs.readdirSync(root).filter((f) => f.endsWith('.vsix')).sort().at(-1);
  report(`.vsix${vsix ? ` (${vsix})` : ''}`, vsix ? kib(path.join(root, vsix)) : 'missing (npm run package)');
}

fs.rmSync(work, { recursive: true, force: true });
