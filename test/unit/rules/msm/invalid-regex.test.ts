import { invalidRegex } from '../../../../server/src/rules/msm/invalid-regex';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(invalidRegex, 'tomcat-xml', {
  valid: [
    { name: 'the wiki pattern', ...ctx('requestUriIgnorePattern=".*\\.(ico|png|gif|jpg|css|js)$"') },
    { name: 'a possessive quantifier (Java only)', ...ctx('sessionAttributeFilter="^(userName|cart)++$"') },
  ],
  invalid: [
    { name: 'an unbalanced group', ...ctx('requestUriIgnorePattern=".*\\.(ico|png$"'), findings: [{ at: '.*\\.(ico|png$', message: /not a valid Java regular expression/ }] },
    { name: 'a broken uriPattern', ...ctx('sticky="false" lockingMode="uriPattern:*.do"'), findings: [{ at: '*.do', message: /uriPattern/ }] },
  ],
});
