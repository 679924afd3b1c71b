import { nonStickyJvmRoute } from '../../../../server/src/rules/msm/non-sticky-jvmroute';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager, serverXml } from '../../../support/tomcatXml';


ruleTester(nonStickyJvmRoute, 'tomcat-xml', {
  valid: [
    { name: 'non-sticky, no jvmRoute', path: 'conf/context.xml', text: contextXml(msmManager('memcachedNodes="n1:h1:11211,n2:h2:11211" sticky="false"')), files: { 'conf/server.xml': serverXml() } },
    { name: 'sticky with a jvmRoute', path: 'conf/context.xml', text: contextXml(msmManager('memcachedNodes="n1:h1:11211,n2:h2:11211"')), files: { 'conf/server.xml': serverXml({ engineAttributes: 'jvmRoute="tomcat1"' }) } },
  ],
  invalid: [
    {
      name: "non-sticky with the node's Engine jvmRoute in server.xml",
      path: 'conf/context.xml',
      text: contextXml(msmManager('memcachedNodes="n1:h1:11211,n2:h2:11211" sticky="false"')),
      files: { 'conf/server.xml': serverXml({ engineAttributes: 'jvmRoute="tomcat1"' }) },
      findings: [{ at: 'false', message: /jvmRoute="tomcat1".*remove the jvmRoute/ }],
    },
    {
      name: 'non-sticky in a server.xml Context under an Engine with jvmRoute',
      text: serverXml({ engineAttributes: 'jvmRoute="tomcat1"', inHost: `<Context path="/test" docBase="test">${msmManager('memcachedNodes="n1:h1:11211,n2:h2:11211" sticky="false"')}</Context>` }),
      findings: [{ at: 'false' }],
    },
  ],
});
