import type { NginxRule } from '../rule';
import { BALANCING_METHODS, upstreams } from './nginxStatements';

const NO_BACKUP = ['hash', 'ip_hash', 'random'];

/**
 * `backup` (or `slow_start`) with hash, ip_hash or random: nginx rejects it
 * when the method comes first, and silently never uses the backup when it
 * comes after the servers.
 */
export const backupWithHash: NginxRule = {
  meta: { id: 'nginx/backup-with-hash', defaultSeverity: 'error', description: 'A backup or slow_start server in an upstream using hash, ip_hash or random.', language: 'nginx' },
  check({ tree, report }) {
    for (const upstream of upstreams(tree)) {
      // The method in force is the last one (nginx: "load balancing method redefined").
      const methods = upstream.block!.filter((s) => BALANCING_METHODS.includes(s.name));
      const method = methods[methods.length - 1];
      if (!method || !NO_BACKUP.includes(method.name)) continue;
      for (const server of upstream.block!.filter((s) => s.name === 'server')) {
        const param = server.args.slice(1).find((a) => a.value === 'backup' || a.value.startsWith('slow_start='));
        if (!param) continue;
        const name = param.value.split('=')[0];
        const order = method.start < server.start ? 'nginx refuses it ("balancing method does not support parameter")' : 'nginx accepts it because the method comes after the servers, but the method never uses the backup list';
        const plus = name === 'slow_start' ? ' (slow_start is an NGINX Plus parameter)' : '';
        report({
          start: param.start,
          end: param.end,
          message: `"${name}"${plus} cannot be used with ${method.name}: ${order}. Use least_conn (which supports backup) or drop the parameter.`,
          related: [{ start: method.nameStart, end: method.nameEnd, message: `the ${method.name} method` }],
        });
      }
    }
  },
};
