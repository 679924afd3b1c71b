import { sessionListenerMissing } from '../../../../server/src/rules/tomcat/session-listener-missing';
import { ruleTester } from '../../../support/ruleTester';
import { C, clusterWith } from './cluster-structure.shared';

ruleTester(sessionListenerMissing, 'tomcat-xml', {
  valid: [
    { name: 'no listeners declared', text: clusterWith('') },
    { name: 'ClusterSessionListener declared', text: clusterWith(`<ClusterListener className="${C}.session.ClusterSessionListener"/>`) },
    { name: 'BackupManager needs no ClusterSessionListener', text: clusterWith(`<Manager className="${C}.session.BackupManager"/><ClusterListener className="com.example.Audit"/>`) },
  ],
  invalid: [
    {
      name: 'only JvmRouteSessionIDBinderListener with the default DeltaManager',
      text: clusterWith(`<ClusterListener className="${C}.session.JvmRouteSessionIDBinderListener"/>`),
      findings: [{ at: 'Cluster', message: /not ClusterSessionListener/ }],
    },
  ],
});
