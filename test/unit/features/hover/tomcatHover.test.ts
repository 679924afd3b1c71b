import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextXml, DOCS_CLUSTER, serverXml } from '../../../support/tomcatXml';
import { hoverAt, linksOf } from './hoverTester';

const cluster = (marked: string): string => serverXml({ inEngine: marked });
/** DOCS_CLUSTER with `|` put before the first occurrence of `at`. */
const docsClusterAt = (at: string): string => {
  const i = DOCS_CLUSTER.indexOf(at);
  assert.ok(i >= 0, `${at} is in DOCS_CLUSTER`);
  return cluster(DOCS_CLUSTER.slice(0, i) + '|' + DOCS_CLUSTER.slice(i));
};

test('a className value: the class doc, its element and the Tomcat 9.0 documentation link', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('McastService"') });
  assert.equal(h.token, 'org.apache.catalina.tribes.membership.McastService');
  assert.match(h.markdown, /\*\*McastService\*\*/);
  assert.match(h.markdown, /Multicast membership: nodes announce themselves/);
  assert.match(h.markdown, /Element: `<Membership>`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/cluster-membership.html']);
});

test("the documentation link follows the node's Tomcat version", () => {
  const h = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('McastService"'), path: 'conf/server.xml', settings: { tomcatVersion: '8.5' } });
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-8.5-doc/config/cluster-membership.html']);
  const exact = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('McastService"'), path: 'conf/server.xml', files: { 'RELEASE-NOTES': 'Apache Tomcat Version 10.1.20\n' } });
  assert.deepEqual(linksOf(exact.markdown), ['https://tomcat.apache.org/tomcat-10.1-doc/config/cluster-membership.html']);
});

test('expireSessionsOnShutdown on a BackupManager on Tomcat 9: removed in 8.5, and this node does not have it', () => {
  const h = hoverAt({
    language: 'tomcat-xml',
    path: 'conf/context.xml',
    settings: { tomcatVersion: '9.0' },
    text: contextXml('<Manager className="org.apache.catalina.ha.session.BackupManager" |expireSessionsOnShutdown="false"/>'),
  });
  assert.equal(h.token, 'expireSessionsOnShutdown');
  assert.match(h.markdown, /\*\*expireSessionsOnShutdown\*\* · attribute of `BackupManager`/);
  assert.match(h.markdown, /Tomcat: removed in Tomcat 8\.5/);
  assert.match(h.markdown, /Default: `true`/);
  assert.match(h.markdown, /Values: `true` \| `false`/);
  assert.match(h.markdown, /⚠ Tomcat 9\.0 \(this node's version, from the tomcatVersion setting\) does not have `expireSessionsOnShutdown` on `BackupManager`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/cluster-manager.html']);
});

test('without a version the removal is stated but no verdict is given', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: contextXml('<Manager className="org.apache.catalina.ha.session.BackupManager" expireSessions|OnShutdown="false"/>') });
  assert.match(h.markdown, /removed in Tomcat 8\.5/);
  assert.doesNotMatch(h.markdown, /⚠/);
});

