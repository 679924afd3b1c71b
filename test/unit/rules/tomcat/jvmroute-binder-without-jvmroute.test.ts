import { jvmRouteBinderWithoutJvmRoute } from '../../../../server/src/rules/tomcat/jvmroute-binder-without-jvmroute';
import { ruleTester } from '../../../support/ruleTester';
import { C, clusterWith } from './cluster-structure.shared';

const binder = `<Valve className="${C}.tcp.ReplicationValve"/><Valve className="${C}.session.JvmRouteBinderValve"/>`;

ruleTester(jvmRouteBinderWithoutJvmRoute, 'tomcat-xml', {
  valid: [
    { name: 'the Engine has a jvmRoute', text: clusterWith(binder, { engineAttributes: 'jvmRoute="tomcat1"' }) },
    { name: 'a Host cluster, the Engine has a jvmRoute', text: clusterWith(binder, { inHost: true, engineAttributes: 'jvmRoute="tomcat1"' }) },
  ],
  invalid: [
    { name: 'no jvmRoute (seed 000)', text: clusterWith(binder, { inHost: true }), findings: [{ at: `${C}.session.JvmRouteBinderValve`, message: /the Engine has no jvmRoute/ }] },
  ],
});
