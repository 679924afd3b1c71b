import { channelMismatch } from '../../../../server/src/rules/cluster/channel-mismatch';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string, interceptors: string, clusterAttributes = ''): string => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000"/>
    <Connector port="8009" protocol="AJP/1.3" secretRequired="false"/>
    <Engine name="Catalina" defaultHost="localhost" jvmRoute="${route}">
      <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"${clusterAttributes}>
        <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
        <Channel className="org.apache.catalina.tribes.group.GroupChannel">
          <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
          <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="auto" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>
          <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
            <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
          </Sender>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>
${interceptors}        </Channel>
        <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
        <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
      </Cluster>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="true"/>
    </Engine>
  </Service>
</Server>
`;
const KEY = 'cafebabecafebabecafebabecafebabe';
const encrypt = (key = KEY, algorithm?: string): string =>
  `          <Interceptor className="org.apache.catalina.tribes.group.interceptors.EncryptInterceptor" encryptionKey="${key}"${algorithm ? ` encryptionAlgorithm="${algorithm}"` : ''}/>\n`;
const domainFilter = (domain: string): string => `          <Interceptor className="org.apache.catalina.tribes.group.interceptors.DomainFilterInterceptor" domain="${domain}"/>\n`;
const staticMembers = (...hosts: string[]): string =>
  `          <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpPingInterceptor" staticOnly="true"/>
          <Interceptor className="org.apache.catalina.tribes.group.interceptors.StaticMembershipInterceptor">
