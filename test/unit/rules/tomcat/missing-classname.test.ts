import { missingClassname } from '../../../../server/src/rules/tomcat/missing-classname';
import { ruleTester } from '../../../support/ruleTester';
import { DOCS_CLUSTER, serverXml } from '../../../support/tomcatXml';

ruleTester(missingClassname, 'tomcat-xml', {
  valid: [
    { name: "the docs' full Cluster block", text: serverXml({ inHost: DOCS_CLUSTER }) },
    { name: 'a Cluster/Manager SessionIdGenerator without className (it has a default)', text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Manager className="org.apache.catalina.ha.session.DeltaManager"><SessionIdGenerator sessionIdLength="32"/></Manager></Cluster>' }) },
    { name: 'a Context Manager without className (StandardManager)', path: 'conf/context.xml', text: '<Context><Manager pathname=""/></Context>' },
  ],
  invalid: [
    {
      name: 'a Membership without className',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership address="228.0.0.4"/></Channel></Cluster>' }),
      findings: [{ at: 'Membership', message: /<Membership> has no className.*McastService/ }],
    },
    {
      name: 'a Cluster and its Channel without className',
      text: serverXml({ inEngine: '<Cluster><Channel/></Cluster>' }),
      findings: [{ at: 'Cluster' }, { at: 'Channel' }],
    },
  ],
});
