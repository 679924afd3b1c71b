/**
 * What the cluster needs to know of one Tomcat node: its Engine jvmRoute, its
 * ports, its <Cluster> (Membership, Receiver, channel settings), and for each
 * app the Manager that keeps its sessions (which file sets it, and whether
 * web.xml says <distributable/>).
 */
import * as path from 'node:path';
import strategies from '../../../../schemas/cluster/session-strategies.json';
import type { XmlAttribute, XmlDocument, XmlElement } from '../../syntax/xml/xmlDocument';
import { XML_TREES } from '../../syntax/xml/xmlTrees';
import { attribute, attributeValue, childElements, descendants } from '../../syntax/xml/xmlQuery';
import type { FileSource } from '../../workspace/fileSource';
import { msmManagerOf, type MsmManager } from '../msm/msmManager';
import type { TomcatNode } from '../tomcat/node';
import type { Place, Placed } from './place';

export type SessionStrategy = 'replication' | 'session-server' | 'shared-store' | 'local';

export const STRATEGY_LABELS: Record<SessionStrategy, string> = {
  replication: 'session replication',
  'session-server': 'memcached-session-manager',
  'shared-store': 'PersistentManager with a shared store',
  local: 'local memory',
};

const MANAGER_STRATEGIES = strategies.managers as Record<string, SessionStrategy | 'store'>;
const STORE_STRATEGIES = strategies.stores as Record<string, SessionStrategy>;

const DEFAULT_MULTICAST = { address: '228.0.0.4', port: '45564' };
const DEFAULT_RECEIVER = { port: 4000, autoBind: 100 };
const MCAST_SERVICE = 'org.apache.catalina.tribes.membership.McastService';
const DELTA_MANAGER = 'org.apache.catalina.ha.session.DeltaManager';
const STANDARD_MANAGER = 'org.apache.catalina.session.StandardManager';
const ENCRYPT_INTERCEPTOR = 'org.apache.catalina.tribes.group.interceptors.EncryptInterceptor';
const DOMAIN_FILTER_INTERCEPTOR = 'org.apache.catalina.tribes.group.interceptors.DomainFilterInterceptor';

/** SimpleTcpCluster.setChannelSendOptions(String) accepts these names besides the number. */
const SEND_OPTION_FLAGS: Record<string, number> = {
  asynchronous: 8, async: 8, byte_message: 1, byte: 1, multicast: 64, secure: 16, synchronized_ack: 4, sync: 4, udp: 32, use_ack: 2,
};

export interface ManagerRef {
  className: string;
  strategy: SessionStrategy;
  /** The Manager element (its name), or undefined for a default nobody wrote. */
  place?: Place;
  msm?: MsmManager & { path: string };
}

export interface ClusterApp {
  name: string;
  webXmlPath?: string;
  /** Undefined when the app has no web.xml. */
  distributable?: boolean;
  /** The `web-app` name of the root element, where a missing <distributable/> is reported. */
  webAppPlace?: Place;
  /** Offset after the `<web-app …>` start tag, where <distributable/> goes. */
  insertDistributableAt?: number;
  /** The Manager that keeps the app's sessions, and the file that sets it. */
  manager: ManagerRef;
  /** Set when the app's Manager comes from a context file although the node's Cluster replicates. */
  overridesCluster?: boolean;
  /** The Cluster's Manager the app would get, had its web.xml said <distributable/> (it gets a StandardManager). */
  notDistributedBy?: ManagerRef;
}

export interface Membership {
  kind: 'multicast' | 'static' | 'other';
  address: Placed<string>;
  port: Placed<string>;
  /** The Membership element, or the Cluster when the Membership is implicit. */
  place: Place;
}

export interface StaticMember {
  host: string;
  port: string;
  place: Place;
}

export interface NodeCluster {
  place: Place;
  className: string;
  /** The Cluster's Manager template (DeltaManager when the Cluster has none). */
  manager: ManagerRef;
  membership: Membership;
  receiver: { port: Placed<number>; autoBind: number; address?: string };
  /** Normalised flags (number), and the raw attribute. */
  channelSendOptions: Placed<number | string>;
  encryption?: { key?: string; algorithm?: string; place: Place };
  domain?: Placed<string>;
  staticMembers: StaticMember[];
}

