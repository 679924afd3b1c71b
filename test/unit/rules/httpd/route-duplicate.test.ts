import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../../server/src/engine/checkDocument';
import { routeDuplicate } from '../../../../server/src/rules/httpd/route-duplicate';
import { ruleTester } from '../../../support/ruleTester';
import { textAt } from '../../../support/text';
import { RECIPE } from './shared';

const MAIN = 'ServerRoot .\n<Proxy balancer://tcsrvs>\n    BalancerMember http://10.0.0.1:8080 route=Tomcat-1\n</Proxy>\nInclude conf.d/members.conf\n';
const INCLUDED = '# more members\n\n\n<Proxy balancer://tcsrvs>\n    BalancerMember http://10.0.0.2:8080 route=Tomcat-1\n</Proxy>\n';

ruleTester(routeDuplicate, 'httpd', {
  valid: [{ name: 'the recipe', text: RECIPE }],
  invalid: [
    { name: 'a copied member line', text: RECIPE.replace('route=Tomcat-2', 'route=Tomcat-1'), findings: [{ at: 'route=Tomcat-1', range: '3:47-3:61', message: /already the route of another member/ }] },
    { name: 'a member in an included file repeats a route of the main file', path: 'conf.d/members.conf', text: INCLUDED, files: { 'httpd.conf': MAIN }, findings: [{ at: 'route=Tomcat-1', range: '4:40-4:54' }] },
  ],
});

test('httpd/route-duplicate: the related location of a member in another file points into that file', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'route-duplicate-'));
  try {
    fs.mkdirSync(path.join(root, 'conf.d'));
    fs.writeFileSync(path.join(root, 'httpd.conf'), MAIN);
    const included = path.join(root, 'conf.d', 'members.conf');
    fs.writeFileSync(included, INCLUDED);
    const document = TextDocument.create(pathToFileURL(included).href, 'apacheconf', 1, INCLUDED);
    const empty = { xml: [], tomcat: [], nginx: [], httpd: [routeDuplicate], modjk: [], cluster: [] };
    const [finding, ...rest] = checkDocument(document, 'httpd', { rules: empty, settingsDir: root });
    assert.deepEqual(rest, []);
    assert.equal(finding.related?.length, 1);
    const related = finding.related![0];
    assert.equal(related.uri, pathToFileURL(path.join(root, 'httpd.conf')).href);
    assert.equal(textAt(MAIN, related.range), 'route=Tomcat-1');
    assert.deepEqual(related.range, { start: { line: 2, character: 40 }, end: { line: 2, character: 54 } });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('httpd/route-duplicate: the related location of a member in the same file stays in that file', () => {
  const text = RECIPE.replace('route=Tomcat-2', 'route=Tomcat-1');
  const document = TextDocument.create('untitled:httpd.conf', 'apacheconf', 1, text);
  const empty = { xml: [], tomcat: [], nginx: [], httpd: [routeDuplicate], modjk: [], cluster: [] };
  const [finding] = checkDocument(document, 'httpd', { rules: empty });
  assert.equal(finding.related?.[0].uri, 'untitled:httpd.conf');
  assert.equal(textAt(text, finding.related![0].range), 'route=Tomcat-1');
  assert.equal(finding.related![0].range.start.line, 2);
});
