import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** enabled="false" is only allowed in sticky mode: non-sticky msm throws at start. */
export const enabledNonSticky: XmlRule = {
  meta: {
    id: 'msm/enabled-non-sticky',
    defaultSeverity: 'error',
    description: 'enabled="false" with sticky="false": msm throws at start.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      const enabled = attribute(m.element, 'enabled');
      if (m.sticky || !enabled || enabled.value.trim().toLowerCase() !== 'false') continue;
      context.report({
        start: enabled.valueStart,
        end: enabled.valueEnd,
        message: 'enabled="false" is only allowed with sticky sessions: in non-sticky mode the sessions live only in memcached, and msm throws an IllegalStateException at start.',
      });
    }
  },
};
