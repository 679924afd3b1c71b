import { portCollision } from '../../../../server/src/rules/cluster/port-collision';
import { ajpConnector, cluster, hostMap, httpConnector, mcastMembership, nioReceiver, serverXml, tomcatHosts, workersProperties } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

interface Ports {
  shutdown?: string;
  http?: string;
  ajp?: string;
  /** The port and autoBind of the <Receiver>; no Receiver (and no Cluster) when undefined. */
  receiver?: { port: string; autoBind?: string };
  address?: string;
}
const server = (route: string, p: Ports = {}): string =>
  serverXml({
    jvmRoute: route,
    shutdownPort: p.shutdown,
    listeners: ['org.apache.catalina.startup.VersionLoggerListener'],
    connectors: [httpConnector({ port: p.http, address: p.address }), ajpConnector({ port: p.ajp, address: '::' })],
    cluster: p.receiver && cluster({ channel: [mcastMembership(), nioReceiver({ ...p.receiver, selectorTimeout: '5000', maxThreads: '6' })] }),
  });
const oneHost = hostMap({ tomcat1: '10.0.0.11', tomcat2: '10.0.0.11' });

clusterRuleTester(portCollision, {
  valid: [
    {
      name: 'two instances on one host with their own ports; default Receivers (autoBind 100) move by themselves',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { receiver: { port: '4000' } }),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '8105', http: '8180', ajp: '8109', receiver: { port: '4000' } }),
      },
      settings: oneHost,
    },
    {
      name: 'the same ports on two hosts',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { receiver: { port: '4000', autoBind: '0' } }),
        'tomcat2/conf/server.xml': server('tomcat2', { receiver: { port: '4000', autoBind: '0' } }),
      },
      settings: tomcatHosts(2),
    },
    {
      name: 'a disabled shutdown port (-1) on both instances of one host',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { shutdown: '-1' }),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '-1', http: '8180', ajp: '8109' }),
      },
      settings: oneHost,
    },
    {
      name: 'no host known for either node: nothing compared',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
    },
  ],
  invalid: [
    {
      name: 'a server.xml copied to a second instance on the same host: shutdown, HTTP and AJP ports of each',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: oneHost,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '8005', message: /shutdown port 8005 of node tomcat1 is also used on 10\.0\.0\.11 by node tomcat2/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat1/conf/server.xml', at: '8080', message: /Connector port 8080 of node tomcat1 is also used on 10\.0\.0\.11 by node tomcat2/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat1/conf/server.xml', at: '8009', message: /Connector port 8009 of node tomcat1/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: '8005', message: /shutdown port 8005 of node tomcat2 is also used on 10\.0\.0\.11 by node tomcat1/, related: ['tomcat1/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: '8080', message: /Connector port 8080 of node tomcat2/, related: ['tomcat1/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: '8009', message: /Connector port 8009 of node tomcat2/, related: ['tomcat1/conf/server.xml'] },
      ],
    },
    {
      name: 'two Receivers with autoBind="0" on port 4000 of one host',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { receiver: { port: '4000', autoBind: '0' } }),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '8105', http: '8180', ajp: '8109', receiver: { port: '4000', autoBind: '0' } }),
      },
      settings: oneHost,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '4000', message: /Receiver port 4000 of node tomcat1 is also used on 10\.0\.0\.11 by node tomcat2/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: '4000', message: /Receiver port 4000 of node tomcat2/, related: ['tomcat1/conf/server.xml'] },
      ],
    },
    {
      name: 'localhost and 127.0.0.1 are one host: the HTTP port collides',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '8105', ajp: '8109' }),
      },
      settings: hostMap({ tomcat1: 'localhost', tomcat2: '127.0.0.1' }),
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '8080', message: /Connector port 8080 of node tomcat1 is also used on localhost by node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '8080', message: /Connector port 8080 of node tomcat2 is also used on localhost by node tomcat1/ },
      ],
    },
    {
      name: "a vertical cluster behind mod_jk: the hosts come from the workers matched by route, the shutdown port of the copy collides",
      files: {
        'lb/workers.properties': workersProperties({
          workers: [
            { name: 'tomcat1', host: 'localhost', port: '8009' },
            { name: 'tomcat2', host: '127.0.0.1', port: '8109' },
          ],
        }),
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2', { http: '8180', ajp: '8109' }),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '8005', message: /shutdown port 8005 of node tomcat1 is also used on localhost by node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '8005', message: /shutdown port 8005 of node tomcat2 is also used on localhost by node tomcat1/ },
      ],
    },
    {
      name: 'two instances behind an httpd balancer on this machine: hosts from the members matched by route, the AJP port of the copy collides',
      files: {
        'apache2/sites-available/shop.conf': `<VirtualHost *:80>
    ServerName shop.example.com
    <Proxy "balancer://shop">
        BalancerMember "ajp://127.0.0.1:8009" route=tomcat1
        BalancerMember "ajp://localhost:8109" route=tomcat2
        ProxySet stickysession=JSESSIONID|jsessionid
    </Proxy>
    ProxyPass "/" "balancer://shop/"
</VirtualHost>
`,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '8105', http: '8180' }),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '8009', message: /Connector port 8009 of node tomcat1 is also used on localhost by node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '8009', message: /Connector port 8009 of node tomcat2 is also used on localhost by node tomcat1/ },
      ],
    },
    {
      name: "a Connector port of one instance is the other's shutdown port",
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { shutdown: '8105' }),
        'tomcat2/conf/server.xml': server('tomcat2', { shutdown: '8205', http: '8105', ajp: '8109' }),
      },
      settings: oneHost,
      findings: [
        { file: 'tomcat1/conf/server.xml', at: '8105', message: /shutdown port 8105 of node tomcat1 is also used on 10\.0\.0\.11 by node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: '8105', message: /Connector port 8105 of node tomcat2 is also used on 10\.0\.0\.11 by node tomcat1/ },
      ],
    },
  ],
});

// Regression case: Connectors bound to two different addresses of one host share a port number without colliding.
clusterRuleTester(portCollision, {
  valid: [
    {
      name: 'two instances on one host, HTTP Connectors on address 10.0.0.21 and 10.0.0.22, both port 8080',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', { address: '10.0.0.21' }),
        'tomcat2/conf/server.xml': server('tomcat2', { address: '10.0.0.22', shutdown: '8105', ajp: '8109' }),
      },
      settings: oneHost,
    },
  ],
  invalid: [],
});
