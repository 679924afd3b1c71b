/** Realistic Tomcat XML for rule tests: a server.xml around a Cluster, a context.xml around a Manager. */

/**
 * The Cluster block of Tomcat's clustering how-to (cluster-howto.html), with the
 * addresses a test needs: the one definition every test and fixture builds on.
 */
export function docsCluster(options: { membershipAddress?: string; receiverAddress?: string; farmDeployer?: boolean } = {}): string {
  return [
    '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">',
    '  <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>',
    '  <Channel className="org.apache.catalina.tribes.group.GroupChannel">',
    `    <Membership className="org.apache.catalina.tribes.membership.McastService" address="${options.membershipAddress ?? '228.0.0.4'}" port="45564" frequency="500" dropTime="3000"/>`,
    `    <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="${options.receiverAddress ?? 'auto'}" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>`,
    '    <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">',
    '      <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>',
    '    </Sender>',
    '    <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>',
    '    <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>',
    '  </Channel>',
    '  <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>',
    '  <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>',
    ...(options.farmDeployer
      ? ['  <Deployer className="org.apache.catalina.ha.deploy.FarmWarDeployer" tempDir="/tmp/war-temp/" deployDir="/tmp/war-deploy/" watchDir="/tmp/war-listen/" watchEnabled="false"/>']
      : []),
    '  <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>',
    '</Cluster>',
  ].join('\n');
}

/** The how-to's block as the docs print it (address="auto", with the FarmWarDeployer). */
export const DOCS_CLUSTER = docsCluster({ farmDeployer: true });

/** A server.xml with `inHost` inside the Host and `inEngine` inside the Engine. */
export function serverXml(options: { inEngine?: string; inHost?: string; engineAttributes?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost"${options.engineAttributes ? ' ' + options.engineAttributes : ''}>
${options.inEngine ?? ''}
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true">
${options.inHost ?? ''}
      </Host>
    </Engine>
  </Service>
</Server>
`;
}

/** A context.xml holding `manager` (an msm Manager, say). */
export function contextXml(manager: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  ${manager}
</Context>
`;
}

/** An msm Manager with these attributes after className. */
export function msmManager(attributes: string): string {
  return `<Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"\n           ${attributes}/>`;
}

/** Empty jar files named as in a node's lib/ (`{'lib/kryo-4.0.2.jar': ''}`). */
export function jars(folder: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [`${folder}/${n}`, '']));
}

export const MSM_CORE_JARS = ['memcached-session-manager-2.3.2.jar', 'memcached-session-manager-tc9-2.3.2.jar', 'spymemcached-2.12.3.jar'];
export const KRYO_JARS = ['msm-kryo-serializer-2.3.2.jar', 'kryo-serializers-0.45.jar', 'kryo-4.0.2.jar', 'minlog-1.3.1.jar', 'reflectasm-1.11.9.jar', 'asm-5.2.jar', 'objenesis-2.6.jar'];
export const JAVOLUTION_JARS = ['msm-javolution-serializer-2.1.1.jar', 'javolution-5.4.3.1.jar'];
