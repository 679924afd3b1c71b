import { isIpLiteral, isMulticast } from '../../model/ipAddress';
import { hasPlaceholder } from '../../model/tomcat/attributeValues';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { configuredElements } from './configuredElements';

const MCAST_SERVICE = 'org.apache.catalina.tribes.membership.McastService';

/** McastService's address is the multicast group the members find each other in: it must be a multicast address. */
export const multicastAddressInvalid: XmlRule = {
  meta: {
    id: 'tomcat/multicast-address-invalid',
    defaultSeverity: 'error',
    description: 'Membership@address (McastService) is not a multicast address.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, className } of configuredElements(tree, catalogue)) {
      if (element.name !== 'Membership' || className !== MCAST_SERVICE) continue;
      // mcastAddr is Tomcat 7's alias of address. A host name is resolved by McastService: only literals are judged.
      const address = attribute(element, 'address') ?? attribute(element, 'mcastAddr');
      if (!address || hasPlaceholder(address.value) || !isIpLiteral(address.value) || isMulticast(address.value)) continue;
      report({
        start: address.valueStart,
        end: address.valueEnd,
        message: `"${address.value}" is not a multicast address (IPv4 224.0.0.0–239.255.255.255, IPv6 ff00::/8): McastService cannot join it, so the members never find each other. The default group is 228.0.0.4.`,
      });
    }
  },
};
