/**
 * Cross-file diagnostics over the protocol: the server checks the workspace
 * as one cluster and pushes the cluster/* findings to the files they concern,
 * also files the client never opened; an edit in another file (the balancer)
 * updates them; a push-only client gets them merged with the file's own.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';

const server = (route: string, address: string): string => `<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="${address}" port="45564"/>
        </Channel>
      </Cluster>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
`;
const balancer = (route2: string): string => `<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=${route2}
    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/" "balancer://tomcats/"
ProxyPassReverse "/" "balancer://tomcats/"
`;

function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-cluster-'));
  const files: Record<string, string> = {
    '.tomcat-cluster.json': JSON.stringify({ nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } }),
    'tomcat1/conf/server.xml': server('tomcat1', '228.0.0.4'),
    'tomcat2/conf/server.xml': server('tomcat2', '228.0.0.5'),
    'httpd/conf.d/balancer.conf': balancer('tomcat-2'),
  };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const codes = (diagnostics: { code?: string | number }[]): string[] => diagnostics.map((d) => String(d.code)).sort();

let root: string;
let client: LspClient;

before(async () => {
  root = workspace();
  client = new LspClient({ pull: true, rootUri: pathToFileURL(root).href, configuration: { validation: { delay: 20 } } });
  await client.initialize();
});

after(async () => {
  await client.shutdown();
});

test('the cluster findings arrive for files that are not open, with related information on the other node', async () => {
  const tomcat2 = pathToFileURL(path.join(root, 'tomcat2/conf/server.xml')).href;
  const published = await client.waitForPublish(tomcat2, (p) => p.diagnostics.length > 0);
  assert.deepEqual(codes(published.diagnostics), ['cluster/membership-mismatch', 'cluster/route-mismatch']);
  const membership = published.diagnostics.find((d) => d.code === 'cluster/membership-mismatch')!;
  assert.match(String(membership.message), /228\.0\.0\.5 on node tomcat2/);
  assert.equal(membership.relatedInformation?.[0].location.uri, pathToFileURL(path.join(root, 'tomcat1/conf/server.xml')).href);
  assert.equal(membership.codeDescription?.href.endsWith('docs/rules/cluster/membership-mismatch.md'), true);
  const balancerFile = pathToFileURL(path.join(root, 'httpd/conf.d/balancer.conf')).href;
  const onBalancer = await client.waitForPublish(balancerFile, (p) => p.diagnostics.length > 0);
  assert.deepEqual(codes(onBalancer.diagnostics), ['cluster/route-mismatch']);
});

test('editing the balancer (an open file) updates the findings on the node it concerns', async () => {
  const balancerFile = pathToFileURL(path.join(root, 'httpd/conf.d/balancer.conf')).href;
  const tomcat2 = pathToFileURL(path.join(root, 'tomcat2/conf/server.xml')).href;
  await client.open(balancerFile, balancer('tomcat-2'), 'apacheconf');
  const text = balancer('tomcat-2');
  const line = text.split('\n').findIndex((l) => l.includes('tomcat-2'));
  const character = text.split('\n')[line].indexOf('tomcat-2');
  await client.change(balancerFile, [{ range: { start: { line, character }, end: { line, character: character + 'tomcat-2'.length } }, text: 'tomcat2' }]);
  const after = await client.waitForPublish(tomcat2, (p) => !p.diagnostics.some((d) => d.code === 'cluster/route-mismatch'));
  assert.deepEqual(codes(after.diagnostics), ['cluster/membership-mismatch']);
  await client.waitForPublish(balancerFile, (p) => p.diagnostics.length === 0);
});

test('a push-only client gets the cluster findings merged with the file’s own', async () => {
  const pushRoot = workspace();
  const push = new LspClient({ pull: false, rootUri: pathToFileURL(pushRoot).href, configuration: { validation: { delay: 20 } } });
  try {
    await push.initialize();
    const file = path.join(pushRoot, 'tomcat2/conf/server.xml');
    const uri = pathToFileURL(file).href;
    // An unknown attribute gives the file a finding of its own beside the cross-file ones.
    const text = server('tomcat2', '228.0.0.5').replace('port="45564"/>', 'port="45564" frequncy="500"/>');
    await push.open(uri, text);
    const merged = await push.waitForPublish(uri, (p) => p.diagnostics.some((d) => String(d.code).startsWith('cluster/')) && p.diagnostics.some((d) => !String(d.code).startsWith('cluster/')));
    assert.ok(codes(merged.diagnostics).includes('cluster/membership-mismatch'));
    assert.ok(codes(merged.diagnostics).includes('tomcat/unknown-attribute'));
  } finally {
    await push.shutdown();
  }
});

test('a cross-file finding carries its quick fix: textDocument/codeAction inserts <distributable/> in the web.xml, nothing else', async () => {
  const webXml = path.join(root, 'tomcat1/webapps/shop/WEB-INF/web.xml');
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">\n  <display-name>shop</display-name>\n</web-app>\n';
  fs.mkdirSync(path.dirname(webXml), { recursive: true });
  fs.writeFileSync(webXml, text);
  const uri = pathToFileURL(webXml).href;
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
  const published = await client.waitForPublish(uri, (p) => p.diagnostics.some((d) => d.code === 'cluster/distributable-missing'));
  const diagnostic = published.diagnostics.find((d) => d.code === 'cluster/distributable-missing')!;
  await client.open(uri, text);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as { title: string; kind: string; edit: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> } }[];
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, 'Insert <distributable/>');
  assert.equal(actions[0].kind, 'quickfix');
  assert.deepEqual(Object.keys(actions[0].edit.changes), [uri]);
  const [edit] = actions[0].edit.changes[uri];
  // Right after the <web-app …> start tag (line 2, 0-based 1), inserting only.
  assert.deepEqual(edit, { range: { start: { line: 1, character: 66 }, end: { line: 1, character: 66 } }, newText: '\n    <distributable/>' });
});
