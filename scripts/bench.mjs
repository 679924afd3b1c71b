// `npm run bench`: generates its workloads and prints medians of several runs.
// Figures only: nothing here passes or fails (these machines are shared and
// noisy; timed assertions do not belong in tests).
//
//   nginx: the CLI's whole-process time on a generated 100,000-line nginx.conf
//          beside `nginx -t` on the same file (when nginx is installed).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

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

fs.rmSync(work, { recursive: true, force: true });