${hosts.map((h, i) => `            <Member className="org.apache.catalina.tribes.membership.StaticMember" port="4000" host="${h}" domain="prod-cluster" uniqueId="{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,${i + 1}}"/>\n`).join('')}          </Interceptor>
`;

const nginx = `http {
  upstream tomcats {
    ip_hash;
    server 10.0.0.11:8080;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080;
  }
  server {
    listen 80;
    location / { proxy_pass http://tomcats; }
  }
}
`;
const httpd = `<Proxy "balancer://tcsrvs">
    BalancerMember "http://10.0.0.11:8080" route=tomcat1
    BalancerMember "http://10.0.0.12:8080" route=tomcat2
    BalancerMember "http://10.0.0.13:8080" route=tomcat3
    ProxySet stickysession=JSESSIONID|jsessionid
</Proxy>
ProxyPass "/" "balancer://tcsrvs/"
ProxyPassReverse "/" "balancer://tcsrvs/"
`;
const workers = `worker.list=loadbalancer,status
worker.tomcat1.type=ajp13
worker.tomcat1.host=10.0.0.11
worker.tomcat1.port=8009
worker.tomcat2.type=ajp13
worker.tomcat2.host=10.0.0.12
worker.tomcat2.port=8009
worker.tomcat3.type=ajp13
worker.tomcat3.host=10.0.0.13
worker.tomcat3.port=8009
worker.loadbalancer.type=lb
worker.loadbalancer.balance_workers=tomcat1,tomcat2,tomcat3
worker.status.type=status
`;
const hosts = { nodes: { tomcat1: { host: '10.0.0.11' }, tomcat2: { host: '10.0.0.12' }, tomcat3: { host: '10.0.0.13' } } };

clusterRuleTester(channelMismatch, {
  valid: [
    {
      name: 'three nodes behind nginx with the same flags (6 and use_ack,sync) and the same EncryptInterceptor',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt(), ' channelSendOptions="6"'),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt(), ' channelSendOptions="use_ack,sync"'),
        'tomcat3/conf/server.xml': server('tomcat3', encrypt(), ' channelSendOptions="6"'),
      },
      settings: hosts,
    },
    {
      name: 'channelSendOptions="8" written on one node, left to the default (8, async) on the other',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', '', ' channelSendOptions="8"'),
        'tomcat2/conf/server.xml': server('tomcat2', ''),
      },
    },
    {
      name: 'static member lists that name every other node',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1', staticMembers('10.0.0.12', '10.0.0.13')),
        'tomcat2/conf/server.xml': server('tomcat2', staticMembers('10.0.0.11', '10.0.0.13')),
        'tomcat3/conf/server.xml': server('tomcat3', staticMembers('10.0.0.11', '10.0.0.12')),
      },
      settings: hosts,
    },
    {
      name: 'two upstreams, two clusters: each cluster has its own key, and clusters are not compared',
      files: {
        'lb/nginx.conf': `http {\n  upstream shop { ip_hash; server 10.0.0.11:8080; server 10.0.0.12:8080; }\n  upstream crm { ip_hash; server 10.0.0.13:8080; server 10.0.0.14:8080; }\n}\n`,
        'a1/conf/server.xml': server('a1', encrypt('00112233445566778899aabbccddeeff')),
        'a2/conf/server.xml': server('a2', encrypt('00112233445566778899aabbccddeeff')),
        'b1/conf/server.xml': server('b1', encrypt('ffeeddccbbaa99887766554433221100')),
        'b2/conf/server.xml': server('b2', encrypt('ffeeddccbbaa99887766554433221100')),
      },
      settings: { nodes: { a1: { host: '10.0.0.11' }, a2: { host: '10.0.0.12' }, b1: { host: '10.0.0.13' }, b2: { host: '10.0.0.14' } } },
    },
    {
      name: 'one clustered node among plain ones: nothing to compare it with',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt(), ' channelSendOptions="6"'),
        'tomcat2/conf/server.xml': `<Server port="8005" shutdown="SHUTDOWN">\n  <Service name="Catalina">\n    <Connector port="8080" protocol="HTTP/1.1"/>\n    <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat2">\n      <Host name="localhost" appBase="webapps"/>\n    </Engine>\n  </Service>\n</Server>\n`,
      },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'channelSendOptions not written on tomcat3 (8) while the others write 6, behind an httpd balancer: on its <Cluster>',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1', '', ' channelSendOptions="6"'),
        'tomcat2/conf/server.xml': server('tomcat2', '', ' channelSendOptions="6"'),
        'tomcat3/conf/server.xml': server('tomcat3', ''),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat3/conf/server.xml',
          at: 'Cluster',
          message: /channelSendOptions on node tomcat3 is 8, the other nodes have 6/,
          related: ['tomcat1/conf/server.xml', 'tomcat2/conf/server.xml'],
        },
      ],
    },
    {
      name: 'channelSendOptions="async" against two nodes on 6: the odd value is told',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', '', ' channelSendOptions="6"'),
        'tomcat2/conf/server.xml': server('tomcat2', '', ' channelSendOptions="async"'),
        'tomcat3/conf/server.xml': server('tomcat3', '', ' channelSendOptions="use_ack,sync"'),
      },
      findings: [{ file: 'tomcat2/conf/server.xml', at: 'async', message: /channelSendOptions on node tomcat2 is 8, the other nodes have 6/ }],
    },
    {
      name: 'EncryptInterceptor on two mod_jk members, not on the third: on the <Cluster> of the plain one',
      files: {
        'lb/workers.properties': workers,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt()),
        'tomcat2/conf/server.xml': server('tomcat2', ''),
        'tomcat3/conf/server.xml': server('tomcat3', encrypt()),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat2/conf/server.xml',
          at: 'Cluster',
          message: /EncryptInterceptor on node tomcat2 is not encrypted, the other nodes have encrypted/,
          related: ['tomcat1/conf/server.xml', 'tomcat3/conf/server.xml'],
        },
      ],
    },
    {
      name: 'two clustered nodes behind no balancer with different encryptionKey values: both told',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', encrypt('cafebabecafebabecafebabecafebabe')),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt('deadbeefdeadbeefdeadbeefdeadbeef')),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'Interceptor', message: /EncryptInterceptor on node tomcat1 .* on node tomcat2: a node cannot read messages/, related: ['tomcat2/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'Interceptor', message: /EncryptInterceptor on node tomcat2 .* on node tomcat1: a node cannot read messages/, related: ['tomcat1/conf/server.xml'] },
      ],
    },
    {
      name: 'the same key with another encryptionAlgorithm on one node of three',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt(KEY, 'AES/GCM/NoPadding')),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt(KEY, 'AES/GCM/NoPadding')),
        'tomcat3/conf/server.xml': server('tomcat3', encrypt(KEY, 'AES/CBC/PKCS5Padding')),
      },
      settings: hosts,
      findings: [{ file: 'tomcat3/conf/server.xml', at: 'Interceptor', message: /AES\/CBC\/PKCS5Padding.*the other nodes have encrypted \(AES\/GCM\/NoPadding/ }],
    },
    {
      name: 'DomainFilterInterceptor with another domain on each of two nodes: on each domain value',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', domainFilter('cluster-a')),
        'tomcat2/conf/server.xml': server('tomcat2', domainFilter('cluster-b')),
      },
      findings: [
        { file: 'tomcat1/conf/server.xml', at: 'cluster-a', message: /domain on node tomcat1 is cluster-a, cluster-b on node tomcat2/ },
        { file: 'tomcat2/conf/server.xml', at: 'cluster-b', message: /domain on node tomcat2 is cluster-b, cluster-a on node tomcat1/ },
      ],
    },
    {
      name: 'a static member list that leaves out tomcat3: on the list of tomcat1, related the Receiver port of tomcat3',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', staticMembers('10.0.0.12')),
        'tomcat2/conf/server.xml': server('tomcat2', staticMembers('10.0.0.11', '10.0.0.13')),
        'tomcat3/conf/server.xml': server('tomcat3', staticMembers('10.0.0.11', '10.0.0.12')),
      },
      settings: hosts,
      findings: [
        {
          file: 'tomcat1/conf/server.xml',
          at: 'Member',
          message: /the static members of node tomcat1 do not include node tomcat3 \(10\.0\.0\.13:4000\)/,
          related: ['tomcat3/conf/server.xml'],
        },
      ],
    },
  ],
});

// Regression cases: keys compared as hex (any case), and never printed.
clusterRuleTester(channelMismatch, {
  valid: [
    {
      name: 'the same hex encryptionKey in lower case on one node and upper case on the other',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', encrypt('cafebabecafebabecafebabecafebabe')),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt('CAFEBABECAFEBABECAFEBABECAFEBABE')),
      },
    },
  ],
  invalid: [
    {
      name: 'two really different keys: both told, named key A and key B, neither key in the message',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', encrypt('cafebabecafebabecafebabecafebabe')),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt('0123456789abcdef0123456789abcdef')),
      },
      findings: [
        {
          file: 'tomcat1/conf/server.xml',
          at: 'Interceptor',
          message: /^(?![\s\S]*cafebabe)(?![\s\S]*0123456789abcdef)EncryptInterceptor on node tomcat1 is encrypted \(the default algorithm, key A\), encrypted \(the default algorithm, key B\) on node tomcat2/i,
        },
        {
          file: 'tomcat2/conf/server.xml',
          at: 'Interceptor',
          message: /^(?![\s\S]*cafebabe)(?![\s\S]*0123456789abcdef)EncryptInterceptor on node tomcat2 is encrypted \(the default algorithm, key B\), encrypted \(the default algorithm, key A\) on node tomcat1/i,
        },
      ],
    },
  ],
});
