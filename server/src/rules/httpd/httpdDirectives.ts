/** The directives of an httpd file with where they sit, as the httpd/* rules look at them. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { Range } from '../../engine/finding';
import { DIRECTORY_SECTIONS } from '../../model/httpd/directives';
import { allDirectives, type HttpdDirective, type HttpdFile } from '../../syntax/httpd/httpdParser';

/** Whether the directive is inside a per-directory section (<Directory>, <Location>, <Proxy>, <If> …). */
export function inDirectorySection(d: HttpdDirective): boolean {
  for (let p = d.parent; p; p = p.parent) if (DIRECTORY_SECTIONS.has(p.name.toLowerCase())) return true;
  return false;
}

export function enclosingSection(d: HttpdDirective, name: string): HttpdDirective | undefined {
  for (let p = d.parent; p; p = p.parent) if (p.name.toLowerCase() === name) return p;
  return undefined;
}

export function directivesNamed(file: HttpdFile, ...names: string[]): HttpdDirective[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return [...allDirectives(file.directives)].filter((d) => wanted.has(d.name.toLowerCase()));
}

/** A range in another file of the configuration, for related information. */
export function locationInFile(filePath: string, file: HttpdFile, start: number, end: number): { uri: string; range: Range } {
  const doc = TextDocument.create(pathToFileURL(filePath).href, 'apacheconf', 0, file.text);
  return { uri: doc.uri, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}
