/**
 * Every catalogued item hovers: each Tomcat element (at its catalogue
 * place), each class an element takes, each attribute of those classes,
 * each msm attribute, each httpd directive and section, each mod_jk
 * property, each nginx directive.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import httpdCatalogue from '../../../../schemas/httpd/directives.json';
import workersCatalogue from '../../../../schemas/modjk/workers.json';
import { hover } from '../../../../server/src/features/hover';
import { allDirectiveNames } from '../../../../server/src/model/nginx/directives';
import { TOMCAT_CATALOGUE } from '../../../../server/src/model/tomcat/catalogue';
import { simpleName } from '../../../../server/src/model/tomcat/configElements';
import { MSM_CATALOGUE } from '../../../../server/src/model/tomcat/msmCatalogue';
import type { FileLanguage } from '../../../../server/src/workspace/fileKind';

function hoverText(language: FileLanguage, text: string, offset: number): string | undefined {
  const document = TextDocument.create('untitled:coverage', 'plaintext', 1, text);
  return hover({ document, language, offset, settings: {} })?.markdown;
}

/** The XML of a catalogue element at its place, the element itself as `inner` (with `{attrs}` for its attributes). */
function placed(id: string, attributes: string): { text: string; nameOffset: number } {
  const segments = id.split('/');
  const ancestors = segments.slice(0, -1);
  const name = segments[segments.length - 1];
  let open = segments[0] === 'Cluster' ? '<Server><Service><Engine name="e">' : '';
  let close = segments[0] === 'Cluster' ? '</Engine></Service></Server>' : '';
  for (let i = 0; i < ancestors.length; i++) {
    const ancestorId = segments.slice(0, i + 1).join('/');
    const cls = TOMCAT_CATALOGUE.elements.get(ancestorId)?.classes[0];
    open += `<${ancestors[i]}${cls ? ` className="${cls}"` : ''}>`;
    close = `</${ancestors[i]}>` + close;
  }
  const text = `${open}<${name} ${attributes}/>${close}`;
  return { text, nameOffset: open.length + 1 };
}

test('every Tomcat element, its classes and their attributes', () => {
  let attributes = 0;
  for (const [id, element] of TOMCAT_CATALOGUE.elements) {
    const bare = placed(id, '');
    const elementHover = hoverText('tomcat-xml', bare.text, bare.nameOffset);
    assert.ok(elementHover?.includes(`<${element.name}>`), `element ${id}`);
    for (const cls of element.classes) {
      const withClass = placed(id, `className="${cls}"`);
      const valueOffset = withClass.text.indexOf(cls) + 1;
      const classHover = hoverText('tomcat-xml', withClass.text, valueOffset);
      assert.ok(classHover?.includes(`**${simpleName(cls)}**`), `class ${cls} on ${id}`);
      for (const name of TOMCAT_CATALOGUE.attributesOf(cls).keys()) {
        const withAttribute = placed(id, `className="${cls}" ${name}="x"`);
        const at = withAttribute.text.indexOf(` ${name}="x"`) + 1;
        const attributeHover = hoverText('tomcat-xml', withAttribute.text, at);
        assert.ok(attributeHover?.includes(`**${name}**`), `attribute ${name} of ${cls} on ${id}`);
        attributes++;
      }
    }
  }
  assert.ok(attributes > 300, `${attributes} attributes hovered`);
});

test('every msm attribute and serializer', () => {
  const manager = (attributes: string) => `<Context><Manager className="${MSM_CATALOGUE.managerClasses[0].className}" ${attributes}/></Context>`;
  for (const name of Object.keys(MSM_CATALOGUE.attributes)) {
    const text = manager(`${name}="x"`);
    assert.ok(hoverText('tomcat-xml', text, text.indexOf(` ${name}=`) + 1)?.includes(`**${name}**`), name);
  }
  for (const t of MSM_CATALOGUE.transcoders) {
    const text = manager(`transcoderFactoryClass="${t.className}"`);
    assert.ok(hoverText('tomcat-xml', text, text.indexOf(t.className))?.includes(`**${simpleName(t.className)}**`), t.className);
  }
});

test('every httpd directive and section', () => {
  for (const [key, info] of Object.entries(httpdCatalogue.directives as Record<string, { section?: boolean }>)) {
    const name = key.replace(/^</, '');
    const text = info.section ? `<${name} x>\n</${name}>\n` : `${name} x\n`;
    const markdown = hoverText('httpd', text, info.section ? 1 : 0);
    assert.ok(markdown?.includes(name), key);
    assert.match(markdown!, /\]\(https:\/\/(httpd\.apache\.org\/docs\/2\.4\/mod\/[a-z_0-9]+\.html#[a-z0-9_]+|tomcat\.apache\.org\/connectors-doc\/reference\/apache\.html)\)/, key);
  }
});

test('every mod_jk property of every worker type', () => {
  const types = workersCatalogue.types as Record<string, { properties: Record<string, unknown> }>;
  const groups: [string, Record<string, unknown>][] = [
    ...Object.entries(types).map(([type, t]): [string, Record<string, unknown>] => [type, t.properties]),
    ['ajp13', workersCatalogue.commonProperties],
    ['ajp13', workersCatalogue.memberProperties],
  ];
  for (const [type, properties] of groups) {
    for (const property of Object.keys(properties)) {
      const text = `worker.w.type=${type}\nworker.w.${property}=1\n`;
      const markdown = hoverText('modjk', text, text.lastIndexOf(property));
      assert.ok(markdown?.includes(`**${property}**`), `${type}: ${property}`);
    }
  }
  for (const global of Object.keys(workersCatalogue.globalProperties)) {
    assert.ok(hoverText('modjk', `worker.${global}=1\n`, 0)?.includes(`**worker.${global}**`), global);
  }
});

test('every nginx directive, with a link to nginx.org', () => {
  for (const name of allDirectiveNames()) {
    const markdown = hoverText('nginx', `${name} x;\n`, 0);
    assert.ok(markdown?.includes(`**${name}**`), name);
    assert.match(markdown!, /\]\(https:\/\/nginx\.org\/en\/docs\/[a-z/_0-9]+\.html#[a-z_0-9]+\)/, name);
  }
});
