import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtickedValues, enumeratedValues, exampleValues, isOnOffDoc } from '../../../../server/src/features/completion/common';
import { xmlSituation } from '../../../../server/src/features/completion/xmlCursor';
import { snippetCompletions } from '../../../../server/src/features/snippets';
import { atCursor, complete, completeAll, contextAt } from './completionHelpers';

test('values named in a catalogue\'s prose: backticks, enumerations, On/Off, examples', () => {
  assert.deepEqual(backtickedValues('Non-sticky only: `none`, `all`, `auto` or `uriPattern:<regex>` (matched …).'), [
    { label: 'none' },
    { label: 'all' },
    { label: 'auto' },
    { label: 'uriPattern:', snippet: 'uriPattern:${1:regex}' },
  ]);
  assert.deepEqual(enumeratedValues('The method: byrequests (default), bytraffic, bybusyness or heartbeat; each needs its module.'), [
    { label: 'byrequests', isDefault: true },
    { label: 'bytraffic', isDefault: false },
    { label: 'bybusyness', isDefault: false },
    { label: 'heartbeat', isDefault: false },
  ]);
  assert.deepEqual(enumeratedValues('When to flush data to the client: on, off or auto.').map((v) => v.label), ['on', 'off', 'auto']);
  assert.deepEqual(enumeratedValues('On: a session never moves to another member when its own is in error.'), []);
  assert.deepEqual(enumeratedValues('Seconds to wait.'), []);
  assert.deepEqual(isOnOffDoc('On (default): retry all members.'), { on: true, defaultOn: true });
  assert.equal(isOnOffDoc('The method: a, b'), undefined);
  assert.deepEqual(exampleValues('Name of the cookie, e.g. JSESSIONID|jsessionid or ROUTEID.'), ['JSESSIONID|jsessionid', 'ROUTEID']);
});

test('the XML cursor: the same enclosing elements from the parsed tree and from the tolerant scan', () => {
  const wellFormed = atCursor('<Server><Service><Engine><Cluster><Channel><Membership |/></Channel></Cluster></Engine></Service></Server>');
  const halfTyped = atCursor('<Server><Service><Engine><Cluster><Channel><Membership |');
  const a = xmlSituation(wellFormed.text, wellFormed.offset);
  const b = xmlSituation(halfTyped.text, halfTyped.offset);
  assert.equal(a.kind, 'attribute-name');
  assert.equal(b.kind, 'attribute-name');
  assert.deepEqual('parents' in a && a.parents, ['Server', 'Service', 'Engine', 'Cluster', 'Channel']);
  assert.deepEqual('parents' in b && b.parents, ['Server', 'Service', 'Engine', 'Cluster', 'Channel']);
  // Closed siblings, comments and CDATA before the cursor do not count as open.
  const c = atCursor('<Server><!-- <Service> --><![CDATA[<Engine>]]><Service/><Listener></Listener><|');
  const s = xmlSituation(c.text, c.offset);
  assert.deepEqual(s.kind === 'element-name' && s.parents, ['Server']);
});

test('completion never throws and knows no other language', () => {
  // An empty Tomcat file: the root elements, with their `<`.
  assert.deepEqual(complete('tomcat-xml', '|').map((e) => e.insertText), ['<Server', '<Context']);
  assert.deepEqual(complete('nginx', '|').length > 0, true);
  for (const [language, text] of [['tomcat-xml', '<<<|>>>"\'\''], ['tomcat-xml', '<a b="<|'], ['httpd', '"|'], ['httpd', '</|'], ['modjk', '=|='], ['nginx', '}}}|{{{']] as const) {
    assert.ok(Array.isArray(complete(language, text)), `${language}: ${text}`);
  }
  assert.deepEqual(complete('conf' as never, 'x|'), []);
});

test('completions: the catalogue entries, then the strategy snippets that fit the place', () => {
  const cases: [Parameters<typeof complete>[0], string, string][] = [
    ['tomcat-xml', '<Server><Service><Engine name="e">\n  |\n</Engine></Service></Server>', '/ws/tomcat1/conf/server.xml'],
    ['nginx', 'events {}\nhttp {\n  |\n}\n', '/ws/nginx/nginx.conf'],
    ['httpd', '<VirtualHost *:80>\n  |\n</VirtualHost>\n', '/ws/apache2/sites-enabled/app.conf'],
  ];
  for (const [language, text, filePath] of cases) {
    const all = completeAll(language, text, { filePath });
    const catalogue = complete(language, text, { filePath });
    const snippets = snippetCompletions(contextAt(language, text, { filePath }));
    assert.deepEqual(all.map((e) => e.label), [...catalogue, ...snippets].map((e) => e.label), language);
    assert.ok(catalogue.length > 0, language);
  }
});
