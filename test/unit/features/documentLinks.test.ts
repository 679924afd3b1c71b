import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLinks, type DocumentLinkEntry } from '../../../server/src/features/documentLinks';
import { HttpdConfigs } from '../../../server/src/model/httpd/httpdConfig';
import { NginxConfigs } from '../../../server/src/model/nginx/nginxConfigs';
import type { FileLanguage } from '../../../server/src/workspace/fileKind';
import { DiskFileSource } from '../../../server/src/workspace/fileSource';

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A temporary workspace: files by relative path (a path ending in / is an empty folder). */
function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    if (rel.endsWith('/')) {
      fs.mkdirSync(path.join(root, rel), { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** The links of the workspace file `rel` (its text as on disk unless `text` is given), with the models over the disk. */
function linksOf(root: string, rel: string, language: FileLanguage, text?: string, models = true): DocumentLinkEntry[] {
  const filePath = path.join(root, rel);
  const content = text ?? fs.readFileSync(filePath, 'utf8');
  const disk = new DiskFileSource();
  return documentLinks(TextDocument.create(pathToFileURL(filePath).href, language, 1, content), language, filePath, models ? { nginxConfigs: new NginxConfigs(disk), httpdConfigs: new HttpdConfigs(disk) } : {});
}

/** A link: `token` inside the first occurrence of `context` in `text`, to the workspace file `targetRel`. */
function link(root: string, text: string, context: string, token: string, targetRel: string): DocumentLinkEntry {
  const at = text.indexOf(context);
  assert.ok(at >= 0, `${context} is in the text`);
  const inner = context.indexOf(token);
  assert.ok(inner >= 0, `${token} is in ${context}`);
  return { start: at + inner, end: at + inner + token.length, target: path.join(root, targetRel) };
}

// ---------------------------------------------------------------------------

describe('nginx include', () => {
  const MAIN = [
    'events {}',
    'http {',
    '    include "mime.types";',
    '    include conf.d/*.conf;',
    '    include conf.d/site.conf;',
    '    include missing.conf;',
    '    include conf.d;',
    "    include 'snippets/proxy.conf';",
    '}',
    '',
  ].join('\n');
  const SITE = 'server {\n    listen 80;\n    include snippets/proxy.conf;\n    include local/only-here.conf;\n}\n';
  const files = {
    'nginx/nginx.conf': MAIN,
    'nginx/mime.types': 'types { text/html html; }\n',
    'nginx/conf.d/site.conf': SITE,
    'nginx/snippets/proxy.conf': 'proxy_set_header Host $host;\n',
    // Next to the included file, not under the prefix: nginx does not read it.
    'nginx/conf.d/local/only-here.conf': 'gzip on;\n',
  };

  test('existing files, literal paths, ranges without the quotes; no glob, missing file or folder', () => {
    const root = workspace(files);
    assert.deepEqual(linksOf(root, 'nginx/nginx.conf', 'nginx'), [
      link(root, MAIN, '"mime.types"', 'mime.types', 'nginx/mime.types'),
      link(root, MAIN, 'include conf.d/site.conf', 'conf.d/site.conf', 'nginx/conf.d/site.conf'),
      link(root, MAIN, "'snippets/proxy.conf'", 'snippets/proxy.conf', 'nginx/snippets/proxy.conf'),
    ]);
  });

  test('in an included file: against the configuration prefix, not the file’s folder', () => {
    const root = workspace(files);
    assert.deepEqual(linksOf(root, 'nginx/conf.d/site.conf', 'nginx'), [link(root, SITE, 'snippets/proxy.conf', 'snippets/proxy.conf', 'nginx/snippets/proxy.conf')]);
  });

  test('a file no configuration includes: against its own folder', () => {
    const root = workspace({ 'conf/x.conf': 'gzip on;\n', 'conf/site.conf': 'include x.conf;\ninclude y.conf;\n' });
    const text = 'include x.conf;\ninclude y.conf;\n';
    assert.deepEqual(linksOf(root, 'conf/site.conf', 'nginx'), [link(root, text, 'x.conf', 'x.conf', 'conf/x.conf')]);
    assert.deepEqual(linksOf(root, 'conf/site.conf', 'nginx', undefined, false), [link(root, text, 'x.conf', 'x.conf', 'conf/x.conf')]);
  });

  test('the editor’s text, not the file on disk', () => {
    const root = workspace(files);
    const edited = 'http {\n    include mime.types;\n}\n';
    assert.deepEqual(linksOf(root, 'nginx/nginx.conf', 'nginx', edited), [link(root, edited, 'mime.types', 'mime.types', 'nginx/mime.types')]);
  });

  test('an absolute path: as written, or the workspace copy of the server’s tree the configuration reads', () => {
    const root = workspace({ 'srv/tcc-links-copy/nginx.conf': '', 'srv/tcc-links-copy/conf.d/a.conf': 'gzip on;\n' });
    const absolute = path.join(root, 'srv/tcc-links-copy/conf.d/a.conf');
    const main = `http {\n    include ${absolute};\n    include /tcc-links-copy/conf.d/a.conf;\n    include /tcc-links-copy/conf.d/none.conf;\n}\n`;
    fs.writeFileSync(path.join(root, 'srv/tcc-links-copy/nginx.conf'), main);
    assert.deepEqual(linksOf(root, 'srv/tcc-links-copy/nginx.conf', 'nginx'), [
      link(root, main, absolute, absolute, 'srv/tcc-links-copy/conf.d/a.conf'),
      link(root, main, 'include /tcc-links-copy/conf.d/a.conf', '/tcc-links-copy/conf.d/a.conf', 'srv/tcc-links-copy/conf.d/a.conf'),
    ]);
  });

  test('a document without a file: absolute paths only', () => {
    const root = workspace(files);
    const absolute = path.join(root, 'nginx/mime.types');
    const text = `include ${absolute};\ninclude mime.types;\n`;
    assert.deepEqual(documentLinks(TextDocument.create('untitled:1', 'nginx', 1, text), 'nginx', undefined), [link(root, text, absolute, absolute, 'nginx/mime.types')]);
  });
});

// ---------------------------------------------------------------------------

describe('httpd Include / IncludeOptional / JkWorkersFile', () => {
  const MAIN = [
    'ServerRoot ..',
    'Define EXTRA extra',
    'Include conf.d/vhost.conf',
    'IncludeOptional "extra/jk.conf"',
    'IncludeOptional conf.d/*.conf',
    'IncludeOptional conf.d/missing.conf',
    'Include conf.d',
    'Include ${EXTRA}/jk.conf',
    'Include ${UNDEFINED}/jk.conf',
    '<IfModule mod_ssl.c>',
    '    Include extra/ssl.conf',
    '</IfModule>',
    '',
  ].join('\n');
  const JK = 'JkWorkersFile conf/workers.properties\nJkMountFile "conf/uriworkermap.properties"\nJkShmFile logs/jk.shm\n';
  const files = {
    'httpd/conf/httpd.conf': MAIN,
    'httpd/conf.d/vhost.conf': '<VirtualHost *:80>\n</VirtualHost>\n',
    'httpd/extra/jk.conf': JK,
    'httpd/extra/ssl.conf': 'Listen 443\n',
    'httpd/conf/workers.properties': 'worker.list=lb\n',
    'httpd/conf/uriworkermap.properties': '/app/*=lb\n',
    'httpd/logs/': '',
  };

  test('against ServerRoot, with Defines, in sections; ranges without quotes; no glob, missing file, folder or unknown variable', () => {
    const root = workspace(files);
    assert.deepEqual(linksOf(root, 'httpd/conf/httpd.conf', 'httpd'), [
      link(root, MAIN, 'Include conf.d/vhost.conf', 'conf.d/vhost.conf', 'httpd/conf.d/vhost.conf'),
      link(root, MAIN, '"extra/jk.conf"', 'extra/jk.conf', 'httpd/extra/jk.conf'),
      link(root, MAIN, 'Include ${EXTRA}/jk.conf', '${EXTRA}/jk.conf', 'httpd/extra/jk.conf'),
      link(root, MAIN, 'extra/ssl.conf', 'extra/ssl.conf', 'httpd/extra/ssl.conf'),
    ]);
  });

  test('JkWorkersFile and JkMountFile of an included file, against the configuration’s ServerRoot', () => {
    const root = workspace(files);
    assert.deepEqual(linksOf(root, 'httpd/extra/jk.conf', 'httpd'), [
      link(root, JK, 'conf/workers.properties', 'conf/workers.properties', 'httpd/conf/workers.properties'),
      link(root, JK, 'conf/uriworkermap.properties', 'conf/uriworkermap.properties', 'httpd/conf/uriworkermap.properties'),
    ]);
  });

  test('a ServerRoot in the edited text wins; a file with no configuration resolves against its folder', () => {
    const root = workspace({ 'apache/sites/a.conf': '', 'apache/conf/x.conf': 'Listen 81\n', 'apache/sites/y.conf': 'Listen 82\n' });
    const text = 'ServerRoot ..\nInclude conf/x.conf\n';
    assert.deepEqual(linksOf(root, 'apache/sites/a.conf', 'httpd', text), [link(root, text, 'conf/x.conf', 'conf/x.conf', 'apache/conf/x.conf')]);
    const plain = 'Include y.conf\n';
    assert.deepEqual(linksOf(root, 'apache/sites/a.conf', 'httpd', plain), [link(root, plain, 'y.conf', 'y.conf', 'apache/sites/y.conf')]);
  });
});

test('Tomcat XML and workers.properties have no links', () => {
  const root = workspace({ 'tomcat/conf/server.xml': '<Server><Service><Engine/></Service></Server>\n', 'w/workers.properties': 'worker.list=lb\n' });
  assert.deepEqual(linksOf(root, 'tomcat/conf/server.xml', 'tomcat-xml'), []);
  assert.deepEqual(linksOf(root, 'w/workers.properties', 'modjk'), []);
});
