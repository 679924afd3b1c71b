/** What an address in a config is: multicast, loopback, a literal at all. */
import { isIPv4, isIPv6 } from 'node:net';

export function isIpLiteral(address: string): boolean {
  return isIPv4(address) || isIPv6(stripBrackets(address));
}

/** IPv4 224.0.0.0/4, IPv6 ff00::/8. */
export function isMulticast(address: string): boolean {
  const a = stripBrackets(address.trim());
  if (isIPv4(a)) {
    const first = Number(a.split('.')[0]);
    return first >= 224 && first <= 239;
  }
  if (isIPv6(a)) return /^ff/i.test(a);
  return false;
}

/** 127.0.0.0/8, ::1, localhost. */
export function isLoopback(address: string): boolean {
  const a = stripBrackets(address.trim()).toLowerCase();
  if (a === 'localhost' || a === 'localhost.localdomain' || a === 'ip6-localhost') return true;
  if (isIPv4(a)) return a.startsWith('127.');
  if (isIPv6(a)) return a === '::1' || a === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(a);
  return false;
}

function stripBrackets(a: string): string {
  return a.startsWith('[') && a.endsWith(']') ? a.slice(1, -1) : a;
}