test('JvmRouteSessionIDBinderListener: removed in 8.0', () => {
  const text = cluster(`<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
  <ClusterListener className="org.apache.catalina.ha.session.|JvmRouteSessionIDBinderListener"/>
</Cluster>`);
  const h = hoverAt({ language: 'tomcat-xml', text });
  assert.equal(h.token, 'org.apache.catalina.ha.session.JvmRouteSessionIDBinderListener');
  assert.match(h.markdown, /Tomcat: removed in Tomcat 8\.0/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/cluster-listener.html']);
  const on9 = hoverAt({ language: 'tomcat-xml', text, path: 'conf/server.xml', settings: { tomcatVersion: '9.0' } });
  assert.match(on9.markdown, /⚠ Tomcat 9\.0 .*does not have `JvmRouteSessionIDBinderListener`/);
});

test('a class with a replacement says what to use instead', () => {
  const text = cluster(`<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel">
  <Receiver className="org.apache.catalina.tribes.transport.bio.|BioReceiver"/></Channel></Cluster>`);
  const h = hoverAt({ language: 'tomcat-xml', text });
  assert.match(h.markdown, /removed in Tomcat 10\.0; use `NioReceiver` instead/);
});

test('an element name: the catalogue entry, its class and the classes it may take', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('Membership className') });
  assert.equal(h.token, 'Membership');
  assert.match(h.markdown, /\*\*`<Membership>`\*\* · Tomcat `Cluster\/Channel\/Membership`/);
  assert.match(h.markdown, /Membership service that discovers the other cluster nodes/);
  assert.match(h.markdown, /Class: `McastService`/);
  assert.match(h.markdown, /`StaticMembershipService` \(since Tomcat 9\.0\.11\)/);
  assert.match(h.markdown, /className: required/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/cluster-membership.html']);
});

test('an end tag hovers like its start tag', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('Channel>\n  <Valve') });
  assert.equal(h.token, 'Channel');
  assert.match(h.markdown, /The Tribes group communication channel/);
});

test('an element with a default class says so', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: contextXml('<|Manager/>') });
  assert.match(h.markdown, /Class: `StandardManager` \(the default\)/);
  assert.match(h.markdown, /className: optional, default `StandardManager`/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/manager.html']);
});

test('an inherited attribute names the class that declares it', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('notifyListenersOnReplication') });
  assert.equal(h.token, 'notifyListenersOnReplication');
  assert.match(h.markdown, /attribute of `DeltaManager` \(from `ClusterManagerBase`\)/);
});

test('className as an attribute name: the attribute doc where the class declares one, else the class', () => {
  const manager = hoverAt({ language: 'tomcat-xml', text: contextXml('<Manager |className="org.apache.catalina.session.PersistentManager"/>') });
  assert.equal(manager.token, 'className');
  assert.match(manager.markdown, /\*\*className\*\* · attribute of `PersistentManager`\n\nYou must specify org\.apache\.catalina\.session\.PersistentManager/);
  const membership = hoverAt({ language: 'tomcat-xml', text: docsClusterAt('className="org.apache.catalina.tribes.membership') });
  assert.match(membership.markdown, /\*\*McastService\*\* · Tomcat class/);
});

test('a half-typed document still hovers the elements before the break', () => {
  const text = `<?xml version="1.0"?>
<Server port="8005">
  <Service name="Catalina">
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="node1">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" |address="228.0.0.4" port="45564"/>
          <Receiver className="org.apache.catalina.tri`;
  const attribute = hoverAt({ language: 'tomcat-xml', text });
  assert.equal(attribute.token, 'address');
  assert.match(attribute.markdown, /attribute of `McastService`/);
  const element = hoverAt({ language: 'tomcat-xml', text: text.replace('|', '').replace('<Channel', '<|Channel') });
  assert.equal(element.token, 'Channel');
  assert.match(element.markdown, /Tribes group communication channel/);
});

test('an unclosed tag in the middle of a document does not hide the elements around it', () => {
  const text = cluster(`<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
  <Channel className="org.apache.catalina.tribes.group.GroupChannel">
    <Membership className="org.apache.catalina.tribes.membership.McastService" address="
    <Receiver className="org.apache.catalina.tribes.transport.nio.|NioReceiver" port="4000"/>
  </Channel>
</Cluster>`);
  const h = hoverAt({ language: 'tomcat-xml', text });
  assert.equal(h.token, 'org.apache.catalina.tribes.transport.nio.NioReceiver');
  assert.match(h.markdown, /\*\*NioReceiver\*\*/);
});

