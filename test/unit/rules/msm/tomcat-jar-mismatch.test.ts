import { tomcatJarMismatch } from '../../../../server/src/rules/msm/tomcat-jar-mismatch';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, jars, MSM_CORE_JARS, msmManager } from '../../../support/tomcatXml';
const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';
const manager = (transcoder: string, extra = ''): string => msmManager(`memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" failoverNodes="n1" transcoderFactoryClass="${transcoder}" ${extra}`);
const inContext = (transcoder: string, extra = ''): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(manager(transcoder, extra)) });

ruleTester(tomcatJarMismatch, 'tomcat-xml', {
  valid: [
    { name: 'tc9 on Tomcat 9.0', ...inContext(KRYO), files: { ...jars('lib', MSM_CORE_JARS), 'RELEASE-NOTES': 'Apache Tomcat Version 9.0.83' } },
    { name: 'tc7 on an unknown version (the jar itself tells 7.0)', ...inContext(KRYO), files: jars('lib', ['memcached-session-manager-tc7-2.3.2.jar']) },
  ],
  invalid: [
    {
      name: 'tc6 and tc7 at once (seed 003)',
      ...inContext(KRYO),
      files: jars('lib', ['memcached-session-manager-1.6.3.jar', 'memcached-session-manager-tc6-1.6.3.jar', 'memcached-session-manager-tc7-1.6.3.jar']),
      findings: [{ at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /Several Tomcat-specific msm jars.*tc6-1\.6\.3\.jar.*tc7-1\.6\.3\.jar/ }],
    },
    {
      name: 'tc7 on Tomcat 9.0',
      ...inContext(KRYO),
      files: { ...jars('lib', ['memcached-session-manager-tc7-2.3.2.jar']), 'RELEASE-NOTES': 'Apache Tomcat Version 9.0.83' },
      findings: [{ at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /built for Tomcat 7, but this node is Tomcat 9\.0\.83 \(from RELEASE-NOTES\): use memcached-session-manager-tc9/ }],
    },
    {
      name: 'msm on Tomcat 10.1',
      ...inContext(KRYO),
      settings: { tomcatVersion: '10.1' },
      findings: [{ at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /no official release for Tomcat 10/ }],
    },
  ],
});
