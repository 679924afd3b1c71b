import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyFile, languageFromContent, languageFromPath } from '../../../server/src/workspace/fileKind';

test('Tomcat files by path', () => {
  for (const p of [
    '/opt/tomcat/conf/server.xml',
    'tomcat1/conf/context.xml',
    'tomcat1/conf/Catalina/localhost/context.xml.default',
    'tomcat1/conf/Catalina/localhost/shop.xml',
    'tomcat1/webapps/shop/WEB-INF/web.xml',
    'tomcat1/webapps/shop/META-INF/context.xml',
    'tomcat1/conf/web.xml',
    'C:\\tomcat\\conf\\server.xml',
  ]) {
    assert.equal(languageFromPath(p), 'tomcat-xml', p);
  }
  for (const p of ['pom.xml', 'src/main/resources/log4j2.xml', 'web.xml', 'conf/tomcat-users.xsd']) {
    assert.equal(languageFromPath(p), undefined, p);
  }
});

test('nginx, httpd and mod_jk files by path', () => {
  assert.equal(languageFromPath('/etc/nginx/nginx.conf'), 'nginx');
  assert.equal(languageFromPath('/etc/nginx/conf.d/upstreams.conf'), 'nginx');
  assert.equal(languageFromPath('/etc/nginx/sites-enabled/default'), 'nginx');
  assert.equal(languageFromPath('proxy/nginx.conf'), 'nginx');
  assert.equal(languageFromPath('/etc/httpd/conf.d/proxy.conf'), 'httpd');
  assert.equal(languageFromPath('/etc/apache2/sites-enabled/000-default.conf'), 'httpd');
  assert.equal(languageFromPath('/etc/apache2/sites-enabled/default'), 'httpd');
  assert.equal(languageFromPath('httpd.conf'), 'httpd');
  assert.equal(languageFromPath('/etc/httpd/conf/workers.properties'), 'modjk');
  assert.equal(languageFromPath('/etc/nginx/README.md'), undefined);
  assert.equal(languageFromPath('lb/conf.d/tomcat.conf'), 'conf');
});

test('a .conf file whose path says nothing, by its content', () => {
  assert.equal(languageFromContent('upstream tcsrvs {\n    hash $request_uri consistent;\n    server 192.168.169.131:8080;\n}\n'), 'nginx');
  assert.equal(
    languageFromContent('Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED\n<Proxy balancer://tcsrvs>\n    BalancerMember http://192.168.169.131:8080 route=Tomcat-1\n</Proxy>\n'),
    'httpd',
  );
  assert.equal(languageFromContent('# only a comment\n'), undefined);
  assert.equal(languageFromContent(''), undefined);
  assert.equal(classifyFile('lb/conf.d/proxy.conf', () => '<VirtualHost *:80>\n  ProxyPass / balancer://c/\n</VirtualHost>\n'), 'httpd');
  assert.equal(classifyFile('lb/conf.d/proxy.conf', () => undefined), undefined);
});