test('nothing on white space, comments, text, unknown classes and elements the catalogue does not describe', () => {
  const none = (text: string): void => assert.equal(hoverAt({ language: 'tomcat-xml', text }).result, undefined, text);
  none(cluster(`<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"> |  <Channel/></Cluster>`));
  none(cluster(`<!-- <Membership className="org.apache.catalina.tribes.membership.|McastService"/> -->`));
  none(contextXml('<Manager className="org.apache.catalina.session.StandardManager"/>').replace('WEB-INF/web.xml', 'WEB-INF/|web.xml'));
  none(contextXml('<Manager className="com.example.|MyManager"/>'));
  none(serverXml().replace('<Engine', '<|Engine'));
  none(contextXml('<Manager className="org.apache.catalina.session.StandardManager" |nosuchAttribute="1"/>'));
  none('|');
});

test('an msm attribute: its doc, default and the msm wiki', () => {
  const h = hoverAt({
    language: 'tomcat-xml',
    text: contextXml('<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.1:11211" |memcachedProtocol="binary"/>'),
  });
  assert.equal(h.token, 'memcachedProtocol');
  assert.match(h.markdown, /\*\*memcachedProtocol\*\* · memcached-session-manager attribute of `MemcachedBackupSessionManager`/);
  assert.match(h.markdown, /Default: `text`/);
  assert.match(h.markdown, /Values: `text` \| `binary`/);
  assert.match(h.markdown, /msm: since 1\.3/);
  assert.deepEqual(linksOf(h.markdown), ['https://github.com/magro/memcached-session-manager/wiki/SetupAndConfiguration']);
  const value = hoverAt({
    language: 'tomcat-xml',
    text: contextXml('<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedProtocol="bin|ary"/>'),
  });
  assert.equal(value.token, 'binary');
  assert.match(value.markdown, /Values: `text` \| `binary`/);
});

test("an msm Manager's Tomcat attribute comes from ManagerBase, with the Tomcat link", () => {
  const h = hoverAt({ language: 'tomcat-xml', text: contextXml('<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" |maxActiveSessions="10"/>') });
  assert.match(h.markdown, /attribute of `MemcachedBackupSessionManager` \(from `ManagerBase`\)/);
  assert.deepEqual(linksOf(h.markdown), ['https://tomcat.apache.org/tomcat-9.0-doc/config/manager.html']);
});

const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';
const kryoManager = (cursorInValue: string): string =>
  contextXml(`<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:10.0.0.1:11211" transcoderFactoryClass="${cursorInValue}"/>`);

test('a kryo transcoder with only some jars: ✓ or ✗ per jar', () => {
  const h = hoverAt({
    language: 'tomcat-xml',
    path: 'conf/context.xml',
    text: kryoManager(KRYO.replace('KryoTranscoderFactory', '|KryoTranscoderFactory')),
    files: {
      'lib/memcached-session-manager-2.3.2.jar': '',
      'lib/memcached-session-manager-tc9-2.3.2.jar': '',
      'lib/spymemcached-2.12.3.jar': '',
      'lib/msm-kryo-serializer-2.3.2.jar': '',
      'lib/kryo-4.0.2.jar': '',
      'lib/minlog-1.3.1.jar': '',
    },
  });
  assert.equal(h.token, KRYO);
  assert.match(h.markdown, /\*\*KryoTranscoderFactory\*\* · the `kryo` serializer/);
  assert.match(h.markdown, /looked for in `lib`/);
  assert.match(h.markdown, /- ✓ `msm-kryo-serializer`: `msm-kryo-serializer-2\.3\.2\.jar` in `lib`/);
  assert.match(h.markdown, /- ✓ `kryo`: `kryo-4\.0\.2\.jar` in `lib`/);
  assert.match(h.markdown, /- ✓ `minlog`: `minlog-1\.3\.1\.jar` in `lib`/);
  assert.match(h.markdown, /- ✗ `kryo-serializers`: missing/);
  assert.match(h.markdown, /- ✗ `reflectasm`: missing/);
  assert.match(h.markdown, /- ✗ `asm`: missing/);
  // msm 2.3.2 needs objenesis (from 1.9.0).
  assert.match(h.markdown, /- ✗ `objenesis`: missing, needed from msm 1\.9\.0/);
  assert.equal((h.markdown.match(/- ✓/g) ?? []).length, 3);
  assert.equal((h.markdown.match(/- ✗/g) ?? []).length, 4);
  assert.deepEqual(linksOf(h.markdown), ['https://github.com/magro/memcached-session-manager/wiki/SetupAndConfiguration']);
});

