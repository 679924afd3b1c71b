import { receiverAddressAuto } from '../../../../server/src/rules/tomcat/receiver-address-auto';
import { ruleTester } from '../../../support/ruleTester';
import { channel } from './address-rules.shared';

ruleTester(receiverAddressAuto, 'tomcat-xml', {
  valid: [
    { name: 'an explicit LAN address', text: channel('address="228.0.0.4"', 'address="10.0.0.11"') },
    { name: 'no address written', text: channel('address="228.0.0.4"', 'port="4000"') },
  ],
  invalid: [
    { name: 'address="auto" (seed 000)', text: channel('address="228.0.0.4"', 'address="auto" port="4000"'), findings: [{ at: 'auto', severity: 'hint', message: /\/etc\/hosts/ }] },
  ],
});
