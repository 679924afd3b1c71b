import { routesBySessionId, stickySession } from '../../model/httpd/balancers';
import type { HttpdRule } from '../rule';

/**
 * The ROUTEID recipe's value must be ".%{BALANCER_WORKER_ROUTE}e" (the route is
 * what follows the first "."), it must set the cookie stickysession names, and
 * it only works with env=BALANCER_ROUTE_CHANGED.
 */
export const routeCookieFormat: HttpdRule = {
  meta: { id: 'httpd/route-cookie-format', defaultSeverity: 'error', description: 'The route cookie Set-Cookie value lacks the leading "." or names another cookie than stickysession.', language: 'httpd' },
  check({ filePath, balancers, report }) {
    const model = balancers();
    const stickyCookies = [...model.balancers.values()].map((b) => stickySession(b)).filter((s) => s?.cookie && !routesBySessionId(s)).map((s) => s!.cookie!);
    for (const { path, item: r } of model.cookieRecipes) {
      if (path !== filePath) continue;
      if (!r.hasDot && r.routeVariable) {
        const at = r.value.value.indexOf('%{BALANCER_WORKER_ROUTE}e');
        const start = r.value.start + (r.value.quote ? 1 : 0) + at;
        const end = start + '%{BALANCER_WORKER_ROUTE}e'.length;
        const cookieValue = r.value.value.slice(r.value.value.indexOf('=') + 1).split(';')[0];
        if (!cookieValue.includes('.')) {
          report({
            start,
            end,
            message: 'The route needs a "." before it (.%{BALANCER_WORKER_ROUTE}e): mod_proxy_balancer takes the route from after the first separator of the cookie value, so without the dot no route is found.',
            fix: { title: 'Add the "."', edits: [{ start, end: start, text: '.' }] },
          });
        } else {
          // A "." elsewhere in the value: another one would not help, the route read is what follows the first.
          report({
            start,
            end,
            message: `mod_proxy_balancer takes the route from after the first "." of the cookie value, and in "${cookieValue.trim()}" that is not %{BALANCER_WORKER_ROUTE}e, so the route read matches no member. Put the first "." right before it: ${r.cookie}=.%{BALANCER_WORKER_ROUTE}e.`,
          });
        }
      }
      // httpd looks the stickysession cookie up case-sensitively.
      if (stickyCookies.length > 0 && !stickyCookies.includes(r.cookie)) {
        report({ start: r.value.start, end: r.value.end, message: `This Header sets the cookie "${r.cookie}", but stickysession names ${stickyCookies.map((c) => `"${c}"`).join(', ')}: the balancer never reads it.` });
      }
      if (!r.routeChangedCondition) {
        report({ start: r.directive.nameStart, end: r.directive.nameEnd, message: 'Without env=BALANCER_ROUTE_CHANGED the route cookie is sent with every response (or never, for a wrong condition); the recipe ends with env=BALANCER_ROUTE_CHANGED.' });
      }
    }
  },
};
