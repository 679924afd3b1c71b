import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';
import { tokens } from '../../model/msm/msmManager';

const TOKENS = ['host', 'host.hash', 'context', 'context.hash', 'webappVersion'];

/** storageKeyPrefix tokens msm knows; any other throws "Unsupported config token". */
export const storageKeyPrefix: XmlRule = {
  meta: {
    id: 'msm/storage-key-prefix',
    defaultSeverity: 'error',
    description: 'A storageKeyPrefix token is not static:<x>, host, host.hash, context, context.hash or webappVersion.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      const attr = attribute(m.element, 'storageKeyPrefix');
      if (!attr) continue;
      for (const token of tokens(attr.value, attr.valueStart)) {
        if (TOKENS.includes(token.text) || /^static:.+/.test(token.text)) continue;
        context.report({
          start: token.start,
          end: token.end,
          message: `"${token.text}" is no storageKeyPrefix token (static:<x>, host, host.hash, context, context.hash, webappVersion); msm stops with "Unsupported config token".`,
        });
      }
    }
  },
};
