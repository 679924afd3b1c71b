import { storageKeyPrefix } from '../../../../server/src/rules/msm/storage-key-prefix';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(storageKeyPrefix, 'tomcat-xml', {
  valid: [{ name: 'known tokens', ...ctx('storageKeyPrefix="static:shop,context,host.hash"') }],
  invalid: [{ name: 'an unknown token', ...ctx('storageKeyPrefix="static:x,hostname"'), findings: [{ at: 'hostname', message: /Unsupported config token/ }] }],
});
