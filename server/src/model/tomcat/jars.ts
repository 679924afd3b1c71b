/**
 * Jars by file name: `memcached-session-manager-tc9-2.3.2.jar` is artifact
 * `memcached-session-manager-tc9`, version `2.3.2` (Maven's
 * artifactId-version.jar). A name without a version is an artifact alone.
 */
import * as path from 'node:path';
import type { FileSource } from '../../workspace/fileSource';

export interface Jar {
  fileName: string;
  /** Folder the jar is in. */
  folder: string;
  artifact: string;
  version?: string;
}

export interface LibraryFolder {
  path: string;
  /** Why it is a library folder of the node, for messages: "CATALINA_BASE/lib", "WEB-INF/lib of shop". */
  role: string;
  /** False when the folder exists but cannot be listed. */
  readable: boolean;
  exists: boolean;
  jars: Jar[];
}

const JAR_NAME = /^(.+?)-(\d[\w.+-]*)\.jar$/i;

export function parseJarName(fileName: string): { artifact: string; version?: string } | undefined {
  if (!/\.jar$/i.test(fileName)) return undefined;
  const m = JAR_NAME.exec(fileName);
  if (m) return { artifact: m[1], version: m[2] };
  return { artifact: fileName.replace(/\.jar$/i, '') };
}

export function readLibraryFolder(files: FileSource, folder: string, role: string): LibraryFolder {
  const exists = files.isDirectory(folder);
  const names = exists ? files.listDir(folder) : undefined;
  const jars: Jar[] = [];
  for (const name of names ?? []) {
    const parsed = parseJarName(name);
    if (parsed) jars.push({ fileName: name, folder, ...parsed });
  }
  return { path: folder, role, exists, readable: names !== undefined, jars };
}

/** Compares dotted versions numerically ("0.41" < "0.45" < "1.0"); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/** `>=0.41 <1` style ranges of the msm compatibility table. */
export function satisfiesRange(version: string, range: string): boolean {
  return range.split(/\s+/).every((part) => {
    const m = /^(>=|<=|>|<|=)?(.+)$/.exec(part);
    if (!m) return true;
    const c = compareVersions(version, m[2]);
    switch (m[1]) {
      case '>=': return c >= 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      case '<': return c < 0;
      default: return c === 0;
    }
  });
}

export function jarDisplay(jar: Jar): string {
  return path.join(path.basename(jar.folder), jar.fileName);
}
