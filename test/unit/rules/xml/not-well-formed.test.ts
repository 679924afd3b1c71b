import { notWellFormed } from '../../../../server/src/rules/xml/not-well-formed';
import { ruleTester } from '../../../support/ruleTester';

ruleTester(notWellFormed, 'tomcat-xml', {
  valid: [
    { name: 'a small server.xml', text: '<?xml version="1.0" encoding="UTF-8"?>\n<Server port="8005" shutdown="SHUTDOWN">\n  <Service name="Catalina"/>\n</Server>\n' },
    { name: 'a UTF-8 byte order mark', text: '\uFEFF<?xml version="1.0"?>\n<Context/>\n' },
    { name: 'CRLF line ends', text: '<Server>\r\n  <Service name="Catalina">\r\n  </Service>\r\n</Server>\r\n' },
    { name: 'comments and a processing instruction after the root', text: '<Server/>\n<!-- trailing comment -->\n' },
    { name: 'a web.xml 2.3 DOCTYPE with its external DTD', text: '<?xml version="1.0"?>\n<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">\n<web-app><distributable/></web-app>\n' },
    { name: 'Chinese comments', text: '<Server>\n  <!-- 集群中的節點的多播地址必須一樣 -->\n</Server>\n' },
  ],
  invalid: [
    {
      name: 'a misspelt closing tag',
      text: '<Server>\n  <Service>\n  </Servic>\n</Server>\n',
      findings: [{ at: '</Servic>', range: '2:2-2:11', message: /Expected <\/Service> to close <Service> \(line 2\), found <\/Servic>/ }],
    },
    {
      name: 'the same mistake with CRLF line ends',
      text: '<Server>\r\n  <Service>\r\n  </Servic>\r\n</Server>\r\n',
      findings: [{ at: '</Servic>', range: '2:2-2:11' }],
    },
    {
      name: 'an element left open at the end of the file',
      text: '<Server>\n  <Service name="Catalina">\n',
      findings: [{ at: '<Service', message: /ends before these elements are closed: <Server>, <Service>/ }],
    },
    {
      name: 'a closing tag that was never opened',
      text: '<Server>\n</Service>\n</Server>\n',
      findings: [{ at: '</Service>' }],
    },
    {
      name: 'a repeated attribute',
      text: '<Server port="8005" port="8006"/>\n',
      findings: [{ at: 'port', range: '0:20-0:24', message: /repeated/ }],
    },
    {
      name: 'an unquoted attribute value',
      text: '<Server port=8005/>\n',
      findings: [{ at: 'port=8005' }],
    },
    {
      name: 'the blog-mangled Manager of seed 004',
      text: '<Host name="node4">\n  <managerclassname="de.javakaffee.web.msm.memcachedbackupsessionmanager"\n    memcachedNodes="n1:172.16.31.21:11211"/>\n</Host>\n',
      findings: [{ at: 'managerclassname="de.javakaffee.web.msm.memcachedbackupsessionmanager"', message: /not a valid tag name/ }],
    },
    {
      name: 'a bare ampersand in text',
      text: '<Context>\n  <Environment value="a"/>AT&T\n</Context>\n',
      findings: [{ at: '&T', message: /bare `&`/ }],
    },
    {
      name: 'not XML at all',
      text: 'upstream tcsrvs {\n  server 10.0.0.1:8080;\n}\n',
      findings: [{ at: 'upstream', message: /root element/ }],
    },
    {
      name: 'an empty file',
      text: '',
      findings: [{ at: '', range: '0:0-0:0', message: /empty/ }],
    },
    {
      name: 'two root elements',
      text: '<Server/>\n<Server/>\n',
      findings: [{ at: '<Server', range: '1:0-1:7', message: /one root element/ }],
    },
    {
      name: 'text after the root element',
      text: '<Server/>\njunk\n',
      findings: [{ at: 'junk', message: /after the root/ }],
    },
    {
      name: 'an unclosed DOCTYPE',
      text: '<!DOCTYPE Server [ <!ENTITY a "b">\n<Server/>\n',
      findings: [{ at: '<!DOCTYPE', message: /never closed/ }],
    },
  ],
});
