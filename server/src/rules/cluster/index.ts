/** The cross-file rules: the workspace as one cluster. */
import type { ClusterRule } from '../rule';
import { channelMismatch } from './channel-mismatch';
import { distributableMissing } from './distributable-missing';
import { jvmRouteDuplicate } from './jvmroute-duplicate';
import { managerOverridden } from './manager-overridden';
import { memberUnknown } from './member-unknown';
import { membershipMismatch } from './membership-mismatch';
import { msmFailoverNotLocal } from './msm-failover-not-local';
import { msmNodesDiffer } from './msm-nodes-differ';
import { noSessionSharing } from './no-session-sharing';
import { portCollision } from './port-collision';
import { routeMismatch } from './route-mismatch';
import { stickyWithoutFailover } from './sticky-without-failover';
import { strategyMixed } from './strategy-mixed';
import { jvmRouteMissing } from '../tomcat/jvmroute-missing';

export const CLUSTER_RULES: ClusterRule[] = [
  membershipMismatch,
  channelMismatch,
  distributableMissing,
  jvmRouteDuplicate,
  routeMismatch,
  portCollision,
  memberUnknown,
  noSessionSharing,
  stickyWithoutFailover,
  strategyMixed,
  msmNodesDiffer,
  msmFailoverNotLocal,
  managerOverridden,
  // A tomcat/* rule that needs the balancer in front (rules.md lists it with the Tomcat rules).
  jvmRouteMissing,
];
