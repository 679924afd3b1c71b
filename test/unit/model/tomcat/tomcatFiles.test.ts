import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { tomcatFileInfo } from '../../../../server/src/model/tomcat/tomcatFiles';

test('the role of each Tomcat file', () => {
  assert.deepEqual(tomcatFileInfo('/t/conf/server.xml'), { role: 'server' });
  assert.deepEqual(tomcatFileInfo('/t/conf/context.xml'), { role: 'context-default' });
  assert.deepEqual(tomcatFileInfo('/t/conf/Catalina/localhost/context.xml.default'), { role: 'context-host-default' });
  assert.deepEqual(tomcatFileInfo('/t/conf/Catalina/localhost/shop#admin.xml'), { role: 'context-app', app: 'shop/admin' });
  assert.deepEqual(tomcatFileInfo('/t/webapps/cart/META-INF/context.xml'), { role: 'context-meta-inf', app: 'cart', appDir: '/t/webapps/cart' });
  assert.deepEqual(tomcatFileInfo('/t/webapps/cart/WEB-INF/web.xml'), { role: 'web-app', app: 'cart', appDir: '/t/webapps/cart' });
  assert.deepEqual(tomcatFileInfo('/t/conf/web.xml'), { role: 'web-default' });
  assert.equal(tomcatFileInfo('/t/pom.xml'), undefined);
});
