import { classNotInVersion } from '../../../../server/src/rules/tomcat/class-not-in-version';
import { ruleTester } from '../../../support/ruleTester';
import { serverXml } from '../../../support/tomcatXml';

const cluster = (inner: string): string => serverXml({ inHost: `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">${inner}</Cluster>` });
const listener = '<ClusterListener className="org.apache.catalina.ha.session.JvmRouteSessionIDBinderListener"/>';
const mcast15 = '<Channel className="org.apache.catalina.tribes.group.GroupChannel"><Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor"/></Channel>';
const staticMembership = '<Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership className="org.apache.catalina.tribes.membership.StaticMembershipService"/></Channel>';
const bio = '<Channel className="org.apache.catalina.tribes.group.GroupChannel"><Receiver className="org.apache.catalina.tribes.transport.bio.BioReceiver"/></Channel>';

ruleTester(classNotInVersion, 'tomcat-xml', {
  valid: [
    { name: 'JvmRouteSessionIDBinderListener on Tomcat 7.0', text: cluster(listener), settings: { tomcatVersion: '7.0' } },
    { name: 'StaticMembershipService on Tomcat 9.0.11', text: cluster(staticMembership), files: { 'RELEASE-NOTES': 'Apache Tomcat Version 9.0.11\n' } },
    { name: 'StaticMembershipService on an unknown 9.0 release (it depends on the release: silent)', text: cluster(staticMembership), settings: { tomcatVersion: '9.0' } },
    { name: 'BioReceiver on 9.0 (deprecated, still there)', text: cluster(bio), settings: { tomcatVersion: '9.0' } },
    { name: 'a class every version has, version unknown', text: cluster('<Valve className="org.apache.catalina.ha.tcp.ReplicationValve"/>') },
  ],
  invalid: [
    {
      name: 'JvmRouteSessionIDBinderListener on Tomcat 9.0 (seed 000 on a newer Tomcat)',
      text: cluster(listener),
      settings: { tomcatVersion: '9.0' },
      findings: [{ at: 'org.apache.catalina.ha.session.JvmRouteSessionIDBinderListener', message: /JvmRouteSessionIDBinderListener is not in this Tomcat \(removed in 8\.0\); this node is Tomcat 9\.0 \(from the tomcatVersion setting\)/ }],
    },
    {
      name: 'the version from RELEASE-NOTES is named',
      text: cluster(mcast15),
      files: { 'RELEASE-NOTES': '                     Apache Tomcat Version 8.5.100\n' },
      findings: [{ at: 'org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor', message: /this node is Tomcat 8\.5\.100 \(from RELEASE-NOTES\)\. Use MessageDispatchInterceptor instead/ }],
    },
    {
      name: 'StaticMembershipService on Tomcat 8.5',
      text: cluster(staticMembership),
      settings: { tomcatVersion: '8.5' },
      findings: [{ at: 'org.apache.catalina.tribes.membership.StaticMembershipService', message: /since 9\.0\.11/ }],
    },
    {
      name: 'BioReceiver on Tomcat 10.1, with the version from the msm tc jar… of Tomcat 9? no: from the node settings',
      text: cluster(bio),
      settings: { nodes: { '.': { tomcatVersion: '10.1' } } },
      findings: [{ at: 'org.apache.catalina.tribes.transport.bio.BioReceiver', message: /removed in 10\.0.*Use NioReceiver instead/ }],
    },
    {
      name: 'a removed class where the version is unknown: information naming the setting',
      text: cluster(listener),
      findings: [{ at: 'org.apache.catalina.ha.session.JvmRouteSessionIDBinderListener', severity: 'information', message: /was removed in Tomcat 8\.0; the Tomcat version of this node is unknown: set "nodes": \{"[^"]+": \{"tomcatVersion": "X\.Y"\}\} in \.tomcat-cluster\.json/ }],
    },
  ],
});
