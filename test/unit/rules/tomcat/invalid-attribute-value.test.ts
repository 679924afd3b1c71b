import { invalidAttributeValue } from '../../../../server/src/rules/tomcat/invalid-attribute-value';
import { ruleTester } from '../../../support/ruleTester';
import { DOCS_CLUSTER, serverXml } from '../../../support/tomcatXml';

const cluster = (clusterAttrs: string, inner = ''): string =>
  serverXml({ inEngine: `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" ${clusterAttrs}>${inner}</Cluster>` });
const receiver = (attrs: string): string =>
  cluster('', `<Channel className="org.apache.catalina.tribes.group.GroupChannel"><Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" ${attrs}/></Channel>`);

ruleTester(invalidAttributeValue, 'tomcat-xml', {
  valid: [
    { name: "the docs' Cluster block", text: serverXml({ inHost: DOCS_CLUSTER }) },
    { name: 'named send options on Tomcat 9.0', text: cluster('channelSendOptions="async"'), settings: { tomcatVersion: '9.0' } },
    { name: 'named send options, version unknown (silent)', text: cluster('channelSendOptions="use_ack,sync"') },
    { name: 'a ${property} placeholder', text: receiver('port="${tribes.port}"') },
    { name: 'an empty ReplicationValve filter (no filtering)', text: cluster('', '<Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>') },
    { name: 'a Java-only regex construct in the filter', text: cluster('', '<Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter="(?i).*\\.(gif|png)"/>') },
  ],
  invalid: [
    { name: 'a port above 65535', text: receiver('port="70000"'), findings: [{ at: '70000', message: /port number \(1–65535\)/ }] },
    { name: 'a port that is not a number', text: receiver('port="4000a"'), findings: [{ at: '4000a' }] },
    { name: 'a boolean that is not one', text: receiver('tcpNoDelay="yes"'), findings: [{ at: 'yes', message: /true or false; Tomcat reads "yes" as false/ }] },
    { name: 'a number that is not one', text: receiver('maxThreads="six"'), findings: [{ at: 'six', message: /whole number/ }] },
    {
      name: 'named send options on Tomcat 8.5',
      text: cluster('channelSendOptions="use_ack,sync"'),
      settings: { tomcatVersion: '8.5' },
      findings: [{ at: 'use_ack,sync', message: /only a number before Tomcat 9\.0.*udp=32\); this node is Tomcat 8\.5 \(from the tomcatVersion setting\)\.$/ }],
    },
    { name: 'an unknown send option name', text: cluster('channelSendOptions="fast"'), findings: [{ at: 'fast', message: /"fast" is none of them/ }] },
    { name: 'a broken filter regex', text: cluster('', '<Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=".*\\.(gif|js"/>'), findings: [{ at: '.*\\.(gif|js', message: /not a valid Java regular expression/ }] },
  ],
});
