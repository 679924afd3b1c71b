/**
 * Realistic configs for the cross-file cluster rule tests: a Tomcat node's
 * conf/server.xml (Connectors, the Engine's jvmRoute, a Cluster), an app's
 * WEB-INF/web.xml and context.xml (memcached-session-manager or another
 * Manager), the balancers in front of the nodes (nginx upstreams, httpd
 * mod_proxy_balancer, mod_jk workers.properties) and the settings that map
 * node folders to hosts.
 *
 * Each builder writes the stock layout of its file; its options change only
 * what a test is about. Node n (1-based) is tomcat<n> on 10.0.0.1<n>.
 */
import type { Settings } from '../../server/src/workspace/settings';

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';

/** Every line of `text` (blank ones too) indented by `spaces`. */
function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}

/** ` name="value"`, or nothing when the value is undefined or false. */
function attribute(name: string, value: string | false | undefined): string {
  return value === undefined || value === false ? '' : ` ${name}="${value}"`;
}

/* ---------------------------------------------------------------- nodes and hosts */

/** The host of node n (1-based): 10.0.0.11, 10.0.0.12, … */
export function nodeHost(n: number): string {
  return `10.0.0.${10 + n}`;
}

/** `host:port` of nodes 1 to count: 10.0.0.11:8080, 10.0.0.12:8080, … */
export function nodeAddresses(count: number, port = '8080'): string[] {
  return Array.from({ length: count }, (_, i) => `${nodeHost(i + 1)}:${port}`);
}

/** Settings that map node folders to hosts: `hostMap({ tomcat1: '10.0.0.11' })`. */
export function hostMap(hosts: Record<string, string>): Settings {
  return { nodes: Object.fromEntries(Object.entries(hosts).map(([node, host]) => [node, { host }])) };
}

/** Settings for the nodes tomcat1 to tomcat<count> on 10.0.0.11 onwards. */
export function tomcatHosts(count: number): Settings {
  return hostMap(Object.fromEntries(Array.from({ length: count }, (_, i) => [`tomcat${i + 1}`, nodeHost(i + 1)])));
}

/** The conf/server.xml of the nodes tomcat1 to tomcat<count>, each `server(its folder name)` (the usual jvmRoute). */
export function tomcatNodes(count: number, server: (route: string) => string): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`tomcat${i + 1}/conf/server.xml`, server(`tomcat${i + 1}`)]));
}

/* ---------------------------------------------------------------- server.xml */

export interface HttpConnectorOptions {
  port?: string;
  address?: string;
  /** 20000 unless given; not written when false. */
  connectionTimeout?: string | false;
  /** 8443 unless given; not written when false. */
  redirectPort?: string | false;
}

/** An HTTP/1.1 <Connector>, by default the one of Tomcat's stock server.xml (port 8080). */
export function httpConnector(options: HttpConnectorOptions = {}): string {
  return `<Connector port="${options.port ?? '8080'}" protocol="HTTP/1.1"${attribute('address', options.address)}${attribute('connectionTimeout', options.connectionTimeout ?? '20000')}${attribute('redirectPort', options.redirectPort ?? '8443')}/>`;
}

/** An HTTP/1.1 <Connector> on 8080 with no other attribute. */
export const BARE_HTTP_CONNECTOR = httpConnector({ connectionTimeout: false, redirectPort: false });

export interface AjpConnectorOptions {
  port?: string;
  address?: string;
  /** 8443 unless given; not written when false. */
  redirectPort?: string | false;
}

/** An AJP/1.3 <Connector> (port 8009 unless given) with secretRequired="false". */
export function ajpConnector(options: AjpConnectorOptions = {}): string {
  return `<Connector port="${options.port ?? '8009'}" protocol="AJP/1.3"${attribute('address', options.address)} secretRequired="false"${attribute('redirectPort', options.redirectPort ?? '8443')}/>`;
}

