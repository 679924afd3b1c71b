/**
 * A `.conf` file whose path says nothing gets its language from its content
 * (nginx vs httpd), but only when no one else gave it a language: a user's
 * choice or another extension's association always wins.
 */
import * as vscode from 'vscode';
import { languageFromContent } from '../../server/src/workspace/fileKind';

const LANGUAGE_ID = { nginx: 'nginx', httpd: 'apacheconf' } as const;

export function sniffConfLanguage(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file' || !document.fileName.endsWith('.conf')) return;
  const language = languageFromContent(document.getText());
  if (language) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID[language]);
}
