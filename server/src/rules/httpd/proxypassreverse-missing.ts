import type { ProxyPassLine } from '../../model/httpd/balancers';
import type { HttpdRule } from '../rule';
import { enclosingSection } from './httpdDirectives';

/**
 * Whether the line's local path is a regular expression, not a URL path:
 * ProxyPassMatch, or a ProxyPass in <LocationMatch> / <Location ~ …>.
 */
function regexPath(line: ProxyPassLine): boolean {
  if (line.directive.name.toLowerCase() === 'proxypassmatch') return true;
  if (enclosingSection(line.directive, 'locationmatch')) return true;
  const location = enclosingSection(line.directive, 'location');
  return location?.args[0]?.value === '~';
}

/** ProxyPass to a balancer without a ProxyPassReverse for it: Location headers of redirects point at the members' own addresses. */
export const proxyPassReverseMissing: HttpdRule = {
  meta: { id: 'httpd/proxypassreverse-missing', defaultSeverity: 'information', description: 'ProxyPass to a balancer without a matching ProxyPassReverse.', language: 'httpd' },
  check({ filePath, balancers, report }) {
    const { passes } = balancers();
    for (const { path, item } of passes) {
      if (path !== filePath || item.reverse || !item.balancer || !item.url) continue;
      // A regex (ProxyPassMatch ^/(.*\.jsp)$ …) is no path a ProxyPassReverse could repeat: only the balancer is compared.
      const regex = regexPath(item);
      const reversed = passes.some((p) => p.item.reverse && p.item.balancer?.toLowerCase() === item.balancer!.toLowerCase() && (regex || p.item.path === item.path || !item.path || !p.item.path));
      if (reversed) continue;
      const text = regex ? `ProxyPassReverse / balancer://${item.balancer}/` : item.path ? `ProxyPassReverse ${item.path} ${item.url.value}` : `ProxyPassReverse ${item.url.value}`;
      report({
        start: item.directive.nameStart,
        end: item.directive.nameEnd,
        message: `No ProxyPassReverse for balancer://${item.balancer}: a redirect from Tomcat (Location: http://10.0.0.11:8080/…) reaches the browser with the member's own address. Add ${text}`,
      });
    }
  },
};
