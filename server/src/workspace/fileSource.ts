/**
 * How the model reads files: from disk, with the editor's open documents on
 * top (unsaved text wins). Reads never throw: an unreadable file or folder is
 * `undefined`, and the caller says so if it matters.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeText, isBinary } from './walk';

export interface FileSource {
  /** Text of a file, or undefined when it is missing, unreadable or binary. */
  readText(filePath: string): string | undefined;
  /** Names of the entries of a folder, or undefined when it is missing or unreadable. */
  listDir(dirPath: string): string[] | undefined;
  isFile(filePath: string): boolean;
  isDirectory(dirPath: string): boolean;
  /** Anything at that path: file, folder, device, socket. */
  exists(anyPath: string): boolean;
  /** Raw bytes, for jars; undefined when missing or larger than `maxBytes`. */
  readBytes(filePath: string, maxBytes: number): Uint8Array | undefined;
  /** Size in bytes (of the open document's text when it is open), or undefined when missing. */
  size(filePath: string): number | undefined;
  /** Whether the path is one the checker may read: inside the workspace or a folder the settings name (everything when no bounds are set). */
  contains(anyPath: string): boolean;
}

export class DiskFileSource implements FileSource {
  /** Folders reads are confined to, each as a prefix ending in the separator; undefined: no confinement (a lone file, a test). */
  private bounds: { folder: string; prefix: string }[] | undefined;

  /**
   * `openText` gives the editor's text of an open file; without it (the CLI) no path is turned into a URI.
   * `bounds`: the workspace's folders and those the settings name; nothing outside them is read or listed
   * (an absolute include, a parent folder that looks like a CATALINA_BASE), except the open documents.
   */
  constructor(
    private readonly openText?: (uri: string) => string | undefined,
    bounds?: string[],
  ) {
    this.setBounds(bounds);
  }

  setBounds(bounds: string[] | undefined): void {
    this.bounds = bounds?.map((b) => {
      const folder = path.resolve(b);
      return { folder, prefix: folder.endsWith(path.sep) ? folder : folder + path.sep };
    });
  }

  contains(anyPath: string): boolean {
    if (!this.bounds) return true;
    // The model's paths are absolute and normalised already; only others pay for path.resolve (a check asks thousands of times).
    const p = path.sep === '/' && path.isAbsolute(anyPath) && !/\/\.\.?(?:\/|$)/.test(anyPath) ? anyPath : path.resolve(anyPath);
    for (const b of this.bounds) if (p === b.folder || p.startsWith(b.prefix)) return true;
    return false;
  }

  private open(filePath: string): string | undefined {
    return this.openText ? this.openText(pathToFileURL(filePath).href) : undefined;
  }

  readText(filePath: string): string | undefined {
    const open = this.open(filePath);
    if (open !== undefined) return open;
    if (!this.contains(filePath)) return undefined;
    try {
      const bytes = fs.readFileSync(filePath);
      return isBinary(bytes) ? undefined : decodeText(bytes);
    } catch {
      return undefined;
    }
  }

  listDir(dirPath: string): string[] | undefined {
    if (!this.contains(dirPath)) return undefined;
    try {
      return fs.readdirSync(dirPath).sort();
    } catch {
      return undefined;
    }
  }

  isFile(filePath: string): boolean {
    if (this.open(filePath) !== undefined) return true;
    return this.statOf(filePath)?.isFile() ?? false;
  }

  isDirectory(dirPath: string): boolean {
    return this.statOf(dirPath)?.isDirectory() ?? false;
  }

  exists(anyPath: string): boolean {
    if (this.open(anyPath) !== undefined) return true;
    return this.statOf(anyPath) !== undefined;
  }

  size(filePath: string): number | undefined {
    const open = this.open(filePath);
    if (open !== undefined) return Buffer.byteLength(open, 'utf8');
    return this.statOf(filePath)?.size;
  }

  /** The stat of a path inside the bounds; outside them a path is as good as absent. */
  private statOf(anyPath: string): fs.Stats | undefined {
    return this.contains(anyPath) ? statOf(anyPath) : undefined;
  }

  readBytes(filePath: string, maxBytes: number): Uint8Array | undefined {
    const stat = this.statOf(filePath);
    if (!stat?.isFile() || stat.size > maxBytes) return undefined;
    try {
      return fs.readFileSync(filePath);
    } catch {
      return undefined;
    }
  }
}

/** A path's stat, or undefined; a missing path does not throw (an exception per lookup made node loading slow). */
function statOf(anyPath: string): fs.Stats | undefined {
  try {
    return fs.statSync(anyPath, { throwIfNoEntry: false });
  } catch {
    return undefined; // EACCES, ENOTDIR, a path with a NUL byte
  }
}

export function join(...parts: string[]): string {
  return path.join(...parts);
}
