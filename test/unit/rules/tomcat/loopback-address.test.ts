import { loopbackAddress } from '../../../../server/src/rules/tomcat/loopback-address';
import { ruleTester } from '../../../support/ruleTester';
import { channel } from './address-rules.shared';

ruleTester(loopbackAddress, 'tomcat-xml', {
  valid: [
    { name: 'a LAN address and a bind address', text: channel('address="228.0.0.4" bind="10.0.0.11"', 'address="10.0.0.11"') },
    { name: 'auto', text: channel('address="228.0.0.4"', 'address="auto"') },
  ],
  invalid: [
    { name: 'the Receiver on 127.0.0.1', text: channel('address="228.0.0.4"', 'address="127.0.0.1"'), findings: [{ at: '127.0.0.1', message: /don't broadcast 127\.0\.0\.1/ }] },
    { name: 'Membership bound to localhost and the Receiver on ::1', text: channel('address="228.0.0.4" bind="localhost"', 'address="::1"'), findings: [{ at: 'localhost' }, { at: '::1' }] },
  ],
});
