/**
 * The cluster report: one self-contained HTML page (no network, no external
 * files) with the topology (balancers → nodes → session stores and cluster
 * groups), a table of nodes, and the findings. The CLI writes it for
 * `--format html`; the editor shows the same page in a webview, where links
 * open the file at the finding instead of following an href.
 */
import * as path from 'node:path';
import { filePathOf } from '../workspace/fileUri';
import { keepsSessionsLocally, type ClusterModel } from '../model/cluster/clusterModel';
import { STRATEGY_LABELS, type ClusterNode } from '../model/cluster/clusterNode';
import type { Finding } from '../engine/finding';

export interface ClusterReportInput {
  /** The folder paths in the report are relative to. */
  root: string;
  cluster: ClusterModel;
  findings: Finding[];
  /** How many files were checked. */
  files: number;
  /** `file`: relative hrefs (a file on disk); `webview`: links the editor opens at the range. */
  linkMode: 'file' | 'webview';
  /** A nonce for the webview's Content-Security-Policy (scripts and styles). */
  nonce?: string;
}

type Level = 'error' | 'warning' | undefined;

/** Which report cell each cluster rule marks on the nodes it is about. */
const CELL_OF_RULE: Record<string, 'jvmRoute' | 'ports' | 'manager' | 'membership' | 'serializer' | 'version'> = {
  'cluster/membership-mismatch': 'membership',
  'cluster/channel-mismatch': 'membership',
  'cluster/jvmroute-duplicate': 'jvmRoute',
  'cluster/route-mismatch': 'jvmRoute',
  'cluster/port-collision': 'ports',
  'cluster/distributable-missing': 'manager',
  'cluster/strategy-mixed': 'manager',
  'cluster/manager-overridden': 'manager',
  'msm/serializer-jars-missing': 'serializer',
  'msm/transcoder-unknown': 'serializer',
  'cluster/msm-nodes-differ': 'serializer',
  'cluster/msm-failover-not-local': 'serializer',
  'msm/tomcat-jar-mismatch': 'version',
  'tomcat/class-not-in-version': 'version',
};

/** Rows of the findings table: past this the page grows to megabytes and the webview slows to a crawl. */
export const MAX_FINDING_ROWS = 2000;

