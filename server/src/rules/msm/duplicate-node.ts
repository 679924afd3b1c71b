import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** Two node ids on one memcached (the backup then lands on the primary's server) or one id twice. */
export const duplicateNode: XmlRule = {
  meta: {
    id: 'msm/duplicate-node',
    defaultSeverity: 'error',
    description: 'Two memcached node ids point at the same host:port, or one id is used twice.',
    language: 'tomcat-xml',
  },
  check(context) {
    const text = context.document.getText();
    for (const m of managersOf(context)) {
      if (m.nodes.form !== 'memcached' && m.nodes.form !== 'couchbase') continue;
      const byAddress = new Map<string, (typeof m.nodes.nodes)[number]>();
      const byId = new Map<string, (typeof m.nodes.nodes)[number]>();
      for (const n of m.nodes.nodes) {
        const address = `${n.host.toLowerCase()}:${n.port}`;
        const sameId = n.id !== undefined ? byId.get(n.id) : undefined;
        const sameAddress = byAddress.get(address);
        const first = sameId ?? sameAddress;
        if (first) {
          // Remove the entry and the separator before it.
          let start = n.start;
          while (start > 0 && /[\s,]/.test(text[start - 1]) && text[start - 1] !== '"') start--;
          context.report({
            start: n.start,
            end: n.end,
            message: sameId
              ? `Node id "${n.id}" is already used by ${text.slice(first.start, first.end)}: each memcached node needs its own id.`
              : m.nodes.form === 'couchbase'
                ? `${text.slice(n.start, n.end)} names the same couchbase server as ${text.slice(first.start, first.end)}; list each server once.`
                : `${text.slice(n.start, n.end)} is the same memcached (${n.host}:${n.port}) as ${text.slice(first.start, first.end)}: msm stores the backup of a session on another node than its primary, and here both are one server, so a crash of it loses both copies.`,
            related: [{ start: first.start, end: first.end, message: 'the first entry' }],
            // Not when failoverNodes names the entry by its own id: removing it would leave an unknown failover id.
            fix:
              !sameId && n.id !== undefined && m.failoverIds.some((t) => t.text === n.id)
                ? undefined
                : { title: `Remove ${text.slice(n.start, n.end)}`, edits: [{ start, end: n.end, text: '' }] },
          });
          continue;
        }
        byAddress.set(address, n);
        if (n.id !== undefined) byId.set(n.id, n);
      }
    }
  },
};
