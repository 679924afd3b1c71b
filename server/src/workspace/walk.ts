/**
 * The files of a workspace that the checker reads: every file below the given
 * paths except version-control folders, node_modules and build outputs. A file
 * reached through several symlinks is listed once (under a path without a
 * symlink when there is one), a symlink loop ends, and a symlink that leads out
 * of the given folders is not followed (nothing outside the workspace is read).
 *
 * A walk by hand, not a glob library: it needs what readdir's entries already
 * say (which entry is a symlink, which build file sits beside a folder), so
 * only symlinks cost a realpath call.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SKIPPED_FOLDERS = ['node_modules', '.git', '.svn', '.hg', '.vscode-test', '.vscode-test-web', '.gradle'];

/** Build output folders, skipped when their build file is beside them (Maven's target/ copies WEB-INF/web.xml). */
const BUILD_OUTPUTS: Record<string, string[]> = {
  target: ['pom.xml'],
  build: ['build.gradle', 'build.gradle.kts'],
};

export interface WalkResult {
  files: string[];
  /** Paths given that do not exist or cannot be read. */
  missing: string[];
}

export function walkFiles(paths: string[]): WalkResult {
  const missing: string[] = [];
  const roots: { given: string; real: string }[] = [];
  /** Real path of each file → the path it is listed under, and whether a symlink was on the way. */
  const byReal = new Map<string, { listed: string; viaLink: boolean }>();
  const list = (listed: string, real: string, viaLink: boolean): void => {
    const known = byReal.get(real);
    if (!known || (known.viaLink && !viaLink)) byReal.set(real, { listed, viaLink });
  };
  for (const p of paths) {
    const given = path.resolve(p);
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync.native(given);
      stat = fs.statSync(real);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isFile()) list(given, real, false);
    else if (stat.isDirectory()) roots.push({ given, real });
  }
  const inRoots = (real: string): boolean => roots.some((r) => real === r.real || real.startsWith(r.real + path.sep));

  // Real folders first, then the symlinked ones, so that a file is listed under its own path when the walk meets it there.
  const visited = new Set<string>();
  const queue: { dir: string; real: string; viaLink: boolean }[] = roots.map((r) => ({ dir: r.given, real: r.real, viaLink: false }));
  const linked: { dir: string; link: string }[] = [];
  for (;;) {
    const next = queue.pop() ?? resolveLinked(linked.shift());
    if (next === null) continue;
    if (!next) break;
    if (visited.has(next.real)) continue;
    visited.add(next.real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(next.dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      const child = path.join(next.dir, entry.name);
      if (entry.isSymbolicLink()) {
        linked.push({ dir: next.dir, link: child });
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.includes(entry.name) || BUILD_OUTPUTS[entry.name]?.some((f) => names.has(f))) continue;
        queue.push({ dir: child, real: path.join(next.real, entry.name), viaLink: next.viaLink });
      } else if (entry.isFile()) {
        list(child, path.join(next.real, entry.name), next.viaLink);
      }
    }
  }

  /** A symlink's target: a folder to walk, a file to list (here), or null when it leads nowhere or out of the workspace. */
  function resolveLinked(item: { dir: string; link: string } | undefined): { dir: string; real: string; viaLink: boolean } | null | undefined {
    if (!item) return undefined;
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync.native(item.link);
      stat = fs.statSync(real);
    } catch {
      return null; // dangling
    }
    if (!inRoots(real)) return null;
    const name = path.basename(item.link);
    if (stat.isDirectory()) return SKIPPED_FOLDERS.includes(name) ? null : { dir: item.link, real, viaLink: true };
    if (stat.isFile()) list(item.link, real, true);
    return null;
  }

  const files = [...byReal.values()].map((v) => v.listed).sort();
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
