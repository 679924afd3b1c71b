import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';

const MODES = ['none', 'all', 'auto'];

/** lockingMode: none, all, auto or uriPattern:<regex>, and only in non-sticky mode. */
export const lockingMode: XmlRule = {
  meta: {
    id: 'msm/locking-mode',
    defaultSeverity: 'error',
    description: 'lockingMode is not none, all, auto or uriPattern:<regex> (error), or is set in sticky mode where it is ignored (warning).',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      const attr = attribute(m.element, 'lockingMode');
      if (!attr) continue;
      const value = attr.value.trim();
      const range = { start: attr.valueStart, end: attr.valueEnd };
      if (value.startsWith('uriPattern:')) {
        // Its regex is checked by msm/invalid-regex.
      } else if (value.toLowerCase() === 'app') {
        context.report({ ...range, message: 'lockingMode="app" parses but msm then throws "LockingMode not yet supported"; use none, all, auto or uriPattern:<regex>.' });
      } else if (!MODES.includes(value.toLowerCase())) {
        context.report({ ...range, message: `lockingMode takes none, all, auto or uriPattern:<regex>, not "${value}".` });
      }
      if (m.sticky) {
        context.report({
          ...range,
          severity: 'warning',
          message: 'lockingMode only applies to non-sticky sessions (sticky="false"); with sticky sessions msm ignores it.',
        });
      }
    }
  },
};
