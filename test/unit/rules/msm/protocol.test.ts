import { protocol } from '../../../../server/src/rules/msm/protocol';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(protocol, 'tomcat-xml', {
  valid: [
    { name: 'text', ...ctx('memcachedProtocol="text"') },
    { name: 'SASL over binary', ...ctx('memcachedProtocol="binary" username="u" password="p"') },
  ],
  invalid: [
    { name: 'an unknown protocol', ...ctx('memcachedProtocol="ascii"'), findings: [{ at: 'ascii', message: /"text" or "binary"/ }] },
    { name: 'credentials without binary', ...ctx('username="bucket" password="secret"'), findings: [{ at: 'username', message: /username and password need memcachedProtocol="binary"/ }] },
  ],
});
