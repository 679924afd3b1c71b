import { lockingMode } from '../../../../server/src/rules/msm/locking-mode';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(lockingMode, 'tomcat-xml', {
  valid: [
    { name: 'non-sticky auto', ...ctx('sticky="false" lockingMode="auto"') },
    { name: 'non-sticky uriPattern', ...ctx('sticky="false" lockingMode="uriPattern:/path1|/path2"') },
    { name: 'upper case plain value', ...ctx('sticky="false" lockingMode="ALL"') },
  ],
  invalid: [
    { name: 'an unknown mode', ...ctx('sticky="false" lockingMode="always"'), findings: [{ at: 'always', message: /none, all, auto or uriPattern/ }] },
    { name: '"app" is not supported', ...ctx('sticky="false" lockingMode="app"'), findings: [{ at: 'app', message: /not yet supported/ }] },
    { name: 'set in sticky mode', ...ctx('lockingMode="auto"'), findings: [{ at: 'auto', severity: 'warning', message: /ignores it/ }] },
  ],
});
