import { routesBySessionId, stickySession } from '../../model/httpd/balancers';
import type { HttpdConfig } from '../../model/httpd/httpdConfig';
import { allDirectives } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';

/**
 * stickysession=ROUTEID (a cookie other than JSESSIONID) needs httpd itself to
 * set that cookie: `Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED`.
 * Without it no request carries a route and nothing sticks.
 */
export const stickyCookieNotSet: HttpdRule = {
  meta: { id: 'httpd/sticky-cookie-not-set', defaultSeverity: 'error', description: 'stickysession names a cookie (not JSESSIONID) that no Header Set-Cookie recipe sets.', language: 'httpd' },
  check({ filePath, configs, balancers, loadedModules, report }) {
    const model = balancers();
    for (const b of model.balancers.values()) {
      const sticky = stickySession(b);
      if (!sticky?.cookie || routesBySessionId(sticky) || sticky.param.path !== filePath) continue;
      // httpd finds the cookie by its exact name (case-sensitive).
      if (model.cookieRecipes.some((r) => r.item.cookie === sticky.cookie)) continue;
      const arg = sticky.param.item.arg;
      const otherCase = model.cookieRecipes.find((r) => r.item.cookie.toLowerCase() === sticky.cookie!.toLowerCase());
      if (otherCase) {
        report({
          start: arg.start,
          end: arg.end,
          message: `stickysession=${sticky.cookie}, but the Header line sets the cookie "${otherCase.item.cookie}": httpd compares cookie names case-sensitively, so no request carries a route and sessions do not stick. Write the name the same way in both places.`,
        });
        continue;
      }
      const text = `Header add Set-Cookie "${sticky.cookie}=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED`;
      const directive = sticky.param.item.directive;
      // The recipe goes before the <Proxy> section (or the line) that sets stickysession.
      let anchor = directive;
      while (anchor.parent && anchor.parent.name.toLowerCase() === 'proxy') anchor = anchor.parent;
      // Header comes from mod_headers: where the LoadModule lines are known and none loads it, the fix loads it
      // too, from the folder the other modules come from, before the outermost section (LoadModule is global only).
      const edits = [{ start: anchor.start, end: anchor.start, text: `${text}\n` }];
      if (loadedModules() && !loadedModules()!.has('headers_module')) {
        let top = anchor;
        while (top.parent) top = top.parent;
        const load = `LoadModule headers_module ${moduleFolder(configs)}mod_headers.so\n`;
        if (top === anchor) edits[0].text = load + edits[0].text;
        else edits.unshift({ start: top.start, end: top.start, text: load });
      }
      report({
        start: arg.start,
        end: arg.end,
        message: `stickysession=${sticky.cookie}: no Header line sets the cookie "${sticky.cookie}", so no request carries a route and sessions do not stick. mod_proxy_balancer's recipe: ${text}`,
        fix: { title: `Add the ${sticky.cookie} Header line`, edits },
      });
    }
  },
};

/** The folder of the configuration's LoadModule lines (modules/ in a stock httpd, /usr/lib/apache2/modules/ on Debian). */
function moduleFolder(configs: HttpdConfig[]): string {
  for (const config of configs) {
    for (const file of config.files.values()) {
      for (const d of allDirectives(file.directives)) {
        if (d.name.toLowerCase() === 'loadmodule' && d.args.length > 1) return d.args[1].value.slice(0, d.args[1].value.lastIndexOf('/') + 1);
      }
    }
  }
  return 'modules/';
}
