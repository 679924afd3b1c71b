/**
 * Whether a value is one a Tomcat property of that type can take, the way
 * IntrospectionUtils converts it (Integer.valueOf, Boolean.valueOf, …).
 * Returns what is wrong, or undefined when the value is fine. Values with
 * `${property}` placeholders are left alone: Tomcat replaces them at start.
 */
import { javaRegexError } from '../javaRegex';
import type { AttributeInfo } from './catalogue';
import { releaseNumber, type TomcatVersion } from './tomcatVersion';

/** The names Channel.parseSendOptions accepts (Tomcat 9.0.0-M23 and later). */
export const SEND_OPTION_NAMES = ['byte_message', 'byte', 'use_ack', 'synchronized_ack', 'sync', 'asynchronous', 'async', 'secure', 'udp', 'multicast'];

/** First release whose Channel.parseSendOptions takes names (9.0.0-M23; counted as 9.0.0). */
const NAMED_SEND_OPTIONS_SINCE = releaseNumber(9, 0, 0);

export function hasPlaceholder(value: string): boolean {
  return value.includes('${');
}

export interface ValueProblem {
  message: string;
  /** The problem only holds for some versions, and the node's version is needed to say it. */
  versionDependent?: boolean;
}

export function checkAttributeValue(name: string, value: string, info: AttributeInfo, version: TomcatVersion | undefined): ValueProblem | undefined {
  if (hasPlaceholder(value)) return undefined;
  const v = value.trim();
  switch (info.type) {
    case 'boolean':
      // Boolean.valueOf turns anything but "true" into false, silently.
      return /^(true|false)$/i.test(v) ? undefined : { message: `${name} takes true or false; Tomcat reads "${value}" as false.` };
    case 'integer':
    case 'channelStartOptions': {
      if (!/^[-+]?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) return { message: `${name} takes a whole number, not "${value}"; Tomcat ignores the value.` };
      const n = Number(v);
      if (info.min !== undefined && n < info.min) return { message: `${name} is at least ${info.min}, not ${n}.` };
      if (info.max !== undefined && n > info.max) return { message: `${name} is at most ${info.max}, not ${n}.` };
      return undefined;
    }
    case 'port': {
      // "-1" means "none" where that is the documented default (securePort, udpPort).
      if (v === '-1' && info.default === '-1') return undefined;
      if (!/^\d+$/.test(v)) return { message: `${name} is a port number (1–65535), not "${value}".` };
      const n = Number(v);
      return n >= 1 && n <= 65535 ? undefined : { message: `${name} is a port number (1–65535), not ${n}.` };
    }
    case 'sendOptions': {
      if (/^\d+$/.test(v)) return undefined;
      const names = v.split(',').map((s) => s.trim().toLowerCase());
      const unknown = names.filter((n) => !SEND_OPTION_NAMES.includes(n));
      if (unknown.length > 0) return { message: `${name} takes a number or the names ${SEND_OPTION_NAMES.join(', ')}; "${unknown.join(', ')}" is none of them.` };
      if (!version) return undefined;
      if (version.high < NAMED_SEND_OPTIONS_SINCE) {
        return { message: `${name} takes only a number before Tomcat 9.0 (named options such as "${v}" came with 9.0.0-M23); write the sum of the flags (byte=1, use_ack=2, sync=4, async=8, udp=32).`, versionDependent: true };
      }
      return undefined;
    }
    case 'regex': {
      const error = javaRegexError(value);
      return error ? { message: `${name} is not a valid Java regular expression: ${error}.` } : undefined;
    }
    case 'enum': {
      const values = info.values ?? [];
      const ok = info.caseInsensitive ? values.some((x) => x.toLowerCase() === v.toLowerCase()) : values.includes(v);
      return ok ? undefined : { message: `${name} takes ${values.map((x) => `"${x}"`).join(', ')}, not "${value}".` };
    }
    case 'hex':
      return /^([0-9a-fA-F]{2})+$/.test(v) ? undefined : { message: `${name} takes a hexadecimal byte string (an even number of 0-9a-f digits), not "${value}".` };
    case 'uniqueId': {
      const m = /^\{\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*\}$/.exec(v);
      const bytes = m ? m[1].split(',').map((b) => Number(b.trim())) : [];
      if (!m || bytes.length !== 16 || bytes.some((b) => b < -128 || b > 255)) {
        return { message: `${name} takes 16 bytes written as {0,1,2,…,15}, not "${value}".` };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
