/**
 * Hover cases written with a `|` cursor: the first `|` of the text is the
 * cursor and is removed. A case with files (or a path) runs in a small
 * workspace on disk, so nodes, library folders and the settings count.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext, HoverResult } from '../../../../server/src/features/featureContext';
import { hover } from '../../../../server/src/features/hover';
import { NginxConfigs } from '../../../../server/src/model/nginx/nginxConfigs';
import { TomcatNodes } from '../../../../server/src/model/tomcat/nodes';
import type { FileLanguage } from '../../../../server/src/workspace/fileKind';
import { DiskFileSource } from '../../../../server/src/workspace/fileSource';
import type { Settings } from '../../../../server/src/workspace/settings';

export interface HoverCase {
  /** The document, with `|` at the cursor. */
  text: string;
  language: FileLanguage;
  /** Path of the document in the case's workspace; without it (and without files) the document has no file. */
  path?: string;
  /** Other files of the workspace, relative to it (`lib/kryo-4.0.2.jar: ''`). */
  files?: Record<string, string>;
  settings?: Settings;
}

export interface Hovered {
  result: HoverResult | undefined;
  markdown: string;
  /** The text the result's range covers. */
  token: string | undefined;
}

const LANGUAGE_IDS: Record<FileLanguage, string> = { 'tomcat-xml': 'xml', nginx: 'nginx', httpd: 'apacheconf', modjk: 'properties' };
const DEFAULT_PATHS: Record<FileLanguage, string> = { 'tomcat-xml': 'conf/server.xml', nginx: 'nginx.conf', httpd: 'httpd.conf', modjk: 'workers.properties' };

export function hoverAt(c: HoverCase): Hovered {
  const offset = c.text.indexOf('|');
  if (offset < 0) throw new Error('the case has no | cursor');
  const text = c.text.slice(0, offset) + c.text.slice(offset + 1);
  const onDisk = c.path !== undefined || c.files !== undefined;
  const root = onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), 'hover-case-')) : undefined;
  try {
    let filePath: string | undefined;
    if (root) {
      const rel = c.path ?? DEFAULT_PATHS[c.language];
      filePath = path.join(root, rel);
      // A Tomcat file needs a node around it (a conf/server.xml) unless it is one.
      const node = c.language === 'tomcat-xml' && !rel.endsWith('server.xml') ? { 'conf/server.xml': '<Server/>' } : {};
      for (const [p, content] of Object.entries({ ...node, ...c.files, [rel]: text })) {
        fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
        fs.writeFileSync(path.join(root, p), content);
      }
    }
    const settings = c.settings ?? {};
    const files = new DiskFileSource();
    const ctx: FeatureContext = {
      document: TextDocument.create(filePath ? pathToFileURL(filePath).href : 'untitled:case', LANGUAGE_IDS[c.language], 1, text),
      language: c.language,
      offset,
      filePath,
      settings,
      nodes: root ? new TomcatNodes(files, { settings, settingsDir: root }) : undefined,
      nginxConfigs: root ? new NginxConfigs(files) : undefined,
    };
    const result = hover(ctx);
    return { result, markdown: result?.markdown ?? '', token: result ? text.slice(result.start, result.end) : undefined };
  } finally {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The links of a markdown text. */
export function linksOf(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}
