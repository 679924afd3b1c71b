import { unknownClass } from '../../../../server/src/rules/tomcat/unknown-class';
import { ruleTester } from '../../../support/ruleTester';
import { DOCS_CLUSTER, serverXml } from '../../../support/tomcatXml';

ruleTester(unknownClass, 'tomcat-xml', {
  valid: [
    { name: "the docs' Cluster", text: serverXml({ inHost: DOCS_CLUSTER }) },
    { name: 'a third-party valve in the Cluster', text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Valve className="com.example.cluster.AuditValve"/></Cluster>' }) },
    { name: 'an msm Manager in a context', path: 'conf/context.xml', text: '<Context><Manager className="de.javakaffee.web.msm.MemcachedBackupSessionManager" memcachedNodes="n1:h:11211"/></Context>' },
  ],
  invalid: [
    {
      name: 'a misspelt interceptor',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"><Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetecter"/></Channel></Cluster>' }),
      findings: [{ at: 'org.apache.catalina.tribes.group.interceptors.TcpFailureDetecter', message: /Did you mean org\.apache\.catalina\.tribes\.group\.interceptors\.TcpFailureDetector\?/ }],
    },
    {
      name: 'a manager class on the Membership element',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership className="org.apache.catalina.ha.session.DeltaManager"/></Channel></Cluster>' }),
      findings: [{ at: 'org.apache.catalina.ha.session.DeltaManager', message: /no Tomcat class for <Membership>\. DeltaManager belongs on another element/ }],
    },
    {
      name: 'the wrong package for the session listener',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><ClusterListener className="org.apache.catalina.ha.tcp.ClusterSessionListener"/></Cluster>' }),
      findings: [{ at: 'org.apache.catalina.ha.tcp.ClusterSessionListener', message: /Did you mean org\.apache\.catalina\.ha\.session\.ClusterSessionListener/ }],
    },
  ],
});
