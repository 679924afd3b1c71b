import { workerUndefined } from '../../../../server/src/rules/modjk/worker-undefined';
import { ruleTester } from '../../../support/ruleTester';
import { DEBIAN_DEFAULT, LB } from './shared';

ruleTester(workerUndefined, 'modjk', {
  valid: [
    { name: 'an lb over two Tomcats', text: LB },
    { name: "Debian's default", text: DEBIAN_DEFAULT },
    { name: 'only worker.list (the implicit ajp13 worker)', text: 'worker.list=ajp13\n' },
    { name: 'worker.list with a comment after it (mod_jk cuts the line at "#")', text: LB.replace('worker.list=lb,status', 'worker.list=lb,status # the balancer and its status page') },
  ],
  invalid: [
    { name: 'a misspelt member', text: LB.replace('balance_workers=tomcat1,tomcat2', 'balance_workers=tomcat1,tomcat3'), findings: [{ at: 'tomcat3', message: /balance_workers names the worker "tomcat3"/ }] },
    { name: 'a misspelt member before a comment', text: LB.replace('balance_workers=tomcat1,tomcat2', 'balance_workers=tomcat1,tomcat3 # two Tomcats'), findings: [{ at: 'tomcat3', message: /balance_workers names the worker "tomcat3"/ }] },
    { name: 'a listed worker never defined', text: 'worker.list=lb,jkstatus\nworker.lb.type=lb\nworker.lb.balance_workers=n1\nworker.n1.port=8009\n', findings: [{ at: 'jkstatus', message: /worker\.list names the worker "jkstatus"/ }] },
  ],
});