export interface ServerXmlOptions {
  /** The Engine's jvmRoute; not written when undefined (`''` writes `jvmRoute=""`). */
  jvmRoute?: string;
  /** The <Connector> elements; unless given, the stock HTTP Connector and an AJP Connector on every address (for a balancer on another host). */
  connectors?: string[];
  /** A <Cluster> (cluster(), replicationCluster()) in the Engine, before the Host; none when undefined or ''. */
  cluster?: string;
  /** The shutdown port of <Server>; 8005 unless given. */
  shutdownPort?: string;
  /** Class names of <Listener> elements right in <Server>. */
  listeners?: string[];
  /** A <Host> with only name and appBase, without the stock unpackWARs and autoDeploy. */
  bareHost?: boolean;
}

/** A node's conf/server.xml: Server, Service Catalina, the Connectors, Engine Catalina (jvmRoute, Cluster) and Host localhost. */
export function serverXml(options: ServerXmlOptions = {}): string {
  const connectors = options.connectors ?? [httpConnector(), ajpConnector({ address: '0.0.0.0' })];
  return [
    XML_PROLOG,
    `<Server port="${options.shutdownPort ?? '8005'}" shutdown="SHUTDOWN">`,
    ...(options.listeners ?? []).map((className) => `  <Listener className="${className}"/>`),
    '  <Service name="Catalina">',
    ...connectors.map((connector) => indent(connector, 4)),
    `    <Engine name="Catalina" defaultHost="localhost"${attribute('jvmRoute', options.jvmRoute)}>`,
    ...(options.cluster ? [indent(options.cluster, 6)] : []),
    `      <Host name="localhost" appBase="webapps"${options.bareHost ? '' : ' unpackWARs="true" autoDeploy="true"'}/>`,
    '    </Engine>',
    '  </Service>',
    '</Server>',
    '',
  ].join('\n');
}

/* ---------------------------------------------------------------- the Cluster element */

/** The Cluster's DeltaManager as in Tomcat's clustering how-to. */
export const DELTA_MANAGER = '<Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>';

/** A BackupManager <Manager> with these attributes. */
export function backupManager(attributes = 'mapSendOptions="6"'): string {
  return `<Manager className="org.apache.catalina.ha.session.BackupManager" ${attributes}/>`;
}

/** A multicast <Membership> (McastService), frequency 500 and dropTime 3000. */
export function mcastMembership(address = '228.0.0.4', port = '45564'): string {
  return `<Membership className="org.apache.catalina.tribes.membership.McastService" address="${address}" port="${port}" frequency="500" dropTime="3000"/>`;
}

export interface NioReceiverOptions {
  port?: string;
  autoBind?: string;
  selectorTimeout?: string;
  maxThreads?: string;
}

/** An NioReceiver on address="auto" with the attributes given (written in this order: port, autoBind, selectorTimeout, maxThreads). */
export function nioReceiver(options: NioReceiverOptions = {}): string {
  return `<Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto"${attribute('port', options.port)}${attribute('autoBind', options.autoBind)}${attribute('selectorTimeout', options.selectorTimeout)}${attribute('maxThreads', options.maxThreads)}/>`;
}

/** The <Sender> of the clustering how-to: a ReplicationTransmitter with a PooledParallelSender. */
export const REPLICATION_SENDER = `<Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
  <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
</Sender>`;

/** An <Interceptor> of org.apache.catalina.tribes.group.interceptors (`name` is the simple class name), with these attributes and child elements. */
export function interceptor(name: string, attributes = '', children: string[] = []): string {
  const start = `<Interceptor className="org.apache.catalina.tribes.group.interceptors.${name}"${attributes ? ` ${attributes}` : ''}`;
  return children.length === 0 ? `${start}/>` : [`${start}>`, ...children.map((child) => indent(child, 2)), '</Interceptor>'].join('\n');
}

export const REPLICATION_VALVE = '<Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>';
export const JVM_ROUTE_BINDER_VALVE = '<Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>';

export interface ClusterOptions {
  /** channelSendOptions of the <Cluster>; not written unless given. */
  channelSendOptions?: string;
  /** The Cluster's <Manager> (DELTA_MANAGER, backupManager()); none unless given. */
  manager?: string;
  /** The elements in <Channel> (GroupChannel), in order; no <Channel> unless given. */
  channel?: string[];
  /** The <Valve> elements after the Channel. */
  valves?: string[];
  /** A ClusterSessionListener at the end. */
  sessionListener?: boolean;
}

