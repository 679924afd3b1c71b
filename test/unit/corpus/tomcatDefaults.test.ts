/**
 * Tomcat's own default server.xml, context.xml and web.xml of 7.0 to 11.0
 * (../shared/corpus/tomcat-defaults), as they ship and with the commented
 * <Cluster className="…SimpleTcpCluster"/> enabled, give no finding at all.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkWorkspace } from '../../../server/src/engine/checkWorkspace';
import { sharedRoot } from '../../support/paths';

const corpus = path.join(sharedRoot, 'corpus/tomcat-defaults');
const versions = fs.readdirSync(corpus).filter((v) => /^\d+\.\d+$/.test(v)).sort();

function nodeFrom(version: string, enableCluster: boolean): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `tomcat-${version}-`));
  fs.mkdirSync(path.join(base, 'conf'));
  for (const file of ['server.xml', 'context.xml', 'web.xml']) {
    let text = fs.readFileSync(path.join(corpus, version, 'conf', file), 'utf8');
    if (enableCluster && file === 'server.xml') {
      const commented = /<!--\s*(<Cluster className="org\.apache\.catalina\.ha\.tcp\.SimpleTcpCluster"\/>)\s*-->/;
      assert.match(text, commented, `the ${version} server.xml has the commented Cluster example`);
      text = text.replace(commented, '$1');
    }
    fs.writeFileSync(path.join(base, 'conf', file), text);
  }
  return base;
}

test('the corpus holds the five versions', () => {
  assert.deepEqual(versions, ['10.1', '11.0', '7.0', '8.5', '9.0']);
});

for (const version of versions) {
  for (const enableCluster of [false, true]) {
    test(`Tomcat ${version} defaults${enableCluster ? ' with the Cluster example enabled' : ''}: no finding`, () => {
      const base = nodeFrom(version, enableCluster);
      const result = checkWorkspace([base], { settings: { tomcatVersion: version } });
      assert.equal(result.files.length, 3);
      assert.deepEqual(result.findings.map((f) => `${path.basename(new URL(f.uri).pathname)}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
    });
  }
}
