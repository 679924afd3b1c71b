/** The tomcat/* rules, one file each. */
import type { XmlRule } from '../rule';
import { classNotInVersion } from './class-not-in-version';
import { deltaManagerScale } from './delta-manager-scale';
import { farmDeployerPlacement } from './farm-deployer-placement';
import { interceptorOrder } from './interceptor-order';
import { invalidAttributeValue } from './invalid-attribute-value';
import { jvmRouteBinderWithoutJvmRoute } from './jvmroute-binder-without-jvmroute';
import { loopbackAddress } from './loopback-address';
import { misplacedElement } from './misplaced-element';
import { missingClassname } from './missing-classname';
import { multicastAddressInvalid } from './multicast-address-invalid';
import { receiverAddressAuto } from './receiver-address-auto';
import { replicationValveMissing } from './replication-valve-missing';
import { sessionListenerMissing } from './session-listener-missing';
import { unknownAttribute } from './unknown-attribute';
import { unknownClass } from './unknown-class';

export const TOMCAT_RULES: XmlRule[] = [
  missingClassname,
  unknownClass,
  classNotInVersion,
  misplacedElement,
  unknownAttribute,
  invalidAttributeValue,
  multicastAddressInvalid,
  loopbackAddress,
  receiverAddressAuto,
  replicationValveMissing,
  sessionListenerMissing,
  jvmRouteBinderWithoutJvmRoute,
  farmDeployerPlacement,
  interceptorOrder,
  deltaManagerScale,
];
