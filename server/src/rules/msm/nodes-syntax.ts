import type { XmlRule } from '../rule';
import { managersOf } from './managers';

/** memcachedNodes in none of the forms msm accepts: msm throws "wrong format" at start. */
export const nodesSyntax: XmlRule = {
  meta: {
    id: 'msm/nodes-syntax',
    defaultSeverity: 'error',
    description: 'memcachedNodes is empty or in none of the forms msm accepts.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (m.nodes.empty) {
        const at = m.nodesAttribute ? { start: m.nodesAttribute.nameStart, end: m.nodesAttribute.nameEnd } : { start: m.element.nameStart, end: m.element.nameEnd };
        context.report({ ...at, message: 'memcachedNodes is required and empty: msm does not start without the memcached (or redis) nodes, e.g. memcachedNodes="n1:host1:11211,n2:host2:11211".' });
        continue;
      }
      for (const bad of m.nodes.invalid) {
        const redis = /^rediss?:\/\//.test(bad.text);
        context.report({
          start: bad.start,
          end: bad.end,
          message: redis
            ? `"${bad.text}": a redis URL must be the only entry of memcachedNodes (msm takes one redis:// URL).`
            : `"${bad.text}" is not a memcached node: write id:host:port (the id is letters, digits or _, the host has no ':'), as in n1:10.0.0.11:11211.`,
        });
      }
    }
  },
};
