/**
 * Whether a string is a valid java.util.regex.Pattern, as far as JavaScript can
 * tell: Java-only syntax (inline flags, possessive quantifiers, atomic groups,
 * \Q…\E quoting, \p{javaXxx} classes) is rewritten to a JavaScript
 * equivalent first, so a valid Java regex is never reported; what is left are
 * the errors both dialects share (unbalanced groups or classes, a quantifier
 * with nothing to repeat, a dangling backslash).
 */
export function javaRegexError(pattern: string): string | undefined {
  let js = pattern
    // \Q…\E quotes literally.
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, quoted: string) => quoted.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    // Inline flags: (?i) (?idmsux-idmsux) and (?i:…)
    .replace(/\(\?[idmsuxU]*(?:-[idmsuxU]*)?\)/g, '')
    .replace(/\(\?[idmsuxU]*(?:-[idmsuxU]*)?:/g, '(?:')
    // Atomic groups and possessive quantifiers.
    .replace(/\(\?>/g, '(?:')
    .replace(/([*+?}])\+/g, '$1')
    // Java character classes and POSIX names JS does not know.
    .replace(/\\p\{(?:java|Is)?\w+\}|\\P\{(?:java|Is)?\w+\}/g, 'a')
    .replace(/\\[hHvVRXzZG]/g, 'a')
    // Java allows named groups (?<name>…) as JS does; \k<name> too.
    ;
  // Java allows nested character-class unions/intersections ([a-z&&[^e]]); JS does not: flatten them.
  js = js.replace(/&&\[\^?([^\]]*)\]/g, '$1').replace(/&&/g, '');
  try {
    new RegExp(js);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}
