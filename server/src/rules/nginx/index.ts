/** The nginx/* rules, one file each. */
import type { NginxRule } from '../rule';
import { backupWithHash } from './backup-with-hash';
import { balancingMethodConflict } from './balancing-method-conflict';
import { cookieHashLiteralName } from './cookie-hash-literal-name';
import { directiveNotAllowed } from './directive-not-allowed';
import { includeCycle } from './include-cycle';
import { includeNotFound } from './include-not-found';
import { invalidArguments } from './invalid-arguments';
import { ipHashNat } from './ip-hash-nat';
import { sessionHashNoAffinity } from './session-hash-no-affinity';
import { nginxSyntax } from './syntax';
import { unknownDirective } from './unknown-directive';
import { upstreamDuplicate } from './upstream-duplicate';
import { upstreamDuplicateServer } from './upstream-duplicate-server';
import { upstreamUndefined } from './upstream-undefined';
import { upstreamUnused } from './upstream-unused';

export const NGINX_RULES: NginxRule[] = [
  nginxSyntax,
  unknownDirective,
  directiveNotAllowed,
  invalidArguments,
  balancingMethodConflict,
  backupWithHash,
  cookieHashLiteralName,
  sessionHashNoAffinity,
  ipHashNat,
  upstreamUndefined,
  upstreamDuplicate,
  upstreamDuplicateServer,
  upstreamUnused,
  includeNotFound,
  includeCycle,
];
