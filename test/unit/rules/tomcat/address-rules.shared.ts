import { serverXml } from '../../../support/tomcatXml';

/** A server.xml whose Channel has this Membership and Receiver. */
export function channel(membership: string, receiver: string): string {
  return serverXml({
    inEngine: `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
  <Channel className="org.apache.catalina.tribes.group.GroupChannel">
    <Membership className="org.apache.catalina.tribes.membership.McastService" ${membership}/>
    <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" ${receiver}/>
  </Channel>
</Cluster>`,
  });
}
