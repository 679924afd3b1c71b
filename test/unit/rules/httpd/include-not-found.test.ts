import { httpdIncludeNotFound } from '../../../../server/src/rules/httpd/include-not-found';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(httpdIncludeNotFound, 'httpd', {
  valid: [
    { name: 'IncludeOptional of a missing file, a wildcard without match', text: 'IncludeOptional conf.d/tomcat.conf\nInclude sites-enabled/*.conf\n' },
    { name: 'an existing file relative to the main file', text: 'Include conf.d/proxy.conf\n', files: { 'conf.d/proxy.conf': 'ProxyRequests Off\n' } },
    {
      name: 'in an Include cycle, an Include that does not close it',
      path: 'conf.d/a.conf',
      text: 'Include conf.d/b.conf\n',
      files: { 'httpd.conf': 'Include conf.d/a.conf\n', 'conf.d/b.conf': 'Include conf.d/a.conf\n' },
    },
  ],
  invalid: [
    { name: 'a missing literal file', text: 'Include conf/extra/httpd-proxy.conf\n', findings: [{ at: 'conf/extra/httpd-proxy.conf', message: /No such file or directory/ }] },
    {
      name: 'an Include cycle reported on the Include that closes it',
      path: 'conf.d/b.conf',
      text: 'Include conf.d/a.conf\n',
      files: { 'httpd.conf': 'Include conf.d/a.conf\n', 'conf.d/a.conf': 'Include conf.d/b.conf\n' },
      findings: [{ at: 'conf.d/a.conf', message: /^Include cycle: conf\.d\/a\.conf is already being included \(httpd\.conf → conf\.d\/a\.conf → conf\.d\/b\.conf → conf\.d\/a\.conf\)/ }],
    },
  ],
});
