import { unknownAttribute } from '../../../../server/src/rules/tomcat/unknown-attribute';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, DOCS_CLUSTER, msmManager, serverXml } from '../../../support/tomcatXml';

const backup = (attrs: string): string =>
  serverXml({ inEngine: `<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Manager className="org.apache.catalina.ha.session.BackupManager" ${attrs}/></Cluster>` });

ruleTester(unknownAttribute, 'tomcat-xml', {
  valid: [
    { name: "the docs' Cluster block, Tomcat 9.0", text: serverXml({ inHost: DOCS_CLUSTER }), settings: { tomcatVersion: '9.0' } },
    { name: 'BackupManager expireSessionsOnShutdown on Tomcat 7.0', text: backup('expireSessionsOnShutdown="false"'), settings: { tomcatVersion: '7.0' } },
    { name: 'BackupManager expireSessionsOnShutdown, version unknown (silent)', text: backup('expireSessionsOnShutdown="false"') },
    { name: 'an msm Manager with msm and ManagerBase attributes', path: 'conf/context.xml', text: contextXml(msmManager('memcachedNodes="n1:h1:11211" sticky="false" lockingMode="auto" maxActiveSessions="1000" processExpiresFrequency="6"')) },
    { name: 'a third-party class is not checked', text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Valve className="com.example.V" whatever="1"/></Cluster>' }) },
  ],
  invalid: [
    {
      name: 'BackupManager expireSessionsOnShutdown on Tomcat 9.0 (the howto example)',
      text: backup('expireSessionsOnShutdown="false" mapSendOptions="6"'),
      settings: { tomcatVersion: '9.0' },
      findings: [{ at: 'expireSessionsOnShutdown', severity: 'warning', message: /no property of BackupManager in this Tomcat \(removed in 8\.5\); this node is Tomcat 9\.0/ }],
    },
    {
      name: 'a misspelt McastService attribute',
      text: serverXml({ inEngine: '<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"><Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership className="org.apache.catalina.tribes.membership.McastService" adress="228.0.0.4"/></Channel></Cluster>' }),
      findings: [{ at: 'adress', message: /adress is no property of McastService.*Did you mean address\?/ }],
    },
    {
      name: 'garbage attributes on an msm Manager',
      path: 'conf/context.xml',
      text: contextXml(msmManager('memcachedNodes="n1:h1:11211" memcachedNode="n2:h2:11211" x7="?"')),
      findings: [
        { at: 'memcachedNode', message: /Did you mean memcachedNodes\?/ },
        { at: 'x7', message: /x7 is no property of MemcachedBackupSessionManager/ },
      ],
    },
  ],
});
