import type { NginxRule } from '../rule';
import { passesOf, upstreamReference, upstreamsOf } from './configUpstreams';

/** `proxy_pass http://name` names no upstream of the configuration: nginx resolves "name" as a host at start and fails ("host not found in upstream"). */
export const upstreamUndefined: NginxRule = {
  meta: { id: 'nginx/upstream-undefined', defaultSeverity: 'error', description: 'proxy_pass http://name names no upstream in the config tree.', language: 'nginx' },
  check({ configs, filePath, report }) {
    const reported = new Set<number>();
    for (const config of configs) {
      // Names per family (http, stream), built once: a config of thousands of upstreams and passes stays linear.
      const byFamily = new Map<string, Set<string>>();
      for (const u of upstreamsOf(config)) {
        const names = byFamily.get(u.family) ?? new Set<string>();
        names.add(u.statement.args[0].value.toLowerCase());
        byFamily.set(u.family, names);
      }
      for (const pass of passesOf(config)) {
        if (pass.path !== filePath || reported.has(pass.statement.start)) continue;
        const ref = upstreamReference(pass.statement);
        const names = byFamily.get(pass.family) ?? new Set<string>();
        if (!ref || names.has(ref.name.toLowerCase())) continue;
        reported.add(pass.statement.start);
        report({
          start: ref.start,
          end: ref.end,
          message: `"${ref.name}" is no upstream of this configuration (${[...names].slice(0, 5).join(', ') + (names.size > 5 ? ` and ${names.size - 5} more` : '') || 'it has none'}); nginx would look it up as a host name and stop with "host not found in upstream".`,
        });
      }
    }
  },
};
