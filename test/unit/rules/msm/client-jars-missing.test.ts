import { clientJarsMissing } from '../../../../server/src/rules/msm/client-jars-missing';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, jars, MSM_CORE_JARS, msmManager } from '../../../support/tomcatXml';
const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';
const manager = (transcoder: string, extra = ''): string => msmManager(`memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" failoverNodes="n1" transcoderFactoryClass="${transcoder}" ${extra}`);
const inContext = (transcoder: string, extra = ''): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(manager(transcoder, extra)) });

ruleTester(clientJarsMissing, 'tomcat-xml', {
  valid: [
    { name: 'core, tc9 and spymemcached', ...inContext(KRYO), files: jars('lib', MSM_CORE_JARS) },
    { name: 'redis with jedis', path: 'conf/context.xml', text: contextXml(msmManager('memcachedNodes="redis://r1:6379"')), files: jars('lib', ['memcached-session-manager-2.3.2.jar', 'memcached-session-manager-tc9-2.3.2.jar', 'jedis-2.9.0.jar']) },
  ],
  invalid: [
    { name: 'no spymemcached', ...inContext(KRYO), files: jars('lib', MSM_CORE_JARS.slice(0, 2)), findings: [{ at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /needs spymemcached in Tomcat's lib folder/ }] },
    { name: 'redis without jedis, no tc jar', path: 'conf/context.xml', text: contextXml(msmManager('memcachedNodes="redis://r1:6379"')), files: jars('lib', ['memcached-session-manager-2.3.2.jar', 'spymemcached-2.12.3.jar']), findings: [{ at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /memcached-session-manager-tcN.*jedis/ }] },
  ],
});
