/**
 * The files of a workspace that the checker reads: every file below the given
 * paths except version-control folders, node_modules and build outputs; a file
 * reached through several symlinks is listed once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';

export const SKIPPED_FOLDERS = ['node_modules', '.git', '.svn', '.hg', '.vscode-test', '.vscode-test-web'];

export interface WalkResult {
  files: string[];
  /** Paths given that do not exist or cannot be read. */
  missing: string[];
}

export function walkFiles(paths: string[]): WalkResult {
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  const add = (file: string): void => {
    let real: string;
    try {
      real = fs.realpathSync.native(file);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path.resolve(file));
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isFile()) {
      add(p);
      continue;
    }
    const found = globSync(['**/*'], {
      cwd: p,
      dot: true,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: true,
      ignore: SKIPPED_FOLDERS.map((f) => `**/${f}/**`),
    });
    found.sort();
    for (const f of found) add(f);
  }
  return { files, missing };
}

/** A file whose first 8 KiB hold a NUL byte is binary (the heuristic git and grep use). */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes a config file: UTF-8 (bytes that are not become U+FFFD, offsets stay sane), BOM kept as text. */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
