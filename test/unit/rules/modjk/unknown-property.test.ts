import { unknownProperty } from '../../../../server/src/rules/modjk/unknown-property';
import { ruleTester } from '../../../support/ruleTester';
import { DEBIAN_DEFAULT, LB } from './shared';

ruleTester(unknownProperty, 'modjk', {
  valid: [{ name: 'an lb over two Tomcats', text: LB }, { name: "Debian's default", text: DEBIAN_DEFAULT }, { name: 'route on a member', text: LB + 'worker.tomcat1.route=node01\n' }],
  invalid: [
    { name: 'a misspelt property', text: LB + 'worker.lb.sticky_sesion=true\n', findings: [{ at: 'sticky_sesion', message: /did you mean "sticky_session"\?/ }] },
    { name: 'a deprecated property', text: LB.replace('balance_workers', 'balanced_workers'), findings: [{ at: 'balanced_workers', message: /deprecated: use "balance_workers"/ }] },
    { name: 'an ajp property on the lb', text: LB + 'worker.lb.host=10.0.0.1\n', findings: [{ at: 'host', message: /A lb worker has no property "host"/ }] },
    { name: 'an unknown type', text: 'worker.list=a\nworker.a.type=ajp15\n', findings: [{ at: 'ajp15', message: /no worker type/ }] },
  ],
});