test("serializer jars count in the app's WEB-INF/lib; an artifact a later msm needs is not asked of an older one", () => {
  const h = hoverAt({
    language: 'tomcat-xml',
    path: 'webapps/shop/META-INF/context.xml',
    text: kryoManager(`|${KRYO}`),
    files: {
      'lib/memcached-session-manager-1.8.3.jar': '',
      'webapps/shop/WEB-INF/lib/msm-kryo-serializer-1.8.3.jar': '',
      'webapps/shop/WEB-INF/lib/kryo-serializers-0.11.jar': '',
      'webapps/shop/WEB-INF/lib/kryo-1.04.jar': '',
      'webapps/shop/WEB-INF/lib/minlog-1.2.jar': '',
      'webapps/shop/WEB-INF/lib/reflectasm-1.01.jar': '',
      'webapps/shop/WEB-INF/lib/asm-3.2.jar': '',
    },
  });
  assert.match(h.markdown, /looked for in `lib` and `webapps\/shop\/WEB-INF\/lib`/);
  assert.match(h.markdown, /- ✓ `kryo`: `kryo-1\.04\.jar` in `webapps\/shop\/WEB-INF\/lib`/);
  assert.match(h.markdown, /- ○ `objenesis`: not needed by msm 1\.8\.3/);
  assert.doesNotMatch(h.markdown, /✗/);
});

test('a transcoder in no node says the jars cannot be checked', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: kryoManager(`|${KRYO}`) });
  assert.match(h.markdown, /Jars it needs: `msm-kryo-serializer`, `kryo-serializers`/);
  assert.match(h.markdown, /No library folder of this file is known/);
  assert.doesNotMatch(h.markdown, /✓|✗/);
});

test('the java serializer needs no jar', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: kryoManager('|de.javakaffee.web.msm.JavaSerializationTranscoderFactory') });
  assert.match(h.markdown, /Java serialization, built into the msm core jar/);
  assert.match(h.markdown, /It needs no jar besides msm itself/);
});

test("an msm Manager class: the jars msm needs in Tomcat's lib, the tcN one from the node's version", () => {
  const h = hoverAt({
    language: 'tomcat-xml',
    path: 'conf/context.xml',
    settings: { tomcatVersion: '9.0' },
    text: contextXml('<Manager className="de.javakaffee.web.msm.|MemcachedBackupSessionManager" memcachedNodes="redis://r1:6379"/>'),
    files: { 'lib/memcached-session-manager-2.3.2.jar': '', 'lib/spymemcached-2.12.3.jar': '' },
  });
  assert.equal(h.token, 'de.javakaffee.web.msm.MemcachedBackupSessionManager');
  assert.match(h.markdown, /keeps sessions in memcached/);
  assert.match(h.markdown, /- ✓ `memcached-session-manager`: `memcached-session-manager-2\.3\.2\.jar` in `lib`/);
  assert.match(h.markdown, /- ✗ `memcached-session-manager-tc9`: missing/);
  assert.match(h.markdown, /- ✗ `jedis`: missing/);
});

test('an msm Manager element shows the element and the msm class', () => {
  const h = hoverAt({ language: 'tomcat-xml', text: contextXml('<|Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:h:11211"/>') });
  assert.match(h.markdown, /The session manager of a web application/);
  assert.match(h.markdown, /`MemcachedBackupSessionManager`: memcached-session-manager: keeps sessions/);
});
