/** The files of a workspace that are ours, each with its language: what the cluster model is built from. */
import type { FileSource } from './fileSource';
import { classifyFile, type FileLanguage } from './fileKind';
import { walkFiles } from './walk';

export interface ClassifiedFile {
  path: string;
  language: FileLanguage;
}

export function classifyWorkspace(folders: string[], files: FileSource): ClassifiedFile[] {
  const out: ClassifiedFile[] = [];
  for (const file of walkFiles(folders).files) {
    // Content is read only for a name that does not tell (a .conf outside nginx/ or httpd/ folders).
    const language = classifyFile(file, () => files.readText(file));
    if (language) out.push({ path: file, language });
  }
  return out;
}
