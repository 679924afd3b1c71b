/**
 * Feature tests at a cursor: a temporary workspace of files by relative
 * path, and a FeatureContext at the `|` of a file's text (written without the
 * `|`), with the workspace models the feature may use.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DefinitionTarget, FeatureContext } from '../../server/src/features/featureContext';
import { HttpdConfigs } from '../../server/src/model/httpd/httpdConfig';
import { NginxConfigs } from '../../server/src/model/nginx/nginxConfigs';
import { TomcatNodes } from '../../server/src/model/tomcat/nodes';
import type { FileLanguage } from '../../server/src/workspace/fileKind';
import { DiskFileSource } from '../../server/src/workspace/fileSource';

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A temporary workspace (removed after the test file): files by relative path. */
export function workspace(files: Record<string, string>, prefix = 'feature-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

export interface Models {
  nginx?: boolean;
  httpd?: boolean;
  nodes?: boolean;
}

export const ALL_MODELS: Models = { nginx: true, httpd: true, nodes: true };

/** The context at the `|` of `marked`, written (without the `|`) as the file `rel` of the workspace `root`. */
export function contextAt(root: string, rel: string, marked: string, language: FileLanguage, models: Models = ALL_MODELS): FeatureContext {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the text has a | cursor');
  assert.equal(marked.indexOf('|', offset + 1), -1, 'one cursor');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const filePath = path.join(root, rel);
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  fs.writeFileSync(filePath, text);
  const disk = new DiskFileSource();
  return {
    document: TextDocument.create(pathToFileURL(filePath).href, language, 1, text),
    language,
    offset,
    filePath,
    settings: {},
    nginxConfigs: models.nginx ? new NginxConfigs(disk) : undefined,
    httpdConfigs: models.httpd ? new HttpdConfigs(disk) : undefined,
    nodes: models.nodes ? new TomcatNodes(disk, { settingsDir: root }) : undefined,
  };
}

/** Targets by path, then offset. */
export function sorted(targets: DefinitionTarget[]): DefinitionTarget[] {
  return [...targets].sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
}
