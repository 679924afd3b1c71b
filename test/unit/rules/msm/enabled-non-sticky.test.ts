import { enabledNonSticky } from '../../../../server/src/rules/msm/enabled-non-sticky';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(enabledNonSticky, 'tomcat-xml', {
  valid: [{ name: 'disabled, sticky', ...ctx('enabled="false"') }],
  invalid: [{ name: 'disabled, non-sticky', ...ctx('sticky="false" enabled="false"'), findings: [{ at: 'false', message: /IllegalStateException/ }] }],
});
