import { msmNodesDiffer } from '../../../../server/src/rules/cluster/msm-nodes-differ';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
    <Connector port="8009" protocol="AJP/1.3" address="0.0.0.0" secretRequired="false" redirectPort="8443"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;
const msm = (nodes: string, extra = 'sticky="false" sessionBackupAsync="false" lockingMode="auto"'): string => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager"
           memcachedNodes="${nodes}"
           ${extra}
           transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory"/>
</Context>
`;
const webXml = `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>cart</display-name>
</web-app>
`;
const NODES = 'n1:10.0.0.11:11211,n2:10.0.0.12:11211';

const nginx = `http {
  upstream tomcats {
    least_conn;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080;
  }
}
`;
const httpd = `<Proxy "balancer://tcsrvs">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/" "balancer://tcsrvs/"
`;
const workers = `worker.list=loadbalancer
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=tomcat1,tomcat2
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } };
const nodes = (n: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`tomcat${i + 1}/conf/server.xml`, server(`tomcat${i + 1}`)]));

clusterRuleTester(msmNodesDiffer, {
  valid: [
    {
      name: 'three nodes behind nginx, the same memcachedNodes',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm(NODES),
      },
      settings: hosts,
    },
    {
      name: 'the same set in another order, separated by a space',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n2:10.0.0.12:11211 n1:10.0.0.11:11211'),
      },
      settings: hosts,
    },
    {
      name: 'failoverNodes differ per node (as they should), memcachedNodes do not',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES, 'failoverNodes="n1"'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES, 'failoverNodes="n2"'),
      },
      settings: hosts,
    },
    {
      name: 'two apps with their own memcached pools',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat1/webapps/shop/META-INF/context.xml': msm('s1:10.0.0.21:11211,s2:10.0.0.22:11211'),
        'tomcat2/webapps/shop/META-INF/context.xml': msm('s1:10.0.0.21:11211,s2:10.0.0.22:11211'),
      },
      settings: hosts,
    },
    {
      name: 'two upstreams, two pools: nodes behind different balancers are not compared',
      files: {
        'lb/nginx.conf': `http {\n  upstream a { server 10.0.0.11:8080; server 10.0.0.12:8080; }\n  upstream b { server 10.0.0.13:8080; server 10.0.0.14:8080; }\n}\n`,
        'a1/conf/server.xml': server('a1'),
        'a2/conf/server.xml': server('a2'),
        'b1/conf/server.xml': server('b1'),
        'b2/conf/server.xml': server('b2'),
        'a1/webapps/cart/META-INF/context.xml': msm(NODES),
        'a2/webapps/cart/META-INF/context.xml': msm(NODES),
        'b1/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.13:11211,n2:10.0.0.14:11211'),
        'b2/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.13:11211,n2:10.0.0.14:11211'),
      },
      settings: { nodes: { a1: { host: '10.0.0.11' }, a2: { host: '10.0.0.12' }, b1: { host: '10.0.0.13' }, b2: { host: '10.0.0.14' } } },
    },
  ],
  invalid: [
    {
      name: 'tomcat3 names another host for n2: on its memcachedNodes, related the two others',
      files: {
        'lb/nginx.conf': nginx,
        ...nodes(3),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat2/webapps/cart/META-INF/context.xml': msm(NODES),
        'tomcat3/webapps/cart/META-INF/context.xml': msm('n1:10.0.0.11:11211,n2:10.0.0.13:11211'),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat3/webapps/cart/META-INF/context.xml',
          at: 'n1:10.0.0.11:11211,n2:10.0.0.13:11211',
          message: /memcachedNodes of cart on node tomcat3 differ from those of the other nodes: msm puts the memcached node id into the session id/,
          related: ['tomcat1/webapps/cart/META-INF/context.xml', 'tomcat2/webapps/cart/META-INF/context.xml'],
        },
      ],
    },
    {
      name: 'one against one behind httpd with other node ids (m1, m2 vs n1, n2): both told',
      files: {
        'lb/httpd.conf': httpd,
        ...nodes(2),
        'tomcat1/webapps/cart/META-INF/context.xml': msm(NODES, 'failoverNodes="n1"'),
        'tomcat2/webapps/cart/META-INF/context.xml': msm('m1:10.0.0.11:11211,m2:10.0.0.12:11211', 'failoverNodes="m2"'),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/webapps/cart/META-INF/context.xml', at: NODES, message: /memcachedNodes of cart on node tomcat1 differ from node tomcat2/, related: ['tomcat2/webapps/cart/META-INF/context.xml'] },
        {
          file: 'tomcat2/webapps/cart/META-INF/context.xml',
          at: 'm1:10.0.0.11:11211,m2:10.0.0.12:11211',
          message: /memcachedNodes of cart on node tomcat2 differ from node tomcat1/,
          related: ['tomcat1/webapps/cart/META-INF/context.xml'],
        },
      ],
    },
    {
      name: 'mod_jk nodes, the app context in conf/Catalina/localhost/cart.xml, one memcached missing on tomcat2',
      files: {
        'lb/workers.properties': workers,
        ...nodes(2),
        'tomcat1/webapps/cart/WEB-INF/web.xml': webXml,
        'tomcat2/webapps/cart/WEB-INF/web.xml': webXml,
        'tomcat1/conf/Catalina/localhost/cart.xml': msm(`${NODES},n3:10.0.0.13:11211`),
        'tomcat2/conf/Catalina/localhost/cart.xml': msm(NODES),
      },
      settings: hosts,
      findings: [
        { file: 'tomcat1/conf/Catalina/localhost/cart.xml', at: `${NODES},n3:10.0.0.13:11211`, message: /cart on node tomcat1/ },
        { file: 'tomcat2/conf/Catalina/localhost/cart.xml', at: NODES, message: /cart on node tomcat2/ },
      ],
    },
  ],
});