export interface Port {
  port: number;
  kind: 'Connector' | 'shutdown' | 'Receiver';
  protocol?: 'http' | 'ajp';
  address?: string;
  place: Place;
}

export interface ClusterNode {
  node: TomcatNode;
  key: string;
  serverXmlPath?: string;
  jvmRoute?: Placed<string>;
  /** The Engine element, where a node-level finding without a better place goes. */
  enginePlace?: Place;
  connectors: Port[];
  shutdownPort?: Port;
  cluster?: NodeCluster;
  apps: ClusterApp[];
  /** Every msm Manager of the node's apps, with the file it is in. */
  msmManagers: (MsmManager & { path: string; app: string })[];
  /** conf/context.xml's Manager, which every app gets unless its own context sets one. */
  defaultManager?: ManagerRef & { path: string };
}

/** A parsed XML file of the workspace, read once per model build. */
export type XmlFiles = (filePath: string) => XmlDocument | undefined;

export function xmlFileCache(files: FileSource): XmlFiles {
  const cache = new Map<string, XmlDocument | undefined>();
  return (filePath) => {
    if (!cache.has(filePath)) {
      const text = files.readText(filePath);
      cache.set(filePath, text === undefined ? undefined : XML_TREES.tree(filePath, text));
    }
    return cache.get(filePath);
  };
}

export function clusterNodeOf(node: TomcatNode, xml: XmlFiles): ClusterNode {
  const serverPath = node.serverXmlPath;
  const server = node.server;
  const at = (start: number, end: number): Place => ({ path: serverPath!, start, end });
  const engine = node.engine;
  const jvmRouteAttr = engine ? attribute(engine, 'jvmRoute') : undefined;
  const result: ClusterNode = {
    node,
    key: node.key,
    serverXmlPath: serverPath,
    jvmRoute: jvmRouteAttr && jvmRouteAttr.value.trim() !== '' ? { value: jvmRouteAttr.value.trim(), place: valuePlace(serverPath!, jvmRouteAttr) } : undefined,
    enginePlace: engine ? at(engine.nameStart, engine.nameEnd) : undefined,
    connectors: [],
    apps: [],
    msmManagers: [],
  };
  if (server?.root && serverPath) {
    const portAttr = attribute(server.root, 'port');
    const shutdown = portAttr ? Number(portAttr.value.trim()) : 8005;
    if (server.root.name === 'Server' && Number.isInteger(shutdown) && shutdown > 0) {
      result.shutdownPort = { port: shutdown, kind: 'shutdown', place: portAttr ? valuePlace(serverPath, portAttr) : at(server.root.nameStart, server.root.nameEnd) };
    }
    for (const connector of descendants(server, 'Connector')) {
      const p = attribute(connector, 'port');
      const port = Number(p?.value.trim() ?? '8080');
      if (!Number.isInteger(port) || port <= 0) continue;
      const protocol = /ajp/i.test(attributeValue(connector, 'protocol') ?? '') ? 'ajp' : 'http';
      const address = attributeValue(connector, 'address')?.trim();
      result.connectors.push({ port, kind: 'Connector', protocol, address, place: p ? valuePlace(serverPath, p) : at(connector.nameStart, connector.nameEnd) });
    }
    const clusterElement = descendants(server, 'Cluster')[0];
    if (clusterElement) result.cluster = nodeCluster(serverPath, clusterElement);
  }
  result.defaultManager = defaultManager(node, xml);
  const serverContexts = serverXmlContexts(node);
  const names = new Set([...node.apps.keys(), ...serverContexts.keys()]);
  for (const name of names) result.apps.push(clusterApp(node, name, result, xml, serverContexts.get(name)));
  // No app in the workspace: conf/context.xml's msm Manager still says what every app of the node gets.
  if (names.size === 0 && result.defaultManager?.msm) result.msmManagers.push({ ...result.defaultManager.msm, app: 'every app' });
  return result;
}

