import { modjkSyntax } from '../../../../server/src/rules/modjk/syntax';
import { ruleTester } from '../../../support/ruleTester';
import { DEBIAN_DEFAULT, LB } from './shared';

ruleTester(modjkSyntax, 'modjk', {
  valid: [
    { name: 'an lb over two Tomcats', text: LB },
    { name: "Debian's default file with its variables", text: DEBIAN_DEFAULT },
    { name: 'comments and blank lines', text: '# workers\n\n  # indented\nworker.maintain=60\n' },
    { name: 'comments after values', text: 'worker.list=lb # the balancer\nworker.lb.type=lb#no blank\nworker.maintain=60 # seconds\n' },
  ],
  invalid: [
    { name: 'a line without "="', text: 'worker.list lb\n', findings: [{ at: 'worker.list lb', message: /not a property line/ }] },
    { name: 'a worker key without a property', text: 'worker.tomcat1=ajp13\n', findings: [{ at: 'worker.tomcat1', message: /not worker\.<name>\.<property>/ }] },
    { name: 'a value that is only a comment', text: 'worker.tomcat2.host= # set later\n', findings: [{ at: 'worker.tomcat2.host=', message: /has no value/ }] },
    { name: 'a "=" only inside a comment', text: 'worker.list # =lb\n', findings: [{ at: 'worker.list', message: /not a property line/ }] },
    { name: 'a worker name with a dot-less bad character', text: 'worker.tom cat.port=8009\n', findings: [{ at: 'tom cat' }] },
  ],
});
