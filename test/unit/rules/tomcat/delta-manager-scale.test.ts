import { deltaManagerScale } from '../../../../server/src/rules/tomcat/delta-manager-scale';
import { ruleTester } from '../../../support/ruleTester';
import { C, clusterWith } from './cluster-structure.shared';

const members = (n: number): string =>
  `<Channel className="org.apache.catalina.tribes.group.GroupChannel"><Membership className="org.apache.catalina.tribes.membership.StaticMembershipService">${Array.from(
    { length: n },
    (_, i) => `<Member className="org.apache.catalina.tribes.membership.StaticMember" host="10.0.0.${20 + i}" port="4000" uniqueId="{${Array.from({ length: 16 }, () => i).join(',')}}"/>`,
  ).join('')}</Membership></Channel>`;

ruleTester(deltaManagerScale, 'tomcat-xml', {
  valid: [
    { name: 'DeltaManager with 3 static members (4 nodes)', text: clusterWith(`<Manager className="${C}.session.DeltaManager"/>${members(3)}`) },
    { name: 'BackupManager with 6 static members', text: clusterWith(`<Manager className="${C}.session.BackupManager"/>${members(6)}`) },
  ],
  invalid: [
    { name: 'DeltaManager with 4 static members (5 nodes)', text: clusterWith(`<Manager className="${C}.session.DeltaManager"/>${members(4)}`), findings: [{ at: 'Manager', message: /with 5 nodes.*BackupManager/ }] },
  ],
});