/** A SimpleTcpCluster <Cluster> with these children; an empty `<Cluster …/>` when it has none. */
export function cluster(options: ClusterOptions = {}): string {
  const start = `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"${attribute('channelSendOptions', options.channelSendOptions)}`;
  const children = [
    ...(options.manager ? [options.manager] : []),
    ...(options.channel ? ['<Channel className="org.apache.catalina.tribes.group.GroupChannel">', ...options.channel.map((element) => indent(element, 2)), '</Channel>'] : []),
    ...(options.valves ?? []),
    ...(options.sessionListener ? ['<ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>'] : []),
  ];
  return children.length === 0 ? `${start}/>` : [`${start}>`, ...children.map((child) => indent(child, 2)), '</Cluster>'].join('\n');
}

export interface ReplicationClusterOptions {
  channelSendOptions?: string;
  /** DELTA_MANAGER unless given. */
  manager?: string;
  /** A JvmRouteBinderValve after the ReplicationValve. */
  jvmRouteBinderValve?: boolean;
}

/** A replicating Cluster: its Manager, multicast Membership, an NioReceiver on 4000 (autoBind 100), ReplicationValve and ClusterSessionListener. */
export function replicationCluster(options: ReplicationClusterOptions = {}): string {
  return cluster({
    channelSendOptions: options.channelSendOptions,
    manager: options.manager ?? DELTA_MANAGER,
    channel: [mcastMembership(), nioReceiver({ port: '4000', autoBind: '100' })],
    valves: [REPLICATION_VALVE, ...(options.jvmRouteBinderValve ? [JVM_ROUTE_BINDER_VALVE] : [])],
    sessionListener: true,
  });
}

/* ---------------------------------------------------------------- web.xml and context.xml */

const JAVAEE_WEB_APP = '<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">';
const JAKARTA_WEB_APP = `<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
         version="6.0">`;

export interface WebXmlOptions {
  /** The display-name; shop unless given. */
  app?: string;
  /** A <distributable/> after the display-name. */
  distributable?: boolean;
  /** A <session-config> with this session-timeout. */
  sessionTimeout?: string;
  /** Jakarta EE 6.0 (a start tag over four lines) instead of Java EE 4.0. */
  jakarta?: boolean;
}

/** An app's WEB-INF/web.xml. */
export function webXml(options: WebXmlOptions = {}): string {
  return [
    XML_PROLOG,
    options.jakarta ? JAKARTA_WEB_APP : JAVAEE_WEB_APP,
    `  <display-name>${options.app ?? 'shop'}</display-name>`,
    ...(options.distributable ? ['  <distributable/>'] : []),
    ...(options.sessionTimeout ? ['  <session-config>', `    <session-timeout>${options.sessionTimeout}</session-timeout>`, '  </session-config>'] : []),
    '</web-app>',
    '',
  ].join('\n');
}

/**
 * A context.xml (conf/context.xml, conf/Catalina/localhost/<app>.xml or an
 * app's META-INF/context.xml) holding `content` (a Manager, say), after the
 * stock `<WatchedResource>` unless `watchedResource` is false.
 */
export function contextXml(content?: string, options: { watchedResource?: boolean } = {}): string {
  return [
    XML_PROLOG,
    '<Context>',
    ...(options.watchedResource === false ? [] : ['  <WatchedResource>WEB-INF/web.xml</WatchedResource>']),
    ...(content === undefined ? [] : [indent(content, 2)]),
    '</Context>',
    '',
  ].join('\n');
}

/** msm's requestUriIgnorePattern for static resources. */
export const MSM_STATIC_RESOURCES = '.*\\.(ico|png|gif|jpg|css|js)$';
export const KRYO_TRANSCODER_FACTORY = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';

/** Attributes of a memcached-session-manager Manager, written in the order given. */
export interface MsmAttributes {
  memcachedNodes: string;
  failoverNodes?: string;
  sticky?: string;
  sessionBackupAsync?: string;
  lockingMode?: string;
  requestUriIgnorePattern?: string;
  transcoderFactoryClass?: string;
}

