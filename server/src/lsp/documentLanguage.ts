/** Which of our languages an open document is: the client's language id first, then its path and text. */
import { filePathOf } from '../workspace/fileUri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classifyFile, languageFromContent, type FileLanguage } from '../workspace/fileKind';

export function documentLanguage(document: TextDocument): FileLanguage | undefined {
  switch (document.languageId) {
    case 'nginx':
      return 'nginx';
    case 'apacheconf':
      return 'httpd';
    case 'modjk-workers':
      return 'modjk';
  }
  let filePath = filePathOf(document.uri);
  if (filePath === undefined) {
    try {
      filePath = new URL(document.uri).pathname;
    } catch {
      filePath = document.uri;
    }
  }
  const language = classifyFile(filePath, () => document.getText());
  if (language) return language;
  // An untitled or oddly named buffer the client says is a config of ours.
  if (document.languageId === 'properties' && /workers\.properties$/.test(filePath)) return 'modjk';
  return document.languageId === 'plaintext' ? languageFromContent(document.getText()) : undefined;
}
