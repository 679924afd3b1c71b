import { replicationValveMissing } from '../../../../server/src/rules/tomcat/replication-valve-missing';
import { ruleTester } from '../../../support/ruleTester';
import { C, clusterWith } from './cluster-structure.shared';

ruleTester(replicationValveMissing, 'tomcat-xml', {
  valid: [
    { name: 'no valves (the implicit ones apply)', text: clusterWith('') },
    { name: 'ReplicationValve among the valves', text: clusterWith(`<Valve className="${C}.tcp.ReplicationValve"/><Valve className="${C}.session.JvmRouteBinderValve"/>`) },
  ],
  invalid: [
    {
      name: 'only JvmRouteBinderValve',
      text: clusterWith(`<Valve className="${C}.session.JvmRouteBinderValve"/>`, { engineAttributes: 'jvmRoute="n1"' }),
      findings: [{ at: 'Cluster', message: /no ReplicationValve/ }],
    },
  ],
});
