/** The msm/* rules (memcached-session-manager), one file each. */
import type { XmlRule } from '../rule';
import { clientJarsMissing } from './client-jars-missing';
import { duplicateNode } from './duplicate-node';
import { enabledNonSticky } from './enabled-non-sticky';
import { failoverAllNodes } from './failover-all-nodes';
import { failoverIgnored } from './failover-ignored';
import { failoverNonSticky } from './failover-non-sticky';
import { failoverSingleNode } from './failover-single-node';
import { failoverUnknownId } from './failover-unknown-id';
import { invalidRegex } from './invalid-regex';
import { jarVersions } from './jar-versions';
import { lockingMode } from './locking-mode';
import { nodesSyntax } from './nodes-syntax';
import { nonStickyJvmRoute } from './non-sticky-jvmroute';
import { protocol } from './protocol';
import { serializerJarsMissing } from './serializer-jars-missing';
import { storageKeyPrefix } from './storage-key-prefix';
import { tomcatJarMismatch } from './tomcat-jar-mismatch';
import { transcoderUnknown } from './transcoder-unknown';

export const MSM_RULES: XmlRule[] = [
  nodesSyntax,
  duplicateNode,
  failoverUnknownId,
  failoverSingleNode,
  failoverAllNodes,
  failoverNonSticky,
  failoverIgnored,
  lockingMode,
  protocol,
  storageKeyPrefix,
  enabledNonSticky,
  nonStickyJvmRoute,
  invalidRegex,
  serializerJarsMissing,
  clientJarsMissing,
  tomcatJarMismatch,
  jarVersions,
  transcoderUnknown,
];
