/**
 * The editing features over the protocol, as any LSP editor gets them:
 * completion (catalogue entries and snippets), hover with markdown, document
 * symbols, go to definition across files, and the snippet catalogue behind
 * the client's "Insert Session Strategy…".
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-editing-'));
const serverXml = `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <
        </Channel>
      </Cluster>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
`;
const nginxMain = `events {}
http {
    include conf.d/*.conf;
    server {
        listen 80;
        location / { proxy_pass http://tomcats; }
    }
}
`;
const upstreamConf = `upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
}
`;
const files: Record<string, string> = {
  'tomcat1/conf/server.xml': serverXml,
  'tomcat1/RELEASE-NOTES': 'Apache Tomcat Version 9.0.83\n',
  'nginx/nginx.conf': nginxMain,
  'nginx/conf.d/upstream.conf': upstreamConf,
};
let client: LspClient;
const uriOf = (rel: string): string => pathToFileURL(path.join(root, rel)).href;
const positionOf = (text: string, needle: string, delta = 0): { line: number; character: number } => {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

before(async () => {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  client = new LspClient({ pull: true, rootUri: pathToFileURL(root).href, configuration: { validation: { delay: 20 } } });
  const init = await client.initialize();
  assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.documentSymbolProvider && init.capabilities.definitionProvider);
  await client.open(uriOf('tomcat1/conf/server.xml'), serverXml);
  await client.open(uriOf('nginx/nginx.conf'), nginxMain, 'nginx');
});

after(async () => {
  await client.shutdown();
});

test('completion after "<" inside <Channel> offers the Channel’s children, not a Manager', async () => {
  const items = (await client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uriOf('tomcat1/conf/server.xml') },
    position: positionOf(serverXml, '          <\n', 11),
  })) as { label: string; kind: number }[];
  const labels = items.map((i) => i.label);
  for (const child of ['Membership', 'Receiver', 'Sender', 'Interceptor']) assert.ok(labels.includes(child), `${child} in ${labels.join(', ')}`);
  assert.ok(!labels.includes('Manager'));
});

test('hover on a className gives markdown with the class’s documentation and a link to the Tomcat 9.0 docs', async () => {
  const result = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: uriOf('tomcat1/conf/server.xml') },
    position: positionOf(serverXml, 'SimpleTcpCluster', 3),
  })) as { contents: { kind: string; value: string }; range: { start: { line: number } } } | null;
  assert.ok(result);
  assert.equal(result.contents.kind, 'markdown');
  assert.match(result.contents.value, /tomcat-9\.0-doc/);
  assert.equal(result.range.start.line, 5);
});

test('document symbols of a half-typed server.xml: the Engine and its Cluster nest under Server and Service', async () => {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf('tomcat1/conf/server.xml') } })) as {
    name: string;
    children?: { name: string; children?: { name: string; children?: { name: string }[] }[] }[];
  }[];
  const service = symbols[0].children?.find((c) => /Service/.test(c.name));
  const engine = service?.children?.find((c) => /Engine/.test(c.name));
  assert.ok(engine, JSON.stringify(symbols));
  const names = engine.children?.map((c) => c.name) ?? [];
  // The document has a bare "<" being typed: the outline shows what parsed up to there.
  assert.ok(names.some((n) => /Cluster|SimpleTcpCluster/.test(n)), names.join(', '));
});

test('go to definition: proxy_pass http://tomcats → the upstream in the included conf.d file', async () => {
  const locations = (await client.connection.sendRequest('textDocument/definition', {
    textDocument: { uri: uriOf('nginx/nginx.conf') },
    position: positionOf(nginxMain, 'tomcats', 2),
  })) as { uri: string; range: { start: { line: number; character: number } } }[];
  assert.equal(locations.length, 1);
  assert.equal(locations[0].uri, uriOf('nginx/conf.d/upstream.conf'));
  assert.deepEqual(locations[0].range.start, { line: 0, character: 9 });
});

test('the snippet catalogue behind "Insert Session Strategy…": every strategy kind, each with a body', async () => {
  const list = (await client.connection.sendRequest('workspace/executeCommand', { command: 'tomcatCluster.server.sessionStrategies', arguments: [] })) as {
    strategy: string;
    body: string;
  }[];
  assert.deepEqual([...new Set(list.map((s) => s.strategy))].sort(), ['persistent-store', 'replication', 'session-server', 'sticky']);
  assert.ok(list.every((s) => s.body.length > 0));
});

test('find references: the upstream → the proxy_pass that names it; document links: include → the included file', async () => {
  await client.open(uriOf('nginx/conf.d/upstream.conf'), upstreamConf, 'nginx');
  const refs = (await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uriOf('nginx/conf.d/upstream.conf') },
    position: positionOf(upstreamConf, 'tomcats', 2),
    context: { includeDeclaration: false },
  })) as { uri: string; range: { start: { line: number; character: number } } }[];
  assert.deepEqual(refs.map((r) => [r.uri, r.range.start]), [[uriOf('nginx/nginx.conf'), positionOf(nginxMain, 'tomcats')]]);
  const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uriOf('nginx/nginx.conf') } })) as { target: string }[];
  // conf.d/*.conf is a glob: no single file to link to.
  assert.deepEqual(links, []);
});
