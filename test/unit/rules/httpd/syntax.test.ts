import { httpdSyntax } from '../../../../server/src/rules/httpd/syntax';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(httpdSyntax, 'httpd', {
  valid: [
    { name: 'the ROUTEID recipe (seed 000)', text: RECIPE },
    { name: 'a continuation line', text: 'ProxyPass / \\\n  balancer://tcsrvs/\n' },
    { name: 'Require in a Location, Order in a .htaccess', path: 'site/.htaccess', text: 'Require all granted\nOptions -Indexes\n' },
  ],
  invalid: [
    { name: 'a stray </Proxy>', text: 'Listen 80\n</Proxy>\n', findings: [{ at: '</Proxy>', message: /without a matching <Proxy>/ }] },
    { name: 'an unclosed <VirtualHost> at the end', text: '<VirtualHost *:80>\n    ServerName a\n', findings: [{ at: '', message: /<VirtualHost> was not closed/ }] },
    { name: 'the wrong number of arguments', text: 'ServerName a b\n', findings: [{ at: 'a b', message: /ServerName takes 1 argument, not 2/ }] },
    { name: 'a flag that is not On/Off', text: 'ProxyRequests yes\n', findings: [{ at: 'yes', message: /must be On or Off/ }] },
    { name: 'ProxyRequests inside <Directory>', text: '<Directory /var/www>\n    ProxyRequests Off\n</Directory>\n', findings: [{ at: 'ProxyRequests', message: /not allowed here/ }] },
    { name: 'Require outside any section', text: 'Require all granted\n', findings: [{ at: 'Require', message: /only allowed inside/ }] },
    { name: 'a VirtualHost in a VirtualHost', text: '<VirtualHost *:80>\n<VirtualHost *:81>\n</VirtualHost>\n</VirtualHost>\n', findings: [{ at: 'VirtualHost', range: '1:1-1:12' }] },
  ],
});
