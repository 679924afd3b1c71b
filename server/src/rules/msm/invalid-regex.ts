import { javaRegexError } from '../../model/javaRegex';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** requestUriIgnorePattern, sessionAttributeFilter and lockingMode's uriPattern: are Java regexes msm compiles at start. */
export const invalidRegex: XmlRule = {
  meta: {
    id: 'msm/invalid-regex',
    defaultSeverity: 'error',
    description: 'requestUriIgnorePattern, sessionAttributeFilter or a uriPattern: is not a valid Java regex.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      for (const name of ['requestUriIgnorePattern', 'sessionAttributeFilter']) {
        const attr = attribute(m.element, name);
        if (!attr) continue;
        const error = javaRegexError(attr.value);
        if (error) context.report({ start: attr.valueStart, end: attr.valueEnd, message: `${name} is not a valid Java regular expression: ${error}; msm fails to start.` });
      }
      const locking = attribute(m.element, 'lockingMode');
      const prefix = 'uriPattern:';
      if (locking?.value.startsWith(prefix)) {
        const error = javaRegexError(locking.value.slice(prefix.length));
        if (error) context.report({ start: locking.valueStart + prefix.length, end: locking.valueEnd, message: `The uriPattern of lockingMode is not a valid Java regular expression: ${error}; msm fails to start.` });
      }
    }
  },
};
