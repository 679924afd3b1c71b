import { moduleMissing } from '../../../../server/src/rules/httpd/module-missing';
import { ruleTester } from '../../../support/ruleTester';
import { LOADS, RECIPE } from './shared';

ruleTester(moduleMissing, 'httpd', {
  valid: [
    { name: 'the recipe with every module it needs', text: LOADS + 'LoadModule mpm_event_module modules/mod_mpm_event.so\nListen 80\n' + RECIPE },
    { name: 'no LoadModule line at all: modules unknown', text: RECIPE },
    { name: 'Header guarded by IfModule', text: 'LoadModule mpm_event_module modules/mod_mpm_event.so\n<IfModule mod_headers.c>\n  Header set X-A b\n</IfModule>\n' },
  ],
  invalid: [
    {
      name: 'a balancer without mod_slotmem_shm and Header without mod_headers',
      text: LOADS.replace('LoadModule slotmem_shm_module modules/mod_slotmem_shm.so\n', '').replace('LoadModule headers_module modules/mod_headers.so\n', '') + RECIPE,
      findings: [{ at: 'Header', message: /mod_headers, which no LoadModule line loads/ }, { at: 'Proxy', message: /needs mod_slotmem_shm/ }],
    },
  ],
});
