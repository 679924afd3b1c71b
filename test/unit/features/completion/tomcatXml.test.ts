import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { TomcatNodes } from '../../../../server/src/model/tomcat/nodes';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';
import { assertOffers, complete, entry, labels, replaced, workspace } from './completionHelpers';

const MCAST = 'org.apache.catalina.tribes.membership.McastService';
const STATIC = 'org.apache.catalina.tribes.membership.StaticMembershipService';

/** A server.xml with `inCluster` inside a SimpleTcpCluster's Channel. */
function inChannel(inside: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          ${inside}
        </Channel>
      </Cluster>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
`;
}

const xml = (text: string, version?: string) => complete('tomcat-xml', text, { filePath: '/ws/tomcat1/conf/server.xml', settings: version ? { tomcatVersion: version } : {} });

test('inside <Channel>: Membership, Receiver, Sender, Interceptor, not Manager', () => {
  const text = inChannel('<|');
  const entries = xml(text);
  assertOffers(entries, ['Membership', 'Receiver', 'Sender', 'Interceptor', 'MembershipListener', 'ChannelListener'], ['Manager', 'Channel', 'Valve', 'Host', 'Transport']);
  assert.equal(entry(entries, 'Membership').kind, 'element');
  assert.match(entry(entries, 'Membership').documentation ?? '', /McastService/);
  assert.match(entry(entries, 'Membership').documentation ?? '', /tomcat-\d+\.\d+-doc\/config\/cluster-membership\.html/);
});

test('inside <Cluster>: Manager, Channel, Valve, Deployer, ClusterListener; inside <Engine>: Cluster, Host, Realm', () => {
  assertOffers(xml(inChannel('').replace('<Channel className', '<|\n        <Channel className')), ['Manager', 'Channel', 'Valve', 'Deployer', 'ClusterListener'], ['Membership', 'Host']);
  assertOffers(xml(inChannel('').replace('<Host name', '<|/>\n      <Host name')), ['Cluster', 'Host', 'Realm', 'Valve', 'Listener'], ['Manager', 'Channel', 'Connector']);
});

test('the root element: Server in a server.xml, Context in a context.xml', () => {
  assert.deepEqual(labels(xml('<|')), ['Server']);
  assert.deepEqual(labels(complete('tomcat-xml', '<?xml version="1.0"?>\n<|', { filePath: '/ws/app/META-INF/context.xml', settings: {} })), ['Context']);
});

test('a Context Manager takes Store and SessionIdGenerator; a Cluster Manager only SessionIdGenerator', () => {
  const context = complete('tomcat-xml', '<Context>\n  <Manager className="org.apache.catalina.session.PersistentManager">\n    <|\n  </Manager>\n</Context>', { filePath: '/ws/app/META-INF/context.xml', settings: {} });
  assertOffers(context, ['Store', 'SessionIdGenerator'], ['Membership']);
  assertOffers(xml(inChannel('').replace('<Channel className', '<Manager><|</Manager>\n        <Channel className')), ['SessionIdGenerator'], ['Store']);
});

test('elements a version does not read are left out: a nested <Member> under <Membership> needs 9.0.11', () => {
  const text = inChannel(`<Membership className="${STATIC}">\n            <|\n          </Membership>`);
  assertOffers(xml(text, '9.0'), [], []);
  assertOffers(xml(text, '9.0.80'), ['Member', 'LocalMember']);
  assertOffers(xml(text, '7.0'), [], ['Member', 'LocalMember']);
  // 9.0 (any 9.0 release) may be before 9.0.11: offered, with the version it needs.
  assert.match(entry(xml(text, '9.0'), 'Member').detail ?? '', /9\.0\.11/);
});

test('attributes of McastService: address, port, frequency; not the ones written already', () => {
  const text = inChannel(`<Membership className="${MCAST}" port="45564" |/>`);
  const entries = xml(text, '9.0');
  assertOffers(entries, ['address', 'frequency', 'dropTime', 'bind'], ['port', 'className', 'mcastAddr']);
  const address = entry(entries, 'address');
  assert.equal(address.kind, 'attribute');
  assert.equal(address.insertText, 'address="$1"');
  assert.equal(address.snippet, true);
  assert.match(address.detail ?? '', /default 228\.0\.0\.4/);
  assert.match(address.documentation ?? '', /Default: `228\.0\.0\.4`/);
  assert.equal(replaced(text, address), '');
});

test('attribute names per version: the 7.0-only mcastAddr on Tomcat 7 (marked deprecated), not on 9.0', () => {
  const text = inChannel(`<Membership className="${MCAST}" |/>`);
  const on7 = entry(xml(text, '7.0'), 'mcastAddr');
  assert.match(on7.detail ?? '', /deprecated/);
  assert.match(on7.documentation ?? '', /Removed in Tomcat 8\.5/);
  assertOffers(xml(text, '9.0'), ['address'], ['mcastAddr']);
  // Unknown version: offered, saying where it exists.
  assert.match(entry(xml(text), 'mcastAddr').detail ?? '', /removed in 8\.5/);
});

test('typing an attribute name replaces the whole name and keeps an existing value', () => {
  const text = inChannel(`<Membership className="${MCAST}" addr|ess="228.0.0.4"/>`);
  const address = entry(xml(text), 'address');
  assert.equal(replaced(text, address), 'address');
  assert.equal(address.insertText, undefined);
});

test('className values of <Membership>: StaticMembershipService on 9.0.80, not on Tomcat 7', () => {
  const text = inChannel('<Membership className="|"/>');
  const on9 = xml(text, '9.0.80');
  assertOffers(on9, [MCAST, STATIC, 'org.apache.catalina.tribes.membership.cloud.CloudMembershipService']);
  assert.equal(entry(on9, MCAST).kind, 'class');
  assert.equal(replaced(text, entry(on9, MCAST)), '');
  assertOffers(xml(text, '7.0'), [MCAST], [STATIC, 'org.apache.catalina.tribes.membership.cloud.CloudMembershipService']);
});

test('className values: removed classes left out, deprecated ones marked (BioReceiver on 9.0, gone in 10.1)', () => {
  const text = inChannel('<Receiver className="org.apache|"/>');
  const bio = 'org.apache.catalina.tribes.transport.bio.BioReceiver';
  assert.match(entry(xml(text, '9.0'), bio).detail ?? '', /deprecated/);
  assertOffers(xml(text, '10.1'), ['org.apache.catalina.tribes.transport.nio.NioReceiver'], [bio]);
  assert.equal(replaced(text, entry(xml(text, '10.1'), 'org.apache.catalina.tribes.transport.nio.NioReceiver')), 'org.apache');
});

test('the version of the node the file belongs to (its settings entry) decides', () => {
  const root = workspace({ 'tomcat1/conf/server.xml': '<Server/>' });
  const nodes = new TomcatNodes(new DiskFileSource(), { settings: { nodes: { tomcat1: { tomcatVersion: '7.0.109' } } }, settingsDir: root });
  const filePath = path.join(root, 'tomcat1/conf/server.xml');
  const entries = complete('tomcat-xml', inChannel('<Membership className="|"/>'), { filePath, nodes, settings: { tomcatVersion: '9.0' } });
  assertOffers(entries, [MCAST], [STATIC]);
});

test('Manager classes: a Context takes msm Managers, a Cluster only the replicating ones', () => {
  const context = complete('tomcat-xml', '<Context>\n  <Manager className="|"/>\n</Context>', { filePath: '/ws/app/META-INF/context.xml', settings: {} });
  assertOffers(context, ['org.apache.catalina.session.StandardManager', 'org.apache.catalina.session.PersistentManager', 'de.javakaffee.web.msm.MemcachedBackupSessionManager']);
  assert.match(entry(context, 'org.apache.catalina.session.StandardManager').detail ?? '', /default/);
  const cluster = xml(inChannel('').replace('<Channel className', '<Manager className="|"/>\n        <Channel className'));
  assertOffers(cluster, ['org.apache.catalina.ha.session.DeltaManager', 'org.apache.catalina.ha.session.BackupManager'], ['de.javakaffee.web.msm.MemcachedBackupSessionManager', 'org.apache.catalina.session.StandardManager']);
});

test('enumerated values: booleans, channelSendOptions names from 9.0 on only', () => {
  const bool = xml(inChannel('').replace('<Channel className', '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="|"/>\n        <Channel className'), '9.0');
  assert.deepEqual(labels(bool), ['true', 'false']);
  assert.equal(entry(bool, 'false').detail, 'default');
  const sendOptions = (v: string) => xml(inChannel('').replace('className="org.apache.catalina.ha.tcp.SimpleTcpCluster"', 'className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="|"'), v);
  assertOffers(sendOptions('9.0'), ['8', 'async', 'use_ack', 'synchronized_ack']);
  assertOffers(sendOptions('8.5'), ['8'], ['async', 'use_ack']);
});

test('channelSendOptions as a list: the item at the cursor is replaced', () => {
  const text = inChannel('').replace('className="org.apache.catalina.ha.tcp.SimpleTcpCluster"', 'className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="use_ack, as|"');
  assert.equal(replaced(text, entry(xml(text, '9.0'), 'async')), 'as');
});

test('msm Manager: its own attributes and values (lockingMode, memcachedProtocol, transcoderFactoryClass)', () => {
  const msm = (attrs: string) => complete('tomcat-xml', `<Context>\n  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" ${attrs}/>\n</Context>`, { filePath: '/ws/app/META-INF/context.xml', settings: {} });
  const names = msm('memcachedNodes="n1:m1:11211" |');
  assertOffers(names, ['sticky', 'lockingMode', 'transcoderFactoryClass', 'memcachedProtocol', 'maxActiveSessions'], ['memcachedNodes', 'className']);
  assert.match(entry(names, 'lockingMode').documentation ?? '', /non-sticky/);
  assert.match(entry(names, 'lockingMode').detail ?? '', /msm 1\.4\.0\+/);
  const locking = msm('lockingMode="|"');
  assertOffers(locking, ['none', 'all', 'auto', 'uriPattern:']);
  assert.equal(entry(locking, 'uriPattern:').insertText, 'uriPattern:${1:regex}');
  assert.equal(entry(locking, 'uriPattern:').snippet, true);
  assert.deepEqual(labels(msm('memcachedProtocol="|"')), ['text', 'binary']);
  const transcoders = msm('transcoderFactoryClass="|"');
  assertOffers(transcoders, ['de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory', 'de.javakaffee.web.msm.JavaSerializationTranscoderFactory']);
  assert.match(entry(transcoders, 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory').documentation ?? '', /kryo/);
});

test('a value without quotes yet gets them', () => {
  const text = inChannel('<Membership className=|/>');
  const e = entry(xml(text, '9.0'), MCAST);
  assert.equal(e.insertText, `"${MCAST}"`);
});

test('half-typed document: no closing tags, an element name being typed', () => {
  const text = `<Server port="8005">
  <Service name="Catalina">
    <Engine name="Catalina" jvmRoute="t1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="${MCAST}"/>
          <Rec|`;
  const entries = xml(text);
  assertOffers(entries, ['Receiver', 'Sender', 'Interceptor'], ['Manager', 'Host']);
  assert.equal(replaced(text, entry(entries, 'Receiver')), 'Rec');
});

test('half-typed document: an attribute value whose quote is not closed, before the next element', () => {
  const text = inChannel(`<Membership className="|
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver"/>`);
  const entries = xml(text, '9.0.80');
  assertOffers(entries, [MCAST, STATIC]);
  assert.equal(replaced(text, entry(entries, MCAST)), '');
});

test('half-typed document: a start tag cut short is taken as the open element', () => {
  const text = `<Server><Service><Engine name="e"><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"\n<Channel className="org.apache.catalina.tribes.group.GroupChannel">\n<Membership className="${MCAST}" |`;
  assertOffers(xml(text), ['address', 'port'], ['className']);
  // Without its className, a Membership (which has no default class) is offered only that.
  assert.deepEqual(labels(xml(text.replace(`className="${MCAST}" `, ''))), ['className']);
  const text2 = `<Server><Service><Engine name="e"><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"\n<|`;
  assertOffers(xml(text2), ['Channel', 'Manager'], ['Host']);
});

test('an end tag closes the innermost open element', () => {
  const text = inChannel('<Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">\n</|');
  const entries = xml(text);
  assert.deepEqual(labels(entries), ['Sender']);
  assert.equal(entries[0].insertText, 'Sender>');
});

test('text between elements: element names with their <', () => {
  const text = inChannel('Memb|');
  const e = entry(xml(text), 'Membership');
  assert.equal(e.insertText, '<Membership');
  assert.equal(replaced(text, e), 'Memb');
});

test('nothing in comments, the DOCTYPE, or an element the catalogue does not describe', () => {
  assert.deepEqual(xml(inChannel('<!-- <| -->')), []);
  assert.deepEqual(xml('<!DOCTYPE Server [ <!ENTITY a "<|"> ]>\n<Server/>'), []);
  assert.deepEqual(xml(inChannel('').replace('<Host name="localhost"', '<Host |name="localhost"')), []);
  // After the DOCTYPE, completion goes on.
  assertOffers(xml('<!DOCTYPE Server [ <!ENTITY a "<x>"> ]>\n<|'), ['Server']);
});
