import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** memcachedProtocol is text or binary; SASL credentials and couchbase need binary. */
export const protocol: XmlRule = {
  meta: {
    id: 'msm/protocol',
    defaultSeverity: 'error',
    description: 'memcachedProtocol is not text/binary, or credentials or couchbase are used without the binary protocol.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      const attr = attribute(m.element, 'memcachedProtocol');
      const value = attr?.value.trim();
      if (attr && value !== 'text' && value !== 'binary') {
        context.report({ start: attr.valueStart, end: attr.valueEnd, message: `memcachedProtocol takes "text" or "binary", not "${attr.value}"; msm logs "Illegal memcachedProtocol" and uses text.` });
        continue;
      }
      if (value === 'binary') continue;
      const username = attribute(m.element, 'username');
      const password = attribute(m.element, 'password');
      const credentials = [username, password].filter((a) => a && a.value.trim() !== '');
      if (credentials.length > 0) {
        const at = credentials[0]!;
        context.report({ start: at.nameStart, end: at.nameEnd, message: `${credentials.map((a) => a!.name).join(' and ')} need memcachedProtocol="binary" (SASL authentication and couchbase buckets only work over the binary protocol).` });
      } else if (m.nodes.form === 'couchbase' && m.nodesAttribute) {
        context.report({ start: m.nodesAttribute.valueStart, end: m.nodesAttribute.valueEnd, message: 'couchbase bucket URLs need memcachedProtocol="binary".' });
      }
    }
  },
};
