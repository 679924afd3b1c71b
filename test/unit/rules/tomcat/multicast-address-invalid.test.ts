import { multicastAddressInvalid } from '../../../../server/src/rules/tomcat/multicast-address-invalid';
import { ruleTester } from '../../../support/ruleTester';
import { channel } from './address-rules.shared';

ruleTester(multicastAddressInvalid, 'tomcat-xml', {
  valid: [
    { name: 'the default group', text: channel('address="228.0.0.4" port="45564"', 'port="4000"') },
    { name: 'an IPv6 multicast group', text: channel('address="ff02::1:4"', 'port="4000"') },
    { name: 'no address (the default)', text: channel('port="45564"', 'port="4000"') },
    { name: 'a placeholder', text: channel('address="${mcast.address}"', 'port="4000"') },
    { name: 'a host name (McastService resolves it)', text: channel('address="tomcat-cluster-group"', 'port="4000"') },
  ],
  invalid: [
    { name: 'a unicast address', text: channel('address="192.168.169.131"', 'port="4000"'), findings: [{ at: '192.168.169.131', message: /not a multicast address/ }] },
    { name: 'just outside 224.0.0.0/4', text: channel('address="240.0.0.4"', 'port="4000"'), findings: [{ at: '240.0.0.4' }] },
    { name: "Tomcat 7's mcastAddr alias", text: channel('mcastAddr="10.1.1.1"', 'port="4000"'), findings: [{ at: '10.1.1.1' }] },
  ],
});