export function clusterReportHtml(input: ClusterReportInput): string {
  const { cluster, findings, root } = input;
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/') || path.basename(p);
  const fileOf = (f: { uri: string }): string => filePathOf(f.uri) ?? f.uri;
  const nodeOfPath = (p: string): ClusterNode | undefined =>
    cluster.nodes.find((n) => p === n.node.base || p.startsWith(n.node.base + path.sep));

  // Marks per node and cell, from the findings on the node's files.
  const marks = new Map<ClusterNode, Map<string, Level>>();
  const nodeLevel = new Map<ClusterNode, Level>();
  for (const f of findings) {
    const level: Level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : undefined;
    if (!level) continue;
    const node = nodeOfPath(fileOf(f));
    if (!node) continue;
    if (nodeLevel.get(node) !== 'error') nodeLevel.set(node, level);
    const cell = CELL_OF_RULE[f.code];
    if (!cell) continue;
    const cells = marks.get(node) ?? new Map<string, Level>();
    if (cells.get(cell) !== 'error') cells.set(cell, level);
    marks.set(node, cells);
  }
  // The worst error/warning per file, in one pass (asked once per balancer: a filter per balancer was findings × balancers).
  const levelOfFile = new Map<string, Level>();
  for (const f of findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const file = fileOf(f);
    if (levelOfFile.get(file) !== 'error') levelOfFile.set(file, f.severity);
  }
  const balancerLevel = (file: string): Level => levelOfFile.get(file);

  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;

  const link = (file: string, line: number, character: number, text: string): string =>
    input.linkMode === 'webview'
      ? `<a href="#" data-file="${esc(file)}" data-line="${line}" data-character="${character}">${esc(text)}</a>`
      : `<a href="${esc(encodeURI(rel(file)))}">${esc(text)}</a>`;

  const rows = cluster.nodes.map((n) => nodeRow(n, cluster, marks.get(n) ?? new Map(), nodeLevel.get(n), (p) => link(p, 0, 0, rel(p))));
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || fileOf(a).localeCompare(fileOf(b)) || a.range.start.line - b.range.start.line);
  // A page a browser or webview can show: the worst findings first, the rest counted (text, json and sarif list them all).
  const shownFindings = sorted.slice(0, MAX_FINDING_ROWS);
  const findingRows = shownFindings.map((f) => {
    const file = fileOf(f);
    const where = `${rel(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const related = (f.related ?? [])
      .map((r) => `<li>${link(fileOf(r), r.range.start.line, r.range.start.character, `${rel(fileOf(r))}:${r.range.start.line + 1}`)} ${esc(r.message)}</li>`)
      .join('');
    return `<tr class="sev-${f.severity}"><td><span class="badge ${f.severity}">${f.severity}</span></td><td>${link(file, f.range.start.line, f.range.start.character, where)}</td><td><code>${esc(f.code)}</code></td><td>${esc(f.message)}${related ? `<ul class="related">${related}</ul>` : ''}</td></tr>`;
  });

  const nonceAttr = input.nonce ? ` nonce="${esc(input.nonce)}"` : '';
  const csp = input.linkMode === 'webview' && input.nonce
    ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${esc(input.nonce)}'; script-src 'nonce-${esc(input.nonce)}';">`
    : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp}
<title>Tomcat cluster report</title>
<style${nonceAttr}>${STYLE}</style>
</head>
<body>
<h1>Tomcat cluster report</h1>
<p class="summary">${cluster.nodes.length} node${cluster.nodes.length === 1 ? '' : 's'}, ${cluster.balancers.length} balancer${cluster.balancers.length === 1 ? '' : 's'}, ${cluster.stores.length} session store${cluster.stores.length === 1 ? '' : 's'}; ${input.files} files checked: <span class="badge error">${plural(counts.error, 'error')}</span> <span class="badge warning">${plural(counts.warning, 'warning')}</span> <span class="badge information">${counts.information} information</span> <span class="badge hint">${counts.hint} hints</span></p>
<h2>Topology</h2>
${topologySvg(cluster, nodeLevel, balancerLevel)}
<h2>Nodes</h2>
<table class="nodes"><thead><tr><th>node</th><th>host</th><th>jvmRoute</th><th>ports</th><th>manager</th><th>membership</th><th>serializer</th><th>Tomcat</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>Findings</h2>
${findingRows.length === 0 ? '<p>No problems found.</p>' : `<table class="findings"><thead><tr><th></th><th>where</th><th>rule</th><th>message</th></tr></thead><tbody>${findingRows.join('\n')}</tbody></table>`}
${sorted.length > shownFindings.length ? `<p class="more">… and ${(sorted.length - shownFindings.length).toLocaleString('en-US')} more findings, not listed here (the CLI's text, json and sarif formats list them all).</p>` : ''}
${input.linkMode === 'webview' ? `<script${nonceAttr}>${WEBVIEW_SCRIPT}</script>` : ''}
</body>
</html>
`;
}

function nodeRow(n: ClusterNode, cluster: ClusterModel, cells: Map<string, Level>, level: Level, fileLink: (p: string) => string): string {
  const cell = (name: string, html: string): string => `<td class="${cells.get(name) ? `mark-${cells.get(name)}` : ''}">${html}</td>`;
  const ports = [
    ...n.connectors.map((c) => `${c.protocol === 'ajp' ? 'AJP' : 'HTTP'} ${c.port}`),
    ...(n.shutdownPort ? [`shutdown ${n.shutdownPort.port}`] : []),
    ...(n.cluster ? [`Receiver ${n.cluster.receiver.port.value}${n.cluster.receiver.autoBind > 1 ? '+' : ''}`] : []),
  ].join(', ');
  const managers = new Map<string, string[]>();
  for (const app of n.apps) {
    const label = `${app.manager.className.split('.').pop()}${app.distributable === false && app.manager.strategy === 'replication' ? ' (not distributable)' : ''}`;
    managers.set(label, [...(managers.get(label) ?? []), app.name]);
  }
  const managerText = n.apps.length === 0
    ? (n.cluster?.manager.className ?? n.defaultManager?.className ?? 'StandardManager').split('.').pop()!
    : [...managers].map(([m, apps]) => `${m}: ${apps.join(', ')}`).join('; ');
  const membership = n.cluster
    ? n.cluster.membership.kind === 'multicast'
      ? `multicast ${n.cluster.membership.address.value}:${n.cluster.membership.port.value}`
      : `${n.cluster.membership.kind} (${n.cluster.staticMembers.length} members)`
    : '—';
  const serializers = [...new Set(n.msmManagers.map((m) => m.transcoderClass.split('.').pop()!.replace(/TranscoderFactory$/, '')))].join(', ') || '—';
  return `<tr class="${level ? `row-${level}` : ''}"><td>${n.serverXmlPath ? fileLink(n.serverXmlPath) : esc(n.key)}</td><td>${esc(cluster.hostOf(n) ?? '?')}</td>${cell('jvmRoute', esc(n.jvmRoute?.value ?? '—'))}${cell('ports', esc(ports))}${cell('manager', esc(managerText))}${cell('membership', esc(membership))}${cell('serializer', esc(serializers))}${cell('version', esc(n.node.version ? `${n.node.version.label}` : 'unknown'))}</tr>`;
}

/** Three columns: balancers, nodes, then session stores and replication groups; an edge per member and per store use. */
function topologySvg(cluster: ClusterModel, nodeLevel: Map<ClusterNode, Level>, balancerLevel: (file: string) => Level): string {
  const boxW = 250;
  const boxH = 54;
  const gap = 22;
  const colX = [20, 430, 840];
  const nodeIndex = new Map(cluster.nodes.map((n, i) => [n, i]));
  // Replication groups: nodes on the same multicast address:port (or static membership) form one group box.
  const replication = new Map<string, ClusterNode[]>();
  for (const n of cluster.nodes) {
    if (!n.cluster || keepsSessionsLocally(n)) continue;
    const m = n.cluster.membership;
    const key = m.kind === 'multicast' ? `multicast ${m.address.value}:${m.port.value}` : `${m.kind} membership`;
    replication.set(key, [...(replication.get(key) ?? []), n]);
  }
  const right: { label: string; sub: string; nodes: ClusterNode[]; edge: string; kind: string }[] = [
    ...cluster.stores.map((s) => ({ label: `${s.kind} ${s.host}:${s.port}`, sub: s.id ? `msm node ${s.id}` : 'session store', nodes: s.nodes, edge: 'msm', kind: 'store' })),
    ...[...replication].map(([key, nodes]) => ({ label: `Cluster ${key}`, sub: `${nodes.length} node${nodes.length === 1 ? '' : 's'} replicate`, nodes, edge: 'replication', kind: 'group' })),
  ];
  const rowsCount = Math.max(cluster.balancers.length, cluster.nodes.length, right.length, 1);
  const height = rowsCount * (boxH + gap) + 60;
  const y = (i: number): number => 30 + i * (boxH + gap);
  const parts: string[] = [];
  const multipleGroups = replication.size > 1;

  cluster.balancers.forEach((b, i) => {
    const level = balancerLevel(b.place.path);
    parts.push(box(colX[0], y(i), boxW, boxH, `${b.kind} ${b.name}`, b.method, level, 'balancer'));
    for (const m of cluster.membersOf(b).filter((x) => x.node)) {
      const j = nodeIndex.get(m.node!)!;
      const routeOk = !b.routesBySessionId || m.member.route === m.node!.jvmRoute?.value;
      const label = b.routesBySessionId ? `route ${m.member.route ?? '?'}` : b.sticky ? 'sticky' : 'no affinity';
      parts.push(edge(colX[0] + boxW, y(i) + boxH / 2, colX[1], y(j) + boxH / 2, label, routeOk && (b.sticky || !m.node || !keepsSessionsLocally(m.node)) ? undefined : 'error', 'balanced', 0.72, (i % 3) * 12 - 12));
    }
    const unmatched = cluster.membersOf(b).filter((x) => !x.node).length;
    if (unmatched > 0) parts.push(`<text x="${colX[0] + 8}" y="${y(i) + boxH + 14}" class="note">${unmatched} member${unmatched === 1 ? '' : 's'} not matched to a node</text>`);
  });
  cluster.nodes.forEach((n, i) => {
    const strategies = [...new Set(n.apps.map((a) => STRATEGY_LABELS[a.manager.strategy]))];
    parts.push(box(colX[1], y(i), boxW, boxH, `${n.key}${n.jvmRoute ? ` (${n.jvmRoute.value})` : ''}`, strategies.join(', ') || (n.cluster ? 'session replication' : 'local memory'), nodeLevel.get(n), 'node'));
  });
  right.forEach((r, i) => {
    parts.push(box(colX[2], y(i), boxW, boxH, r.label, r.sub, r.kind === 'group' && multipleGroups ? 'error' : undefined, r.kind));
    // Colour tells msm from replication (see the legend); a label per edge would pile up at the node.
    for (const n of r.nodes) parts.push(edge(colX[1] + boxW, y(nodeIndex.get(n)!) + boxH / 2, colX[2], y(i) + boxH / 2, '', r.kind === 'group' && multipleGroups ? 'error' : undefined, r.edge));
  });
  const headings = ['balancers', 'nodes', 'session stores / clusters']
    .map((h, i) => `<text x="${colX[i]}" y="16" class="heading">${h}</text>`)
    .join('');
  const legend = `<g class="legend" transform="translate(${colX[1]},${height - 14})"><path class="msm" d="M0,-4 h24"/><text x="30" y="0">msm (memcached/redis)</text><path class="replication" d="M190,-4 h24"/><text x="220" y="0">replication (Cluster)</text><path class="mismatch" d="M370,-4 h24"/><text x="400" y="0">mismatch</text></g>`;
  return `<svg class="topology" role="img" aria-label="cluster topology" viewBox="0 0 ${colX[2] + boxW + 20} ${height}" width="${colX[2] + boxW + 20}" height="${height}" xmlns="http://www.w3.org/2000/svg">${headings}${parts.join('')}${legend}</svg>`;
}

function box(x: number, y: number, w: number, h: number, title: string, sub: string, level: Level, kind: string): string {
  return `<g class="box ${kind}${level ? ` ${level}` : ''}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6"/><text x="${x + 10}" y="${y + 21}" class="title">${esc(clip(title, 34))}</text><text x="${x + 10}" y="${y + 40}" class="sub">${esc(clip(sub, 40))}</text></g>`;
}

function edge(x1: number, y1: number, x2: number, y2: number, label: string, level: Level, kind = '', t = 0.75, dy = 0): string {
  const mx = (x1 + x2) / 2;
  // The label sits near the node end (t), shifted per balancer (dy), so labels of edges sharing an end do not overlap.
  const u = 1 - t;
  const lx = u * u * u * x1 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x2;
  const ly = u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2;
  const text = label ? `<text x="${lx.toFixed(1)}" y="${(ly - 4 + dy).toFixed(1)}" text-anchor="middle">${esc(label)}</text>` : '';
  return `<g class="edge ${kind}${level ? ` ${level}` : ''}"><path d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}"/>${text}</g>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function severityRank(s: string): number {
  return ['error', 'warning', 'information', 'hint'].indexOf(s);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 8px}
