import { moduleMissing } from '../../../../server/src/rules/httpd/module-missing';
import { ruleTester } from '../../../support/ruleTester';
import { LOADS, RECIPE } from './shared';

ruleTester(moduleMissing, 'httpd', {
  valid: [
    { name: 'the recipe with every module it needs', text: LOADS + 'LoadModule mpm_event_module modules/mod_mpm_event.so\nListen 80\n' + RECIPE },
    { name: 'no LoadModule line at all: modules unknown', text: RECIPE },
    { name: 'Header guarded by IfModule', text: 'LoadModule mpm_event_module modules/mod_mpm_event.so\n<IfModule mod_headers.c>\n  Header set X-A b\n</IfModule>\n' },
    { name: 'an LDAP directive with mod_ldap loaded as ldap_module', text: 'LoadModule ldap_module modules/mod_ldap.so\nLDAPCacheTTL 600\n' },
  ],
  invalid: [
    {
      name: 'a balancer without mod_slotmem_shm and Header without mod_headers',
      text: LOADS.replace('LoadModule slotmem_shm_module modules/mod_slotmem_shm.so\n', '').replace('LoadModule headers_module modules/mod_headers.so\n', '') + RECIPE,
      findings: [{ at: 'Header', message: /mod_headers, which no LoadModule line loads/ }, { at: 'Proxy', message: /needs mod_slotmem_shm/ }],
    },
    {
      name: 'an LDAP directive with only util_ldap_module, a name no module has',
      text: 'LoadModule util_ldap_module modules/mod_util_ldap.so\nLDAPCacheTTL 600\n',
      findings: [{ at: 'LDAPCacheTTL', message: /from util_ldap, which no LoadModule line loads.*LoadModule ldap_module modules\/mod_ldap\.so$/ }],
    },
  ],
});
