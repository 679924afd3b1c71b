import { jvmRouteMissing } from '../../../../server/src/rules/tomcat/jvmroute-missing';
import { ajpConnector, BARE_HTTP_CONNECTOR, httpdBalancer, nginxConf, nodeAddresses, routedMembers, serverXml, tomcatHosts } from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** A node with one HTTP Connector (or `connector`), jvmRoute `route` when given. */
const server = (route?: string, connector = BARE_HTTP_CONNECTOR): string => serverXml({ jvmRoute: route, connectors: [connector], bareHost: true });
const httpd = (sticky: string): string => httpdBalancer({ name: 'tomcats', members: routedMembers(['tomcat1', 'tomcat2']), proxySet: `stickysession=${sticky}`, proxyPassReverse: true });
const hosts = tomcatHosts(2);

clusterRuleTester(jvmRouteMissing, {
  valid: [
    { name: 'every node has its jvmRoute', files: { 'lb/httpd.conf': httpd('JSESSIONID|jsessionid'), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') }, settings: hosts },
    { name: 'the ROUTEID cookie recipe needs no jvmRoute', files: { 'lb/httpd.conf': httpd('ROUTEID'), 'tomcat1/conf/server.xml': server(), 'tomcat2/conf/server.xml': server() }, settings: hosts },
    { name: 'an ip_hash upstream needs no jvmRoute', files: { 'lb/nginx.conf': nginxConf({ upstreams: [{ name: 't', method: 'ip_hash', servers: nodeAddresses(2) }] }), 'tomcat1/conf/server.xml': server(), 'tomcat2/conf/server.xml': server() }, settings: hosts },
  ],
  invalid: [
    {
      name: 'httpd sticky on JSESSIONID, tomcat2 without jvmRoute: fixed with the member route',
      files: { 'lb/httpd.conf': httpd('JSESSIONID|jsessionid'), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server() },
      settings: hosts,
      findings: [{ file: 'tomcat2/conf/server.xml', at: 'Engine', message: /routes by the session id suffix.*expects route "tomcat2"/, related: ['lb/httpd.conf'], fixed: server().replace('<Engine name', '<Engine jvmRoute="tomcat2" name') }],
    },
    {
      name: 'a mod_jk lb (sticky by default) in front of a node without jvmRoute',
      files: {
        'lb/workers.properties': 'worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=tomcat1\nworker.tomcat1.host=10.0.0.11\nworker.tomcat1.port=8009\n',
        'tomcat1/conf/server.xml': server(undefined, ajpConnector({ redirectPort: false })),
      },
      settings: tomcatHosts(1),
      findings: [{ file: 'tomcat1/conf/server.xml', at: 'Engine', message: /mod_jk lb worker "lb"/ }],
    },
  ],
});
