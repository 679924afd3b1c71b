import { allStatements, type NginxFile } from '../../syntax/nginx/nginxParser';
import type { NginxRule } from '../rule';
import { upstreams } from './nginxStatements';

/** Cookies nginx sets itself: add_header Set-Cookie "X=…", sticky cookie X, userid_name X. */
function cookiesSetByNginx(files: NginxFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    for (const s of allStatements(f.statements)) {
      const name =
        s.name === 'add_header' && s.args[0]?.value.toLowerCase() === 'set-cookie'
          ? s.args[1]?.value.split('=')[0]
          : s.name === 'sticky' && s.args[0]?.value === 'cookie'
            ? s.args[1]?.value
            : s.name === 'userid_name'
              ? s.args[0]?.value
              : undefined;
      if (name) out.add(name.trim().toLowerCase());
    }
  }
  return out;
}

/**
 * `hash $cookie_X`: requests without cookie X hash the empty key (and fall
 * back to round robin). `$cookie_name` is the cookie literally called "name";
 * any other X is suspect when no backend of the workspace sets it.
 */
export const cookieHashLiteralName: NginxRule = {
  meta: { id: 'nginx/cookie-hash-literal-name', defaultSeverity: 'warning', description: 'hash on $cookie_name, or on a cookie no backend in the workspace sets.', language: 'nginx' },
  check({ tree, configs, report, backendCookies }) {
    const setByNginx = cookiesSetByNginx(configs.length ? configs.flatMap((c) => [...c.files.values()]) : [tree]);
    for (const upstream of upstreams(tree)) {
      for (const hash of upstream.block!.filter((s) => s.name === 'hash' && s.args.length > 0)) {
        const key = hash.args[0];
        for (const m of key.value.matchAll(/\$\{?cookie_(\w+)\}?/g)) {
          const cookie = m[1];
          const lower = cookie.toLowerCase();
          let message: string | undefined;
          if (lower === 'name' && !setByNginx.has('name') && !backendCookies()?.has('name')) {
            message = `$cookie_name is the cookie literally called "name", which no backend sets: every request shares the empty key, so there is no affinity. Tomcat's session cookie is JSESSIONID ($cookie_jsessionid).`;
          } else if (lower !== 'name' && !setByNginx.has(lower)) {
            const known = backendCookies();
            if (known && !known.has(lower)) {
              message = `No backend in the workspace sets a cookie "${cookie}" (the Tomcats set ${[...known].map((c) => (c.toUpperCase() === 'JSESSIONID' ? 'JSESSIONID' : c)).join(', ')}): requests without it all share the empty key, so they get no affinity.`;
            }
          }
          if (!message) continue;
          const offset = key.value.indexOf(m[0]);
          const start = key.start + (key.quote ? 1 : 0) + offset;
          report({
            start,
            end: start + m[0].length,
            message,
            fix: lower === 'name' ? { title: 'Hash the session cookie ($cookie_jsessionid)', edits: [{ start, end: start + m[0].length, text: '$cookie_jsessionid' }] } : undefined,
          });
        }
      }
    }
  },
};
