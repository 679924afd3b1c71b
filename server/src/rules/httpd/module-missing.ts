import { BUILT_IN_MODULES, httpdDirective, moduleFile, moduleIdentifier } from '../../model/httpd/directives';
import { allDirectives, type HttpdDirective } from '../../syntax/httpd/httpdParser';
import type { HttpdRule } from '../rule';

const MPMS = new Set(['event', 'prefork', 'worker', 'mpm_common']);

const SCHEME_MODULES: Record<string, string> = { http: 'proxy_http_module', https: 'proxy_http_module', ajp: 'proxy_ajp_module', ws: 'proxy_wstunnel_module', wss: 'proxy_wstunnel_module', h2: 'proxy_http2_module', h2c: 'proxy_http2_module', fcgi: 'proxy_fcgi_module' };

/** Whether a directive sits in <IfModule> for its own module (then httpd skips it when the module is absent). */
function guarded(d: HttpdDirective, identifier: string, module: string): boolean {
  for (let p = d.parent; p; p = p.parent) {
    if (p.name.toLowerCase() !== 'ifmodule') continue;
    const arg = (p.args[0]?.value ?? '').replace(/^!/, '');
    if (arg === identifier || arg === `${module}.c` || arg === module) return true;
  }
  return false;
}

/**
 * A directive or a balancer needs a module the LoadModule lines do not load
 * (mod_proxy, mod_proxy_balancer, mod_slotmem_shm, mod_proxy_http/ajp for the
 * members' scheme, mod_headers for Header). Silent when the workspace has no
 * LoadModule line (then the modules are not known).
 */
export const moduleMissing: HttpdRule = {
  meta: { id: 'httpd/module-missing', defaultSeverity: 'error', description: "A directive or balancer needs a module the tree's LoadModule lines do not load.", language: 'httpd' },
  check({ tree, filePath, balancers, loadedModules, report }) {
    const loaded = loadedModules();
    if (!loaded) return;
    for (const d of allDirectives(tree.directives)) {
      const info = httpdDirective(d.name);
      if (!info || d.children) continue;
      const identifier = moduleIdentifier(info.module);
      if (BUILT_IN_MODULES.has(info.module) || loaded.has(identifier) || guarded(d, identifier, info.module)) continue;
      // Listen, ServerLimit … come from whichever MPM is loaded.
      if (MPMS.has(info.module)) {
        if ([...loaded].some((m) => /^mpm_\w+_module$/.test(m)) || [...BUILT_IN_MODULES].some((m) => MPMS.has(m) || m.startsWith('mpm_'))) continue;
        report({ start: d.nameStart, end: d.nameEnd, message: `${info.name} comes from the MPM, and no LoadModule line loads one (LoadModule mpm_event_module modules/mod_mpm_event.so).` });
        continue;
      }
      report({ start: d.nameStart, end: d.nameEnd, message: `${info.name} comes from ${info.module}, which no LoadModule line loads: httpd stops with "Invalid command '${info.name}'". Load it: LoadModule ${identifier} modules/${moduleFile(info.module)}` });
    }
    for (const b of balancers().balancers.values()) {
      const here = [...b.declarations, ...b.members.map((m) => ({ path: m.path, item: m.item.directive }))].find((x) => x.path === filePath);
      if (!here) continue;
      const needed = new Set(['proxy_module', 'proxy_balancer_module', 'slotmem_shm_module']);
      for (const m of b.members) if (SCHEME_MODULES[m.item.scheme]) needed.add(SCHEME_MODULES[m.item.scheme]);
      const missing = [...needed].filter((m) => !loaded.has(m));
      if (missing.length === 0) continue;
      const d = here.item;
      report({ start: d.nameStart, end: d.nameEnd, message: `balancer://${b.name} needs ${missing.map((m) => `mod_${m.replace(/_module$/, '')}`).join(', ')}, which no LoadModule line loads${missing.includes('slotmem_shm_module') ? ' (without mod_slotmem_shm httpd logs "Failed to lookup provider \'shm\'")' : ''}.` });
    }
  },
};