export interface MsmLayout {
  /** One attribute a line under the className, as in the msm setup guide, instead of one line. */
  attributePerLine?: boolean;
}

/** A memcached-session-manager <Manager> (MemcachedBackupSessionManager). */
export function msmManager(attributes: MsmAttributes, layout: MsmLayout = {}): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${value as string}"`);
  return ['<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"', ...written].join(layout.attributePerLine ? '\n         ' : ' ') + '/>';
}

/** A context.xml whose Manager is memcached-session-manager. */
export function msmContext(attributes: MsmAttributes, options: MsmLayout & { watchedResource?: boolean } = {}): string {
  return contextXml(msmManager(attributes, options), options);
}

export interface PersistentManagerOptions {
  /** The Manager's attributes after className. */
  attributes: string;
  /** The simple class name of its Store: FileStore, JDBCStore, DataSourceStore. */
  store: string;
  storeAttributes?: string;
}

/** A PersistentManager <Manager> with its <Store>. */
export function persistentManager(options: PersistentManagerOptions): string {
  return `<Manager className="org.apache.catalina.session.PersistentManager" ${options.attributes}>
  <Store className="org.apache.catalina.session.${options.store}"${options.storeAttributes ? ` ${options.storeAttributes}` : ''}/>
</Manager>`;
}

/* ---------------------------------------------------------------- nginx */

export interface NginxUpstream {
  /** tomcats unless given. */
  name?: string;
  /** The balancing directive before the servers (ip_hash, least_conn, hash $remote_addr consistent…); none (round robin) unless given. */
  method?: string;
  /** One `server` line each: an address and its parameters. */
  servers: string[];
}

export interface NginxConfOptions {
  upstreams: NginxUpstream[];
  /** A server on port 80 (with this server_name, if any) whose location / proxies to the first upstream. */
  proxy?: { serverName?: string };
  /** A conf.d file (nginx.conf includes it in its http block): no `http { }` around, indented by 4, blocks a blank line apart. */
  confD?: boolean;
}

/** An nginx.conf (or conf.d file) with these upstreams. */
export function nginxConf(options: NginxConfOptions): string {
  const unit = options.confD ? '    ' : '  ';
  const blocks = options.upstreams.map((upstream) => [
    `upstream ${upstream.name ?? 'tomcats'} {`,
    ...(upstream.method ? [`${unit}${upstream.method};`] : []),
    ...upstream.servers.map((server) => `${unit}server ${server};`),
    '}',
  ]);
  if (options.proxy) {
    blocks.push([
      'server {',
      `${unit}listen 80;`,
      ...(options.proxy.serverName ? [`${unit}server_name ${options.proxy.serverName};`] : []),
      `${unit}location / {`,
      `${unit}${unit}proxy_pass http://${options.upstreams[0].name ?? 'tomcats'};`,
      `${unit}}`,
      '}',
    ]);
  }
  if (options.confD) return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
  return ['http {', ...blocks.flat().map((line) => unit + line), '}', ''].join('\n');
}

/** Settings for two clusters of two nodes each: a1 and a2 on 10.0.0.11 and 10.0.0.12, b1 and b2 on 10.0.0.13 and 10.0.0.14. */
export const TWO_CLUSTER_HOSTS = hostMap({ a1: nodeHost(1), a2: nodeHost(2), b1: nodeHost(3), b2: nodeHost(4) });

/** An nginx.conf in front of those two clusters: one upstream over a1 and a2, another over b1 and b2 (named a and b unless given), each balancing with `method`. */
export function twoClusterNginx(options: { method?: string; names?: [string, string] } = {}): string {
  const [first, second] = options.names ?? ['a', 'b'];
  return nginxConf({
    upstreams: [
      { name: first, method: options.method, servers: nodeAddresses(2) },
      { name: second, method: options.method, servers: [3, 4].map((n) => `${nodeHost(n)}:8080`) },
    ],
  });
}

/* ---------------------------------------------------------------- httpd */