/** The <Context> elements of server.xml's Hosts, by app name (path "/shop" → shop, "" → ROOT). */
function serverXmlContexts(node: TomcatNode): Map<string, XmlElement> {
  const contexts = new Map<string, XmlElement>();
  if (!node.server) return contexts;
  for (const context of descendants(node.server, 'Context')) {
    if (context.parent?.name !== 'Host') continue;
    const contextPath = attributeValue(context, 'path')?.trim() ?? '';
    const name = contextPath.replace(/^\//, '').replace(/\//g, '#') || 'ROOT';
    contexts.set(name, context);
  }
  return contexts;
}

function nodeCluster(serverPath: string, cluster: XmlElement): NodeCluster {
  const at = (e: XmlElement): Place => ({ path: serverPath, start: e.nameStart, end: e.nameEnd });
  const managerElement = childElements(cluster, 'Manager')[0];
  const managerClass = (managerElement && attributeValue(managerElement, 'className')?.trim()) || DELTA_MANAGER;
  const channel = childElements(cluster, 'Channel')[0];
  const membershipElement = channel ? childElements(channel, 'Membership')[0] : undefined;
  const membershipClass = (membershipElement && attributeValue(membershipElement, 'className')?.trim()) || MCAST_SERVICE;
  const placed = (e: XmlElement | undefined, name: string, fallback: string): Placed<string> => {
    const a = e ? attribute(e, name) : undefined;
    return a ? { value: a.value.trim(), place: valuePlace(serverPath, a) } : { value: fallback };
  };
  const membership: Membership = {
    kind: membershipClass === MCAST_SERVICE ? 'multicast' : /Static/.test(membershipClass) ? 'static' : 'other',
    address: placed(membershipElement, 'address', DEFAULT_MULTICAST.address),
    port: placed(membershipElement, 'port', DEFAULT_MULTICAST.port),
    place: at(membershipElement ?? cluster),
  };
  const receiverElement = channel ? childElements(channel, 'Receiver')[0] : undefined;
  const receiverPort = receiverElement ? attribute(receiverElement, 'port') : undefined;
  const autoBind = Number(receiverElement ? attributeValue(receiverElement, 'autoBind') ?? DEFAULT_RECEIVER.autoBind : DEFAULT_RECEIVER.autoBind);
  const interceptors = channel ? childElements(channel, 'Interceptor') : [];
  const encrypt = interceptors.find((i) => attributeValue(i, 'className')?.trim() === ENCRYPT_INTERCEPTOR);
  const domainFilter = interceptors.find((i) => attributeValue(i, 'className')?.trim() === DOMAIN_FILTER_INTERCEPTOR);
  const sendOptions = attribute(cluster, 'channelSendOptions');
  const staticMembers: StaticMember[] = [];
  for (const member of channel ? descendants(channel, 'Member') : []) {
    const host = attributeValue(member, 'host')?.trim();
    const port = attributeValue(member, 'port')?.trim();
    if (host && port) staticMembers.push({ host, port, place: at(member) });
  }
  return {
    place: at(cluster),
    className: attributeValue(cluster, 'className')?.trim() ?? '',
    manager: { className: managerClass, strategy: strategyOf(managerClass, managerElement), place: managerElement ? at(managerElement) : undefined },
    membership,
    receiver: {
      port: receiverPort ? { value: Number(receiverPort.value.trim()), place: valuePlace(serverPath, receiverPort) } : { value: DEFAULT_RECEIVER.port, place: receiverElement ? at(receiverElement) : undefined },
      autoBind: Number.isFinite(autoBind) ? autoBind : DEFAULT_RECEIVER.autoBind,
      address: receiverElement ? attributeValue(receiverElement, 'address')?.trim() : undefined,
    },
    channelSendOptions: sendOptions ? { value: sendOptionFlags(sendOptions.value), place: valuePlace(serverPath, sendOptions) } : { value: 8 },
    encryption: encrypt
      ? // The default algorithm changed (AES/GCM/NoPadding from 9.0.121, 10.1.58, 11.0.25), so an unwritten one is compared as unwritten.
        { key: attributeValue(encrypt, 'encryptionKey')?.trim(), algorithm: attributeValue(encrypt, 'encryptionAlgorithm')?.trim() ?? 'the default algorithm', place: at(encrypt) }
      : undefined,
    domain: domainFilter ? placed(domainFilter, 'domain', '') : undefined,
    staticMembers,
  };
}

/** The channelSendOptions flags: a number, or names joined by commas ("async,secure"). */
export function sendOptionFlags(raw: string): number | string {
  const text = raw.trim().toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  let flags = 0;
  for (const name of text.split(/\s*,\s*/)) {
    const flag = SEND_OPTION_FLAGS[name];
    if (flag === undefined) return raw.trim();
    flags |= flag;
  }
  return flags;
}

function strategyOf(className: string, element: XmlElement | undefined): SessionStrategy {
  const strategy = MANAGER_STRATEGIES[className];
  if (strategy === 'store') {
    const store = element ? childElements(element, 'Store')[0] : undefined;
    const storeClass = store ? attributeValue(store, 'className')?.trim() : undefined;
    const shared = (storeClass && STORE_STRATEGIES[storeClass]) || 'local';
    // With maxIdleBackup at its default (-1) a live session is never written, so no other node can load it.
    const backup = Number(attributeValue(element!, 'maxIdleBackup') ?? '-1');
    return shared === 'shared-store' && !(backup >= 0) ? 'local' : shared;
  }
  // An unknown Manager class is someone's own: say nothing about where its sessions live.
  return strategy ?? 'shared-store';
}

function managerIn(doc: XmlDocument | XmlElement | undefined, filePath: string): ManagerRef | undefined {
  const context = doc && 'roots' in doc ? (doc.root?.name === 'Context' ? doc.root : undefined) : doc;
  const element = context ? childElements(context, 'Manager')[0] : undefined;
  if (!element) return undefined;
  const className = attributeValue(element, 'className')?.trim() || STANDARD_MANAGER;
  const msm = msmManagerOf(element);
  return {
    className,
    strategy: strategyOf(className, element),
    place: { path: filePath, start: element.nameStart, end: element.nameEnd },
    msm: msm && { ...msm, path: filePath },
  };
}

function defaultManager(node: TomcatNode, xml: XmlFiles): (ManagerRef & { path: string }) | undefined {
  const file = path.join(node.base, 'conf', 'context.xml');
  const manager = managerIn(xml(file), file);
  return manager && { ...manager, path: file };
}

function clusterApp(node: TomcatNode, name: string, clusterNode: ClusterNode, xml: XmlFiles, serverContext: XmlElement | undefined): ClusterApp {
  const app = node.apps.get(name) ?? { name };
  // A <Context> in server.xml, then conf/<engine>/<host>/<app>.xml, then the app's META-INF/context.xml; any wins over conf/context.xml.
  const contextFile = app.confContextPath ?? app.metaInfContextPath;
  const own =
    (serverContext && node.serverXmlPath ? managerIn(serverContext, node.serverXmlPath) : undefined) ??
    (contextFile ? managerIn(xml(contextFile), contextFile) : undefined);
  const cluster = clusterNode.cluster;
  let manager: ManagerRef;
  let overridesCluster = false;
  if (own ?? clusterNode.defaultManager) {
    manager = (own ?? clusterNode.defaultManager)!;
    overridesCluster = cluster !== undefined && cluster.manager.strategy === 'replication';
  } else if (cluster) {
    manager = cluster.manager;
  } else {
    manager = { className: STANDARD_MANAGER, strategy: 'local' };
  }
  if (manager.msm) clusterNode.msmManagers.push({ ...manager.msm, app: name });
  const result: ClusterApp = { name, manager, overridesCluster, webXmlPath: app.webXmlPath };
  const web = app.webXmlPath ? xml(app.webXmlPath) : undefined;
  if (web?.root && web.errors.length === 0 && app.webXmlPath) {
    result.distributable = childElements(web.root, 'distributable').length > 0;
    result.webAppPlace = { path: app.webXmlPath, start: web.root.nameStart, end: web.root.nameEnd };
    result.insertDistributableAt = web.root.selfClosing ? undefined : web.root.startTagEnd;
  }
  // Tomcat gives the Cluster's Manager only to distributable apps; the others get a StandardManager.
  if (cluster && manager === cluster.manager && result.distributable === false) {
    result.notDistributedBy = cluster.manager;
    result.manager = { className: STANDARD_MANAGER, strategy: 'local' };
  }
  return result;
}

function valuePlace(filePath: string, a: XmlAttribute): Place {
  return { path: filePath, start: a.valueStart, end: a.valueEnd };
}
