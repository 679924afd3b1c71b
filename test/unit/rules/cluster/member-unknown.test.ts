import { memberUnknown } from '../../../../server/src/rules/cluster/member-unknown';
import { ajpConnector, hostMap, httpConnector, httpdBalancer, nginxConf, serverXml, tomcatHosts, tomcatNodes, workersProperties } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string | undefined, http = '8080', ajp = '8009'): string =>
  serverXml({ jvmRoute: route, connectors: [httpConnector({ port: http }), ajpConnector({ port: ajp, address: '0.0.0.0' })] });
/** The conf.d file of the nginx in front: upstream tcsrvs (ip_hash) over these servers, and the site proxying to it. */
const upstream = (...servers: string[]): string => nginxConf({ upstreams: [{ name: 'tcsrvs', method: 'ip_hash', servers }], proxy: { serverName: 'shop.example.com' }, confD: true });
const hosts = tomcatHosts(2);
const two = tomcatNodes(2, server);

clusterRuleTester(memberUnknown, {
  valid: [
    {
      name: 'every nginx member is the HTTP Connector of a node',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('10.0.0.11:8080', '10.0.0.12:8080'), ...two },
      settings: hosts,
    },
    {
      name: 'a member on a host where the workspace has no node (10.0.0.20) is not judged',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('10.0.0.11:8080', '10.0.0.12:8080', '10.0.0.20:8080 backup'), ...two },
      settings: hosts,
    },
    {
      name: 'unix: servers are ignored',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('10.0.0.11:8080', 'unix:/run/tomcat2/http.sock'), ...two },
      settings: hosts,
    },
    {
      name: 'httpd ajp:// members without a port go to 8009, and mod_jk workers default to port 8009',
      files: {
        'lb-httpd/conf.d/tomcat-balancer.conf': httpdBalancer({
          members: [
            ['ajp://10.0.0.11', 'tomcat1'],
            ['ajp://10.0.0.12', 'tomcat2'],
          ],
        }),
        'lb-jk/workers.properties': workersProperties({
          workers: [
            { name: 'tomcat1', host: '10.0.0.11' },
            { name: 'tomcat2', host: '10.0.0.12' },
          ],
        }),
        ...two,
      },
      settings: hosts,
    },
    {
      name: 'a member whose host is a name the workspace does not map to a node',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('app1.example.com:8081', 'app2.example.com:8081'), ...two },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'nginx member 10.0.0.12:8081 while tomcat2 listens on 8080 and 8009',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('10.0.0.11:8080', '10.0.0.12:8081'), ...two },
      settings: hosts,
      findings: [
        {
          file: 'lb-nginx/conf.d/tomcat.conf',
          at: '10.0.0.12:8081',
          message: /member 10\.0\.0\.12:8081 of nginx upstream "tcsrvs" is no Connector of the nodes on 10\.0\.0\.12, which listen on 8080 \(tomcat2, HTTP\), 8009 \(tomcat2, AJP\)/,
          related: ['tomcat2/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'nginx member without a port (80) on a node host',
      files: { 'lb-nginx/conf.d/tomcat.conf': upstream('10.0.0.11:8080', '10.0.0.12'), ...two },
      settings: hosts,
      findings: [{ file: 'lb-nginx/conf.d/tomcat.conf', at: '10.0.0.12', message: /member 10\.0\.0\.12:80 of nginx upstream "tcsrvs"/ }],
    },
    {
      name: "an httpd member on the node's host whose Connector port changed (8109 → 8209)",
      files: {
        'lb-httpd/conf.d/tomcat-balancer.conf': httpdBalancer({ members: ['ajp://10.0.0.11:8009', 'ajp://10.0.0.12:8109'], proxySet: 'lbmethod=bybusyness' }),
        'tomcat1/conf/server.xml': server(undefined),
        'tomcat2/conf/server.xml': server(undefined, '8080', '8209'),
      },
      settings: hosts,
      findings: [
        {
          file: 'lb-httpd/conf.d/tomcat-balancer.conf',
          at: 'ajp://10.0.0.12:8109',
          message: /member 10\.0\.0\.12:8109 of httpd balancer "tcsrvs" is no Connector of the nodes on 10\.0\.0\.12, which listen on 8080 \(tomcat2, HTTP\), 8209 \(tomcat2, AJP\)/,
        },
      ],
    },
    {
      name: 'a mod_jk worker on localhost:8019 while the two local instances listen on 8009 and 8109',
      files: {
        'lb-jk/workers.properties': workersProperties({
          workers: [
            { name: 'a', host: 'localhost', port: '8009' },
            { name: 'b', host: 'localhost', port: '8019' },
          ],
          stickySession: 'false',
        }),
        'tomcat1/conf/server.xml': server(undefined),
        'tomcat2/conf/server.xml': server(undefined, '8180', '8109'),
      },
      settings: hostMap({ tomcat1: 'localhost', tomcat2: '127.0.0.1' }),
      findings: [
        {
          file: 'lb-jk/workers.properties',
          at: 'b',
          message: /member localhost:8019 of mod_jk lb worker "loadbalancer" is no Connector of the nodes on localhost, which listen on 8080 \(tomcat1, HTTP\), 8009 \(tomcat1, AJP\), 8180 \(tomcat2, HTTP\), 8109 \(tomcat2, AJP\)/,
        },
      ],
    },
  ],
});

// Regression cases: a member matched by route is still checked for its port; mod_jk workers that take their port from a template.
clusterRuleTester(memberUnknown, {
  valid: [
    {
      name: 'mod_jk workers w1 and w2 take port 8109 from worker.template (reference=): the nodes listen on AJP 8109',
      files: {
        'lb-jk/workers.properties': workersProperties({
          workers: [
            { name: 'w1', host: '10.0.0.11' },
            { name: 'w2', host: '10.0.0.12' },
          ],
          template: { port: '8109' },
        }),
        'tomcat1/conf/server.xml': server('tomcat1', '8080', '8109'),
        'tomcat2/conf/server.xml': server('tomcat2', '8080', '8109'),
      },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'httpd member ajp://10.0.0.11:8010 route=tomcat1 (matched by route) while tomcat1 listens on AJP 8009: on the URL, without its quotes',
      files: {
        'lb-httpd/conf.d/tomcat-balancer.conf': httpdBalancer({ members: [['ajp://10.0.0.11:8010', 'tomcat1']] }),
        'tomcat1/conf/server.xml': server('tomcat1'),
      },
      settings: hostMap({ tomcat1: '10.0.0.11' }),
      findings: [
        {
          file: 'lb-httpd/conf.d/tomcat-balancer.conf',
          at: 'ajp://10.0.0.11:8010',
          message: /member 10\.0\.0\.11:8010 of httpd balancer "tcsrvs" is no Connector of the nodes on 10\.0\.0\.11, which listen on 8080 \(tomcat1, HTTP\), 8009 \(tomcat1, AJP\)/,
          related: ['tomcat1/conf/server.xml', 'tomcat1/conf/server.xml'],
        },
      ],
    },
  ],
});
