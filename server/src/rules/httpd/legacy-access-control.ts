import { allDirectives } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';

const LEGACY = new Set(['order', 'allow', 'deny', 'satisfy']);

/**
 * httpd 2.2's Order / Allow / Deny in a 2.4 configuration: they need
 * mod_access_compat, and mixed with 2.4's Require in one section they give
 * surprising results (both must pass, or either, per Satisfy).
 */
export const legacyAccessControl: HttpdRule = {
  meta: { id: 'httpd/legacy-access-control', defaultSeverity: 'warning', description: 'Order / Allow / Deny (2.2 style) in a 2.4 configuration without mod_access_compat, or mixed with Require.', language: 'httpd' },
  check({ tree, loadedModules, report }) {
    const loaded = loadedModules();
    for (const d of allDirectives(tree.directives)) {
      if (d.children || !LEGACY.has(d.name.toLowerCase())) continue;
      const siblings = d.parent?.children ?? tree.directives;
      const require = siblings.find((s) => s.name.toLowerCase() === 'require');
      if (require) {
        report({
          start: d.nameStart,
          end: d.nameEnd,
          message: `${d.name} (httpd 2.2 access control) mixed with Require (2.4) in one section: the two systems are combined in ways that are hard to predict. Use only Require (Order Allow,Deny + Allow from all is "Require all granted").`,
          related: [{ start: require.nameStart, end: require.nameEnd, message: 'the Require line' }],
        });
      } else if (!loaded || !loaded.has('access_compat_module')) {
        report({
          start: d.nameStart,
          end: d.nameEnd,
          message: `${d.name} is httpd 2.2 access control; httpd 2.4 reads it only with mod_access_compat${loaded ? ', which no LoadModule line loads' : ''}. Write it as Require (Order Allow,Deny + Allow from all is "Require all granted", Deny from all is "Require all denied").`,
        });
      }
    }
  },
};
