/** The httpd/* rules, one file each. */
import type { HttpdRule } from '../rule';
import { balancerUndefined } from './balancer-undefined';
import { httpdIncludeNotFound } from './include-not-found';
import { lbmethod } from './lbmethod';
import { legacyAccessControl } from './legacy-access-control';
import { memberRouteMissing } from './member-route-missing';
import { moduleMissing } from './module-missing';
import { paramWrongLevel } from './param-wrong-level';
import { proxyPassReverseMissing } from './proxypassreverse-missing';
import { routeCookieFormat } from './route-cookie-format';
import { routeDuplicate } from './route-duplicate';
import { stickyCookieNotSet } from './sticky-cookie-not-set';
import { httpdSyntax } from './syntax';
import { httpdUnknownDirective } from './unknown-directive';

export const HTTPD_RULES: HttpdRule[] = [
  httpdSyntax,
  httpdUnknownDirective,
  balancerUndefined,
  stickyCookieNotSet,
  routeCookieFormat,
  memberRouteMissing,
  routeDuplicate,
  paramWrongLevel,
  lbmethod,
  moduleMissing,
  legacyAccessControl,
  proxyPassReverseMissing,
  httpdIncludeNotFound,
];
