/**
 * Document links: the path arguments that name another configuration file,
 * resolved the way the server resolves them, linked when they name one
 * existing file.
 *
 * - nginx `include PATH`: against the configuration prefix (the folder of a
 *   main configuration that includes this file), else this file's folder; an
 *   absolute path of the server's tree (/etc/nginx/…) that a configuration
 *   maps onto the workspace's copy links to the copy.
 * - httpd `Include` / `IncludeOptional` / `JkWorkersFile` / `JkMountFile`:
 *   `${VAR}` from the configuration's Defines, then against ServerRoot (of
 *   this text, else of the configuration), the main file's folder, this
 *   file's folder — the first where the file exists.
 * - Tomcat XML and workers.properties: none.
 *
 * A pattern with a wildcard (`*`, `?`, `[`) is no link (it may name many
 * files, or none); nor is a folder, or a path that does not exist. The range
 * is that of the path argument, quotes excluded.
 */
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseNginxText } from '../model/nginx/nginxConfig';
import { allDirectives, parseHttpd } from '../syntax/httpd/httpdParser';
import { allStatements } from '../syntax/nginx/nginxParser';
import type { FileLanguage } from '../workspace/fileKind';
import type { FileSource } from '../workspace/fileSource';
import { fileSourceOf, httpdPathResolution, isWildcard, nginxPrefixOf, unquotedRange, type WorkspaceModels } from './configLookups';

export interface DocumentLinkEntry {
  start: number;
  end: number;
  /** Absolute path of the linked file. */
  target: string;
}

export interface DocumentLinkModels extends WorkspaceModels {
  /** How files are looked up (default: that of the models, else the disk). */
  files?: FileSource;
}

export function documentLinks(document: TextDocument, language: FileLanguage, filePath: string | undefined, models: DocumentLinkModels = {}): DocumentLinkEntry[] {
  try {
    const files = models.files ?? fileSourceOf(models);
    switch (language) {
      case 'nginx':
        return nginxLinks(document.getText(), filePath, models, files);
      case 'httpd':
        return httpdLinks(document.getText(), filePath, models, files);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

function nginxLinks(text: string, filePath: string | undefined, models: DocumentLinkModels, files: FileSource): DocumentLinkEntry[] {
  if (!text.includes('include')) return [];
  const out: DocumentLinkEntry[] = [];
  const prefix = filePath ? nginxPrefixOf(models, filePath) : undefined;
  const configs = filePath ? (models.nginxConfigs?.inclusionsOf(filePath) ?? []).map((c) => c.config) : [];
  for (const s of allStatements(parseNginxText(text).statements)) {
    if (s.name !== 'include' || s.args.length !== 1) continue;
    const pattern = s.args[0].value;
    if (pattern === '' || isWildcard(pattern) || (!prefix && !path.isAbsolute(pattern))) continue;
    let target: string | undefined = path.resolve(prefix ?? path.sep, pattern);
    if (!files.isFile(target)) {
      // What the configuration read for this include (an absolute server path mapped onto the workspace's copy).
      target = undefined;
      for (const config of configs) {
        for (const [t, inclusions] of config.inclusions) {
          if (inclusions.some((i) => i.by !== undefined && i.by.path === filePath && i.by.statement.args[0]?.value === pattern) && files.isFile(t)) target = t;
        }
        if (target) break;
      }
    }
    if (target) out.push({ ...unquotedRange(s.args[0], text), target });
  }
  return out;
}

const HTTPD_PATH_DIRECTIVES = new Set(['include', 'includeoptional', 'jkworkersfile', 'jkmountfile']);

function httpdLinks(text: string, filePath: string | undefined, models: DocumentLinkModels, files: FileSource): DocumentLinkEntry[] {
  const file = parseHttpd(text);
  const out: DocumentLinkEntry[] = [];
  let resolution: ReturnType<typeof httpdPathResolution> | undefined;
  for (const d of allDirectives(file.directives)) {
    if (d.children || d.args.length !== 1 || !HTTPD_PATH_DIRECTIVES.has(d.name.toLowerCase())) continue;
    if (filePath) resolution ??= httpdPathResolution(models, filePath, file);
    const value = resolution ? resolution.expand(d.args[0].value) : d.args[0].value;
    if (value === '' || isWildcard(value) || value.includes('${')) continue;
    const roots = path.isAbsolute(value) ? [path.sep] : (resolution?.roots ?? []);
    const target = roots.map((r) => path.resolve(r, value)).find((t) => files.isFile(t));
    if (target) out.push({ ...unquotedRange(d.args[0], text), target });
  }
  return out;
}
