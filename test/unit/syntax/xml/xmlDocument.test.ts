import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseXml, type XmlElement } from '../../../../server/src/syntax/xml/xmlDocument';

const serverXml = `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown='SHUTDOWN'>
  <Service name="Catalina">
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="node1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>
    </Engine>
  </Service>
</Server>
`;

function find(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  if (element.name === name) return element;
  for (const child of element.children) {
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

test('elements carry their offsets and their parents', () => {
  const doc = parseXml(serverXml);
  assert.deepEqual(doc.errors, []);
  assert.equal(doc.root?.name, 'Server');
  const engine = find(doc.root, 'Engine')!;
  assert.equal(serverXml.slice(engine.start, engine.end), serverXml.slice(serverXml.indexOf('<Engine'), serverXml.indexOf('</Engine>') + '</Engine>'.length));
  assert.equal(serverXml.slice(engine.nameStart, engine.nameEnd), 'Engine');
  assert.equal(engine.parent?.name, 'Service');
  assert.equal(engine.parent?.parent?.name, 'Server');
  const cluster = find(doc.root, 'Cluster')!;
  assert.equal(cluster.selfClosing, true);
  assert.equal(serverXml.slice(cluster.start, cluster.end), '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>');
});

test('attribute names and values have exact ranges, whatever the quotes', () => {
  const doc = parseXml(serverXml);
  const [port, shutdown] = doc.root!.attributes;
  assert.equal(serverXml.slice(port.nameStart, port.nameEnd), 'port');
  assert.equal(serverXml.slice(port.valueStart, port.valueEnd), '8005');
  assert.equal(shutdown.value, 'SHUTDOWN');
  assert.equal(serverXml.slice(shutdown.valueStart, shutdown.valueEnd), 'SHUTDOWN');
  const engine = find(doc.root, 'Engine')!;
  const jvmRoute = engine.attributes.find((a) => a.name === 'jvmRoute')!;
  assert.equal(serverXml.slice(jvmRoute.valueStart, jvmRoute.valueEnd), 'node1');
});

test('attributes spread over lines, with spaces around = and a > inside a value', () => {
  const text = '<Valve className="org.apache.catalina.ha.tcp.ReplicationValve"\n       filter = ".*\\.gif|a>b"\n/>';
  const doc = parseXml(text);
  assert.deepEqual(doc.errors, []);
  const filter = doc.root!.attributes[1];
  assert.equal(filter.name, 'filter');
  assert.equal(text.slice(filter.valueStart, filter.valueEnd), '.*\\.gif|a>b');
});

test('offsets are UTF-16 indices, also after a BOM and CJK text', () => {
  const text = '\uFEFF<Server>\n  <!-- 集群中的節點 -->\n  <Service name="節點"/>\n</Server>';
  const doc = parseXml(text);
  assert.deepEqual(doc.errors, []);
  const service = doc.root!.children[0];
  assert.equal(text.slice(service.nameStart, service.nameEnd), 'Service');
  assert.equal(text.slice(service.attributes[0].valueStart, service.attributes[0].valueEnd), '節點');
});

test('entities are never expanded and the DOCTYPE never reaches the parser', () => {
  const text = '<!DOCTYPE s [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Server port="&xxe;">&xxe;</Server>';
  const doc = parseXml(text);
  assert.deepEqual(doc.errors, []);
  assert.equal(doc.root?.attributes[0].value, '&xxe;');
  assert.equal(doc.doctype?.entities[0].name, 'xxe');
});

test('a half-typed document still yields the elements before the error', () => {
  const text = '<Server>\n  <Service name="Catalina">\n    <Engine name="Catalina" jvmRoute="n1">\n      <Clus';
  const doc = parseXml(text);
  assert.equal(doc.errors.length, 1);
});

test('random bytes, a lone <, deep nesting and a 20 MB file give errors or nothing, never an exception', () => {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const bytes = Array.from({ length: 5000 }, () => String.fromCharCode(Math.floor(rand() * 256))).join('');
  for (const text of [bytes, '<', '<<<<', '</', '<a', '<a b="', '<!--', '<![CDATA[', '<?xml', '<!DOCTYPE', '&', '\u0000\u0001']) {
    const doc = parseXml(text);
    for (const e of doc.errors) {
      assert.ok(e.start >= 0 && e.end >= e.start && e.end <= text.length, `error range inside the text for ${JSON.stringify(text.slice(0, 20))}`);
    }
  }
  const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
  assert.deepEqual(parseXml(deep).errors, []);
  const big = '<Server>\n' + '  <Listener className="org.apache.catalina.startup.VersionLoggerListener" note="padding padding padding"/>\n'.repeat(200_000) + '</Server>\n';
  assert.ok(big.length > 20_000_000);
  const doc = parseXml(big);
  assert.deepEqual(doc.errors, []);
  assert.equal(doc.root?.children.length, 200_000);
});