export interface HttpdBalancerOptions {
  /** tcsrvs unless given. */
  name?: string;
  /** One BalancerMember each: its URL, or its URL and route. */
  members: (string | [url: string, route: string])[];
  /** The ProxySet parameters; stickysession=JSESSIONID|jsessionid unless given, no ProxySet line when ''. */
  proxySet?: string;
  /** The path ProxyPass mounts the balancer on; / unless given. */
  path?: string;
  /** A ProxyPassReverse line after the ProxyPass. */
  proxyPassReverse?: boolean;
}

/** An httpd mod_proxy_balancer: `<Proxy "balancer://…">` with its members and ProxySet, and the ProxyPass to it. */
export function httpdBalancer(options: HttpdBalancerOptions): string {
  const name = options.name ?? 'tcsrvs';
  const path = options.path ?? '/';
  const proxySet = options.proxySet ?? 'stickysession=JSESSIONID|jsessionid';
  return [
    `<Proxy "balancer://${name}">`,
    ...options.members.map((member) => (typeof member === 'string' ? `    BalancerMember "${member}"` : `    BalancerMember "${member[0]}" route=${member[1]}`)),
    ...(proxySet ? [`    ProxySet ${proxySet}`] : []),
    '</Proxy>',
    `ProxyPass "${path}" "balancer://${name}${path}"`,
    ...(options.proxyPassReverse ? [`ProxyPassReverse "${path}" "balancer://${name}${path}"`] : []),
    '',
  ].join('\n');
}

/** Members http://10.0.0.11:8080 with the first route, http://10.0.0.12:8080 with the second, … */
export function routedMembers(routes: string[]): [url: string, route: string][] {
  return routes.map((route, i) => [`http://${nodeHost(i + 1)}:8080`, route]);
}

/* ---------------------------------------------------------------- mod_jk */

export interface AjpWorker {
  name: string;
  host: string;
  /** Not written unless given (mod_jk's default is 8009, or the template's port). */
  port?: string;
  /** Not written unless given (mod_jk's default is the worker name). */
  route?: string;
}

/** The ajp13 workers tomcat1 to tomcat<count>, on 10.0.0.11 onwards, port 8009. */
export function ajpWorkers(count: number): AjpWorker[] {
  return Array.from({ length: count }, (_, i) => ({ name: `tomcat${i + 1}`, host: nodeHost(i + 1), port: '8009' }));
}

export interface WorkersPropertiesOptions {
  workers: AjpWorker[];
  /** The lb worker; loadbalancer unless given. */
  lb?: string;
  /** A status worker, listed after the lb worker. */
  statusWorker?: string;
  /** A worker.template (ajp13 on this port) that every worker references instead of its own type. */
  template?: { port: string; socketConnectTimeout?: string };
  /** worker.<lb>.sticky_session, as the last line; not written (sticky, mod_jk's default) unless given. */
  stickySession?: string;
}

/** A mod_jk workers.properties: its ajp13 workers and an lb worker over all of them. */
export function workersProperties(options: WorkersPropertiesOptions): string {
  const lb = options.lb ?? 'loadbalancer';
  const template = options.template;
  return [
    `worker.list=${lb}${options.statusWorker ? `,${options.statusWorker}` : ''}`,
    ...(template
      ? ['worker.template.type=ajp13', `worker.template.port=${template.port}`, ...(template.socketConnectTimeout ? [`worker.template.socket_connect_timeout=${template.socketConnectTimeout}`] : [])]
      : []),
    ...options.workers.flatMap((w) => [
      template ? `worker.${w.name}.reference=worker.template` : `worker.${w.name}.type=ajp13`,
      `worker.${w.name}.host=${w.host}`,
      ...(w.port ? [`worker.${w.name}.port=${w.port}`] : []),
      ...(w.route ? [`worker.${w.name}.route=${w.route}`] : []),
    ]),
    `worker.${lb}.type=lb`,
    `worker.${lb}.balance_workers=${options.workers.map((w) => w.name).join(',')}`,
    ...(options.statusWorker ? [`worker.${options.statusWorker}.type=status`] : []),
    ...(options.stickySession ? [`worker.${lb}.sticky_session=${options.stickySession}`] : []),
    '',
  ].join('\n');
}
