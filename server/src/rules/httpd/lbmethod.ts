import type { HttpdRule } from '../rule';

const METHODS: Record<string, string> = { byrequests: 'lbmethod_byrequests_module', bytraffic: 'lbmethod_bytraffic_module', bybusyness: 'lbmethod_bybusyness_module', heartbeat: 'lbmethod_heartbeat_module' };

/** lbmethod is byrequests, bytraffic, bybusyness or heartbeat, and its mod_lbmethod_* module must be loaded. */
export const lbmethod: HttpdRule = {
  meta: { id: 'httpd/lbmethod', defaultSeverity: 'error', description: 'lbmethod is not byrequests, bytraffic, bybusyness or heartbeat, or its module is not loaded.', language: 'httpd' },
  check({ filePath, balancers, loadedModules, report }) {
    for (const b of balancers().balancers.values()) {
      for (const { path, item: p } of b.params) {
        if (path !== filePath || p.key !== 'lbmethod') continue;
        const module = METHODS[p.value.toLowerCase()];
        if (!module) {
          report({ start: p.arg.start, end: p.arg.end, message: `lbmethod=${p.value} is no method (byrequests, bytraffic, bybusyness, heartbeat): httpd stops with "unknown lbmethod".` });
          continue;
        }
        const loaded = loadedModules();
        if (loaded && !loaded.has(module)) {
          report({ start: p.arg.start, end: p.arg.end, message: `lbmethod=${p.value} needs mod_lbmethod_${p.value.toLowerCase()}, which no LoadModule line loads (LoadModule ${module} modules/mod_lbmethod_${p.value.toLowerCase()}.so).` });
        }
      }
    }
  },
};
