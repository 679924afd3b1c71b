/**
 * The language server reads nothing outside its workspace folders: a folder
 * opened inside a CATALINA_BASE does not load the node around it. (The CLI
 * run on the node itself is the control: there the node's files are read.)
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { checkWorkspace } from '../../server/src/engine/checkWorkspace';
import { LspClient } from '../support/lspClient';
import { msmContext, serverXml } from '../support/clusterConfigs';
import { writeWorkspace } from '../support/clusterRuleTester';

const node = writeWorkspace({
  'conf/server.xml': serverXml({ jvmRoute: 'tomcat1' }),
  'RELEASE-NOTES': 'Apache Tomcat Version 9.0.83\n',
  'lib/catalina-ha.jar': '',
  'webapps/cart/META-INF/context.xml': msmContext({ memcachedNodes: 'n1:10.0.0.5:11211' }),
});
const app = path.join(node, 'webapps/cart');
const context = path.join(app, 'META-INF/context.xml');
let client: LspClient | undefined;
after(async () => {
  await client?.shutdown();
});

test('a workspace folder inside a CATALINA_BASE: the node around it is not read', async () => {
  // Control: checked from the node's folder, the node's lib/ lacks msm's jars.
  const whole = checkWorkspace([node], { settingsDir: node }).findings.filter((f) => f.uri === pathToFileURL(context).href).map((f) => f.code);
  assert.ok(whole.includes('msm/client-jars-missing'), whole.join());

  client = new LspClient({ pull: true, rootUri: pathToFileURL(app).href });
  await client.initialize();
  const uri = pathToFileURL(context).href;
  await client.open(uri, msmContext({ memcachedNodes: 'n1:10.0.0.5:11211' }));
  const codes = (await client.pullItems(uri)).map((d) => d.code);
  assert.ok(!codes.includes('msm/client-jars-missing'), codes.join());
});
