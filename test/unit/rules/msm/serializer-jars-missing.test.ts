import { serializerJarsMissing } from '../../../../server/src/rules/msm/serializer-jars-missing';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, JAVOLUTION_JARS, jars, KRYO_JARS, MSM_CORE_JARS, msmManager } from '../../../support/tomcatXml';
const KRYO = 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory';
const JAVOLUTION = 'de.javakaffee.web.msm.serializer.javolution.JavolutionTranscoderFactory';
const manager = (transcoder: string, extra = ''): string => msmManager(`memcachedNodes="n1:10.0.0.11:11211,n2:10.0.0.12:11211" failoverNodes="n1" transcoderFactoryClass="${transcoder}" ${extra}`);
const inContext = (transcoder: string, extra = ''): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(manager(transcoder, extra)) });

ruleTester(serializerJarsMissing, 'tomcat-xml', {
  valid: [
    { name: 'kryo with the full kryo set in lib', ...inContext(KRYO), files: jars('lib', [...MSM_CORE_JARS, ...KRYO_JARS]) },
    { name: 'kryo jars in the app WEB-INF/lib (META-INF/context.xml)', path: 'webapps/cart/META-INF/context.xml', text: contextXml(manager(KRYO)), files: { ...jars('lib', MSM_CORE_JARS), ...jars('webapps/cart/WEB-INF/lib', KRYO_JARS) } },
    { name: 'Java serialization needs no jar', ...inContext('de.javakaffee.web.msm.JavaSerializationTranscoderFactory'), files: jars('lib', MSM_CORE_JARS) },
    { name: 'no library folder known: silent', ...inContext(KRYO) },
    { name: 'javolution with its jars', ...inContext(JAVOLUTION), files: jars('lib', [...MSM_CORE_JARS, ...JAVOLUTION_JARS]) },
    {
      name: 'msm 1.6.3 with the kryo 1 set (no objenesis before msm 1.9, seed 003)',
      ...inContext(KRYO),
      files: jars('lib', ['memcached-session-manager-1.6.3.jar', 'memcached-session-manager-tc7-1.6.3.jar', 'spymemcached-2.8.4.jar', 'msm-kryo-serializer-1.6.3.jar', 'kryo-serializers-0.10.jar', 'kryo-1.03.jar', 'minlog-1.2.jar', 'reflectasm-1.0.jar', 'asm-3.2.jar']),
    },
  ],
  invalid: [
    {
      name: 'kryo with only the javolution jars (seed 000)',
      ...inContext(KRYO),
      files: jars('lib', [...MSM_CORE_JARS, ...JAVOLUTION_JARS]),
      findings: [{ at: KRYO, message: /The kryo serializer needs msm-kryo-serializer, kryo-serializers, kryo, minlog, reflectasm, asm, objenesis, which are in none of this node's library folders \(lib\)\. The jars there are for the javolution serializer\./ }],
    },
    {
      name: 'kryo without objenesis and asm',
      ...inContext(KRYO),
      files: jars('lib', [...MSM_CORE_JARS, ...KRYO_JARS.filter((j) => !/^(objenesis|asm)-/.test(j))]),
      findings: [{ at: KRYO, message: /needs asm, objenesis, which are/ }],
    },
  ],
});
