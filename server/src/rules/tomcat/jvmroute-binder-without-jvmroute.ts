import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { classOf, classRange, clusterParts } from './clusterParts';
import { configuredElements } from './configuredElements';

const BINDER = 'org.apache.catalina.ha.session.JvmRouteBinderValve';

/** JvmRouteBinderValve rewrites the jvmRoute suffix of session ids after a failover; without an Engine jvmRoute there is none. */
export const jvmRouteBinderWithoutJvmRoute: XmlRule = {
  meta: {
    id: 'tomcat/jvmroute-binder-without-jvmroute',
    defaultSeverity: 'warning',
    description: 'JvmRouteBinderValve is configured but the Engine has no jvmRoute.',
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report }) {
    for (const { element, id } of configuredElements(tree, catalogue)) {
      if (id !== 'Cluster') continue;
      const { valves, engine } = clusterParts(element);
      const binder = valves.find((v) => classOf(v) === BINDER);
      if (!binder || !engine || attribute(engine, 'jvmRoute')) continue;
      report({
        ...classRange(binder),
        message: 'JvmRouteBinderValve moves a session to this node after a failover by rewriting the jvmRoute suffix of its id, but the Engine has no jvmRoute (unless one comes from -DjvmRoute, deprecated since 9.0): set <Engine jvmRoute="…">, unique per node.',
        related: [{ start: engine.nameStart, end: engine.nameEnd, message: 'the Engine without jvmRoute' }],
      });
    }
  },
};
