import { misplacedElement } from '../../../../server/src/rules/tomcat/misplaced-element';
import { ruleTester } from '../../../support/ruleTester';
import { DOCS_CLUSTER, serverXml } from '../../../support/tomcatXml';

const staticMembers = `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
  <Channel className="org.apache.catalina.tribes.group.GroupChannel">
    <Membership className="org.apache.catalina.tribes.membership.StaticMembershipService">
      <Member className="org.apache.catalina.tribes.membership.StaticMember" host="10.0.0.12" port="4000" uniqueId="{0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15}"/>
    </Membership>
  </Channel>
</Cluster>`;

ruleTester(misplacedElement, 'tomcat-xml', {
  valid: [
    { name: "the docs' Cluster in a Host", text: serverXml({ inHost: DOCS_CLUSTER }) },
    { name: "the docs' Cluster in the Engine", text: serverXml({ inEngine: DOCS_CLUSTER }) },
    { name: 'Valves and Listeners of the containers', text: serverXml({ inHost: '<Valve className="org.apache.catalina.valves.AccessLogValve"/><Listener className="x.Y"/>' }) },
    { name: 'a Context Manager with a Store', path: 'conf/context.xml', text: '<Context><Manager className="org.apache.catalina.session.PersistentManager"><Store className="org.apache.catalina.session.FileStore"/></Manager></Context>' },
    { name: 'nested static members on Tomcat 9.0', text: serverXml({ inEngine: staticMembers }), settings: { tomcatVersion: '9.0' } },
    { name: 'nested static members, version unknown (silent)', text: serverXml({ inEngine: staticMembers }) },
  ],
  invalid: [
    {
      name: 'Membership straight under Cluster',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4"/></Cluster>' }),
      findings: [{ at: 'Membership', message: /<Membership> is not allowed under <Cluster>: it belongs under <Channel>/ }],
    },
    {
      name: 'a Cluster in a Context (and not its children again)',
      path: 'conf/context.xml',
      text: '<Context><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"/></Cluster></Context>',
      findings: [{ at: 'Cluster', message: /belongs under <Engine> or <Host>/ }],
    },
    {
      name: 'a Manager in the Host',
      text: serverXml({ inHost: '<Manager className="org.apache.catalina.ha.session.DeltaManager"/>' }),
      findings: [{ at: 'Manager', message: /<Manager> is not allowed under <Host>: it belongs under <Cluster> or <Context>/ }],
    },
    {
      name: 'nested static members on Tomcat 8.5',
      text: serverXml({ inEngine: staticMembers }),
      settings: { tomcatVersion: '8.5' },
      findings: [{ at: 'Member', message: /only read from Tomcat 9\.0/ }],
    },
  ],
});
