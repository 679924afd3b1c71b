import { isLoopback } from '../../model/ipAddress';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { configuredElements } from './configuredElements';

/**
 * A Receiver or Membership bound to the loopback address in a cluster: the
 * other nodes are told to replicate to 127.0.0.1, i.e. to themselves ("make
 * sure you don't broadcast 127.0.0.1, this is a common error").
 */
export const loopbackAddress: XmlRule = {
  meta: {
    id: 'tomcat/loopback-address',
    defaultSeverity: 'warning',
    description: 'Receiver@address or Membership@bind is a loopback address in a cluster.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      const attr =
        id === 'Cluster/Channel/Receiver' ? attribute(element, 'address') : id === 'Cluster/Channel/Membership' ? attribute(element, 'bind') : undefined;
      if (!attr || !isLoopback(attr.value)) continue;
      const what = element.name === 'Receiver' ? 'the address this node tells the others to replicate to' : 'the interface membership messages go out on';
      report({
        start: attr.valueStart,
        end: attr.valueEnd,
        message: `${element.name}@${attr.name}="${attr.value}" is ${what}: with a loopback address the other nodes cannot reach this one (the Tomcat docs: "make sure you don't broadcast 127.0.0.1"). Use the host's LAN address.`,
      });
    }
  },
};