.summary{color:#444}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;background:#6e7781}
.badge.error{background:#cf222e}.badge.warning{background:#9a6700}.badge.information{background:#0969da}.badge.hint{background:#6e7781}
td.mark-error{background:#ffebe9;color:#82071e;font-weight:600}td.mark-warning{background:#fff8c5}
tr.row-error td:first-child{border-left:4px solid #cf222e}tr.row-warning td:first-child{border-left:4px solid #bf8700}
ul.related{margin:4px 0 0 16px;padding:0;color:#57606a}
svg.topology{max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px;background:#fafbfc}
.box rect{fill:#fff;stroke:#8c959f;stroke-width:1.5}.box.balancer rect{fill:#ddf4ff}.box.store rect{fill:#fbefff}.box.group rect{fill:#dafbe1}
.box.error rect{stroke:#cf222e;stroke-width:3}.box.warning rect{stroke:#bf8700;stroke-width:3}
.box .title{font-size:13px;font-weight:600}.box .sub{font-size:11px;fill:#57606a}
.edge path{fill:none;stroke:#8c959f;stroke-width:1.5}.edge text{font-size:11px;fill:#57606a}
.edge.msm path{stroke:#8250df}.edge.replication path{stroke:#1a7f37}
.legend path{stroke-width:2.5;fill:none}.legend path.msm{stroke:#8250df}.legend path.replication{stroke:#1a7f37}.legend path.mismatch{stroke:#cf222e;stroke-dasharray:6 3}.legend text{font-size:11px;fill:#57606a}
.edge.error path{stroke:#cf222e;stroke-width:2.5;stroke-dasharray:6 3}.edge.error text{fill:#cf222e;font-weight:600}
.heading{font-size:12px;font-weight:600;fill:#57606a;text-transform:uppercase}
.note{font-size:11px;fill:#9a6700}
@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}th,td{border-color:#30363d}svg.topology{background:#161b22;border-color:#30363d}.box rect{fill:#0d1117}.box.balancer rect{fill:#0c2d6b}.box.store rect{fill:#3c1e70}.box.group rect{fill:#033a16}.box .title{fill:#e6edf3}td.mark-error{background:#490202;color:#ffdcd7}td.mark-warning{background:#4b3800}}
`;

const WEBVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-file]');
  if (!a) return;
  event.preventDefault();
  vscode.postMessage({ command: 'open', file: a.dataset.file, line: Number(a.dataset.line), character: Number(a.dataset.character) });
});
`;
