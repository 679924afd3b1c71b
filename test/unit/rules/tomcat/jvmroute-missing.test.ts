import { jvmRouteMissing } from '../../../../server/src/rules/tomcat/jvmroute-missing';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route?: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost"${route ? ` jvmRoute="${route}"` : ''}>
      <Host name="localhost" appBase="webapps"/>
    </Engine>
  </Service>
</Server>
`;
const httpd = (sticky: string): string => `<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    ProxySet stickysession=${sticky}
</Proxy>
ProxyPass "/" "balancer://tomcats/"
ProxyPassReverse "/" "balancer://tomcats/"
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' } } };

clusterRuleTester(jvmRouteMissing, {
  valid: [
    { name: 'every node has its jvmRoute', files: { 'lb/httpd.conf': httpd('JSESSIONID|jsessionid'), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') }, settings: hosts },
    { name: 'the ROUTEID cookie recipe needs no jvmRoute', files: { 'lb/httpd.conf': httpd('ROUTEID'), 'tomcat1/conf/server.xml': server(), 'tomcat2/conf/server.xml': server() }, settings: hosts },
    { name: 'an ip_hash upstream needs no jvmRoute', files: { 'lb/nginx.conf': 'http {\n  upstream t { ip_hash; server 10.0.0.11:8080; server 10.0.0.12:8080; }\n}\n', 'tomcat1/conf/server.xml': server(), 'tomcat2/conf/server.xml': server() }, settings: hosts },
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
        'tomcat1/conf/server.xml': server().replace('<Connector port="8080" protocol="HTTP/1.1"/>', '<Connector port="8009" protocol="AJP/1.3" secretRequired="false"/>'),
      },
      settings: { nodes: { tomcat1: { host: '10.0.0.11' } } },
      findings: [{ file: 'tomcat1/conf/server.xml', at: 'Engine', message: /mod_jk lb worker "lb"/ }],
    },
  ],
});
