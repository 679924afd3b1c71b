import { channelMismatch } from '../../../../server/src/rules/cluster/channel-mismatch';
import {
  ajpConnector, ajpWorkers, BARE_HTTP_CONNECTOR, cluster, DELTA_MANAGER, httpConnector, httpdBalancer, interceptor, mcastMembership, nginxConf,
  nioReceiver, nodeAddresses, REPLICATION_SENDER, REPLICATION_VALVE, routedMembers, serverXml, tomcatHosts, TWO_CLUSTER_HOSTS, twoClusterNginx,
  workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

/** A node whose Cluster has the channel of the clustering how-to, then `interceptors`. */
const server = (route: string, interceptors: string[] = [], channelSendOptions?: string): string =>
  serverXml({
    jvmRoute: route,
    connectors: [httpConnector({ redirectPort: false }), ajpConnector({ redirectPort: false })],
    cluster: cluster({
      channelSendOptions,
      manager: DELTA_MANAGER,
      channel: [
        mcastMembership(),
        nioReceiver({ port: '4000', autoBind: '100', selectorTimeout: '5000', maxThreads: '6' }),
        REPLICATION_SENDER,
        interceptor('TcpFailureDetector'),
        interceptor('MessageDispatchInterceptor'),
        ...interceptors,
      ],
      valves: [REPLICATION_VALVE],
      sessionListener: true,
    }),
  });
const KEY = 'cafebabecafebabecafebabecafebabe';
const encrypt = (key = KEY, algorithm?: string): string[] => [interceptor('EncryptInterceptor', `encryptionKey="${key}"${algorithm ? ` encryptionAlgorithm="${algorithm}"` : ''}`)];
const domainFilter = (domain: string): string[] => [interceptor('DomainFilterInterceptor', `domain="${domain}"`)];
const staticMembers = (...hosts: string[]): string[] => [
  interceptor('TcpPingInterceptor', 'staticOnly="true"'),
  interceptor(
    'StaticMembershipInterceptor',
    '',
    hosts.map((h, i) => `<Member className="org.apache.catalina.tribes.membership.StaticMember" port="4000" host="${h}" domain="prod-cluster" uniqueId="{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,${i + 1}}"/>`),
  ),
];

const nginx = nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(3) }], proxy: {} });
const httpd = httpdBalancer({ members: routedMembers(['tomcat1', 'tomcat2', 'tomcat3']), proxyPassReverse: true });
const workers = workersProperties({ workers: ajpWorkers(3), statusWorker: 'status' });
const hosts = tomcatHosts(3);

clusterRuleTester(channelMismatch, {
  valid: [
    {
      name: 'three nodes behind nginx with the same flags (6 and use_ack,sync) and the same EncryptInterceptor',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt(), '6'),
        'tomcat2/conf/server.xml': server('tomcat2', encrypt(), 'use_ack,sync'),
        'tomcat3/conf/server.xml': server('tomcat3', encrypt(), '6'),
      },
      settings: hosts,
    },
    {
      name: 'channelSendOptions="8" written on one node, left to the default (8, async) on the other',
      files: {
        'tomcat1/conf/server.xml': server('tomcat1', [], '8'),
        'tomcat2/conf/server.xml': server('tomcat2'),
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
        'lb/nginx.conf': twoClusterNginx({ method: 'ip_hash', names: ['shop', 'crm'] }),
        'a1/conf/server.xml': server('a1', encrypt('00112233445566778899aabbccddeeff')),
        'a2/conf/server.xml': server('a2', encrypt('00112233445566778899aabbccddeeff')),
        'b1/conf/server.xml': server('b1', encrypt('ffeeddccbbaa99887766554433221100')),
        'b2/conf/server.xml': server('b2', encrypt('ffeeddccbbaa99887766554433221100')),
      },
      settings: TWO_CLUSTER_HOSTS,
    },
    {
      name: 'one clustered node among plain ones: nothing to compare it with',
      files: {
        'lb/nginx.conf': nginx,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt(), '6'),
        'tomcat2/conf/server.xml': serverXml({ jvmRoute: 'tomcat2', connectors: [BARE_HTTP_CONNECTOR], bareHost: true }),
      },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'channelSendOptions not written on tomcat3 (8) while the others write 6, behind an httpd balancer: on its <Cluster>',
      files: {
        'lb/httpd.conf': httpd,
        'tomcat1/conf/server.xml': server('tomcat1', [], '6'),
        'tomcat2/conf/server.xml': server('tomcat2', [], '6'),
        'tomcat3/conf/server.xml': server('tomcat3'),
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
        'tomcat1/conf/server.xml': server('tomcat1', [], '6'),
        'tomcat2/conf/server.xml': server('tomcat2', [], 'async'),
        'tomcat3/conf/server.xml': server('tomcat3', [], 'use_ack,sync'),
      },
      findings: [{ file: 'tomcat2/conf/server.xml', at: 'async', message: /channelSendOptions on node tomcat2 is 8, the other nodes have 6/ }],
    },
    {
      name: 'EncryptInterceptor on two mod_jk members, not on the third: on the <Cluster> of the plain one',
      files: {
        'lb/workers.properties': workers,
        'tomcat1/conf/server.xml': server('tomcat1', encrypt()),
        'tomcat2/conf/server.xml': server('tomcat2'),
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
