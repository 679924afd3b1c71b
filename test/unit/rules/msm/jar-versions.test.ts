import { jarVersions } from '../../../../server/src/rules/msm/jar-versions';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, JAVOLUTION_JARS, jars, KRYO_JARS, MSM_CORE_JARS, msmManager } from '../../../support/tomcatXml';
const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';
const JAVOLUTION = 'de.javakaffee.web.msm.serializer.javolution.JavolutionTranscoderFactory';
const manager = (transcoder: string, extra = ''): string => msmManager(`memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" failoverNodes="n1" transcoderFactoryClass="${transcoder}" ${extra}`);
const inContext = (transcoder: string, extra = ''): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(manager(transcoder, extra)) });

ruleTester(jarVersions, 'tomcat-xml', {
  valid: [
    { name: 'msm 2.3.2 with kryo 4 and kryo-serializers 0.45 (seed 000)', ...inContext(KRYO), files: jars('lib', [...MSM_CORE_JARS, ...KRYO_JARS]) },
    { name: 'msm 2.3.2 with the last javolution module, 2.1.1 (seed 000)', ...inContext(JAVOLUTION), files: jars('lib', [...MSM_CORE_JARS, ...JAVOLUTION_JARS]) },
  ],
  invalid: [
    {
      name: 'msm 1.6.3 with kryo-serializers 0.9 (seed 003: DateSerializer missing)',
      ...inContext(KRYO),
      files: jars('lib', ['memcached-session-manager-1.6.3.jar', 'memcached-session-manager-tc7-1.6.3.jar', 'msm-kryo-serializer-1.6.3.jar', 'kryo-1.03.jar', 'kryo-serializers-0.9.jar', 'minlog-1.2.jar', 'reflectasm-1.0.jar', 'asm-3.2.jar', 'spymemcached-2.8.4.jar']),
      findings: [{ at: KRYO, message: /kryo-serializers-0\.9\.jar does not fit msm 1\.6\.3, which needs kryo-serializers >=0\.10 <0\.20/ }],
    },
    {
      name: 'a tc jar of another msm version and kryo 3 with msm 2.3.2',
      ...inContext(KRYO),
      files: jars('lib', ['memcached-session-manager-2.3.2.jar', 'memcached-session-manager-tc9-2.3.0.jar', 'spymemcached-2.12.3.jar', ...KRYO_JARS.filter((j) => !j.startsWith('kryo-4')), 'kryo-3.0.3.jar']),
      findings: [
        { at: 'de.javakaffee.web.msm.MemcachedBackupSessionManager', message: /tc9-2\.3\.0\.jar and memcached-session-manager-2\.3\.2\.jar are different msm versions/ },
        { at: KRYO, message: /kryo-3\.0\.3\.jar does not fit msm 2\.3\.2, which needs kryo >=4 <5/ },
      ],
    },
  ],
});
