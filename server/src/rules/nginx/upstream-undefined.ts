import type { NginxRule } from '../rule';
import { passesOf, upstreamReference, upstreamsOf } from './configUpstreams';

/** `proxy_pass http://name` names no upstream of the configuration: nginx resolves "name" as a host at start and fails ("host not found in upstream"). */
export const upstreamUndefined: NginxRule = {
  meta: { id: 'nginx/upstream-undefined', defaultSeverity: 'error', description: 'proxy_pass http://name names no upstream in the config tree.', language: 'nginx' },
  check({ configs, filePath, report }) {
    const reported = new Set<number>();
    for (const config of configs) {
      const upstreams = upstreamsOf(config);
      for (const pass of passesOf(config)) {
        if (pass.path !== filePath || reported.has(pass.statement.start)) continue;
        const ref = upstreamReference(pass.statement);
        const names = new Set(upstreams.filter((u) => u.family === pass.family).map((u) => u.statement.args[0].value.toLowerCase()));
        if (!ref || names.has(ref.name.toLowerCase())) continue;
        reported.add(pass.statement.start);
        report({
          start: ref.start,
          end: ref.end,
          message: `"${ref.name}" is no upstream of this configuration (${[...names].join(', ') || 'it has none'}); nginx would look it up as a host name and stop with "host not found in upstream".`,
        });
      }
    }
  },
};
