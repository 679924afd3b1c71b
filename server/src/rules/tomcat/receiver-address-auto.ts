import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { configuredElements } from './configuredElements';

/** Receiver@address="auto": the address other nodes reach this one at comes from resolving the host name. */
export const receiverAddressAuto: XmlRule = {
  meta: {
    id: 'tomcat/receiver-address-auto',
    defaultSeverity: 'hint',
    description: 'Receiver@address="auto" takes the address from the host name, so /etc/hosts must map it to the LAN address.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster/Channel/Receiver') continue;
      const address = attribute(element, 'address');
      if (!address || address.value.trim().toLowerCase() !== 'auto') continue;
      report({
        start: address.valueStart,
        end: address.valueEnd,
        message: 'address="auto" broadcasts InetAddress.getLocalHost(): the address the host name resolves to. If /etc/hosts maps the name to 127.0.0.1 (or to another interface), the other nodes cannot replicate to this one; set the LAN address here or fix /etc/hosts.',
      });
    }
  },
};
