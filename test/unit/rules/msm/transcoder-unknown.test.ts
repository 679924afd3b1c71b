import { transcoderUnknown } from '../../../../server/src/rules/msm/transcoder-unknown';
import { ruleTester } from '../../../support/ruleTester';
import { contextXml, msmManager } from '../../../support/tomcatXml';
const ctx = (attrs: string): { path: string; text: string } => ({ path: 'conf/context.xml', text: contextXml(msmManager(`memcachedNodes="n1:h1:11211,n2:h2:11211" ${attrs}`)) });

ruleTester(transcoderUnknown, 'tomcat-xml', {
  valid: [{ name: 'kryo', ...ctx('transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory"') }, { name: 'a custom factory elsewhere', ...ctx('transcoderFactoryClass="com.example.MyTranscoderFactory"') }],
  invalid: [
    {
      name: 'a misspelt factory',
      ...ctx('transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactroy"'),
      findings: [{ at: 'de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactroy', message: /Did you mean de\.javakaffee\.web\.msm\.serializer\.kryo\.KryoTranscoderFactory\?/ }],
    },
  ],
});
