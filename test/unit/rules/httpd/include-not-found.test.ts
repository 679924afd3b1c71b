import { httpdIncludeNotFound } from '../../../../server/src/rules/httpd/include-not-found';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(httpdIncludeNotFound, 'httpd', {
  valid: [
    { name: 'IncludeOptional of a missing file, a wildcard without match', text: 'IncludeOptional conf.d/tomcat.conf\nInclude sites-enabled/*.conf\n' },
    { name: 'an existing file relative to the main file', text: 'Include conf.d/proxy.conf\n', files: { 'conf.d/proxy.conf': 'ProxyRequests Off\n' } },
  ],
  invalid: [{ name: 'a missing literal file', text: 'Include conf/extra/httpd-proxy.conf\n', findings: [{ at: 'conf/extra/httpd-proxy.conf', message: /No such file or directory/ }] }],
});
