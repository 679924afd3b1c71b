/**
 * An nginx configuration as nginx reads it: the main file and its include
 * tree. Relative include paths resolve against the configuration prefix (the
 * main file's folder), not the including file; a pattern with `*`, `?` or `[`
 * is a glob, expanded in sorted order, and may match nothing; a literal path
 * must be a readable file. Cycles are stopped and reported. Each file is
 * parsed once; it is recorded in every context it is included in.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { allStatements, parseNginx, type NginxFile, type NginxStatement } from '../../syntax/nginx/nginxParser';
import type { FileSource } from '../../workspace/fileSource';
import { isBinary } from '../../workspace/walk';
import { isKnownDirective } from './directives';

/** Files above this size are not read (an include of /dev/zero must end). */
export const MAX_INCLUDED_BYTES = 32 * 1024 * 1024;
/** Files one configuration may pull in, however its globs expand. */
export const MAX_INCLUDED_FILES = 20_000;

export interface Inclusion {
  /** Names of the blocks around the include, outermost first (the included file's context). */
  blocks: string[];
  /** The include statement and the file it is in; undefined for the main file. */
  by?: { path: string; statement: NginxStatement };
}

export type IncludeProblemKind = 'not-found' | 'not-a-file' | 'too-large' | 'unreadable' | 'cycle' | 'too-many';

export interface IncludeProblem {
  kind: IncludeProblemKind;
  /** The file holding the include statement. */
  path: string;
  statement: NginxStatement;
  message: string;
}

export interface NginxConfig {
  mainPath: string;
  prefix: string;
  files: Map<string, NginxFile>;
  inclusions: Map<string, Inclusion[]>;
  problems: IncludeProblem[];
}

export function parseNginxText(text: string): NginxFile {
  return parseNginx(text, isKnownDirective);
}

export function loadNginxConfig(files: FileSource, mainPath: string, overlay?: { path: string; text: string }): NginxConfig {
  const prefix = path.dirname(mainPath);
  const config: NginxConfig = { mainPath, prefix, files: new Map(), inclusions: new Map(), problems: [] };
  const read = (p: string): NginxFile | undefined => {
    let parsed = config.files.get(p);
    if (parsed) return parsed;
    const text = overlay && overlay.path === p ? overlay.text : files.readText(p);
    if (text === undefined) return undefined;
    parsed = parseNginxText(text);
    config.files.set(p, parsed);
    return parsed;
  };
  const seen = new Set<string>();
  let included = 0;
  /**
   * A workspace often holds a copy of the server's tree (…/etc/nginx/nginx.conf):
   * an absolute include into that tree (/etc/nginx/conf.d/*.conf) means the copy
   * when the server path does not exist here.
   */
  const mapServerPath = (resolved: string, pattern: string): string => {
    if (!path.isAbsolute(pattern) || files.exists(resolved) || (/[*?[]/.test(pattern) && expandGlob(files, resolved).length > 0)) return resolved;
    const parts = prefix.split(path.sep).filter(Boolean);
    for (let k = 1; k <= parts.length; k++) {
      const tail = path.sep + parts.slice(parts.length - k).join(path.sep);
      if (pattern === tail || pattern.startsWith(tail + path.sep)) return path.join(prefix, pattern.slice(tail.length));
    }
    return resolved;
  };

  const walk = (filePath: string, outer: string[], stack: string[]): void => {
    const file = read(filePath);
    if (!file) return;
    // Depth first in document order, without recursion: blocks may nest deeper than the call stack goes.
    const open: { statements: NginxStatement[]; next: number; name?: string }[] = [{ statements: file.statements, next: 0 }];
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.next >= top.statements.length) {
        open.pop();
        continue;
      }
      const s = top.statements[top.next++];
      if (s.name === 'include' && s.args.length === 1) {
        // The block names around the include, built only here (copying them at every level is quadratic in the depth).
        const blocks = [...outer];
        for (const frame of open) if (frame.name !== undefined) blocks.push(frame.name);
        for (const target of resolveInclude(filePath, s, blocks)) {
          if (stack.includes(target)) {
            config.problems.push({
              kind: 'cycle',
              path: filePath,
              statement: s,
              message: `"${s.args[0].value}" includes ${target === filePath ? 'this file itself' : path.relative(prefix, target)}, which is already being included (${[...stack, target].map((p) => path.relative(prefix, p) || path.basename(p)).join(' → ')}): nginx would include it without end.`,
            });
            continue;
          }
          const inclusion: Inclusion = { blocks, by: { path: filePath, statement: s } };
          const list = config.inclusions.get(target) ?? [];
          list.push(inclusion);
          config.inclusions.set(target, list);
          const key = `${target}\u0000${blocks.join('/')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          walk(target, blocks, [...stack, target]);
        }
      }
      if (s.block) open.push({ statements: s.block, next: 0, name: s.name });
    }
  };

  const resolveInclude = (filePath: string, s: NginxStatement, blocks: string[]): string[] => {
    void blocks;
    const pattern = s.args[0].value;
    const absolute = mapServerPath(path.resolve(prefix, pattern), pattern);
    const problem = (kind: IncludeProblemKind, message: string): string[] => {
      config.problems.push({ kind, path: filePath, statement: s, message });
      return [];
    };
    let targets: string[];
    if (/[*?[]/.test(pattern)) {
      targets = expandGlob(files, absolute).filter((t) => files.isFile(t));
    } else {
      // Outside the workspace nothing is read, so nothing is known: no finding (the server's own /etc/nginx may have it).
      if (!files.contains(absolute)) return [];
      if (files.isDirectory(absolute)) return problem('not-a-file', `"${pattern}" is a folder (${absolute}); include takes a file or a pattern such as ${path.join(pattern, '*.conf')}.`);
      if (files.exists(absolute) && !files.isFile(absolute)) return problem('not-a-file', `"${pattern}" (${absolute}) is not a regular file.`);
      if (!files.isFile(absolute)) {
        const why = path.isAbsolute(pattern) ? '' : `: "${pattern}" resolves against the configuration prefix ${prefix}, not the including file's folder`;
        return problem('not-found', `open() "${absolute}" failed (No such file or directory)${why}.`);
      }
      targets = [absolute];
    }
    const out: string[] = [];
    for (const t of targets) {
      if (++included > MAX_INCLUDED_FILES) return problem('too-many', `more than ${MAX_INCLUDED_FILES} included files; the rest is not read.`);
      const bytes = files.readBytes(t, MAX_INCLUDED_BYTES);
      if (!bytes) {
        const special = !files.isFile(t);
        config.problems.push({
          kind: special ? 'not-a-file' : 'too-large',
          path: filePath,
          statement: s,
          message: special ? `${t} is not a regular file.` : `${t} is larger than ${MAX_INCLUDED_BYTES / 1024 / 1024} MiB and is not read.`,
        });
        continue;
      }
      if (isBinary(bytes)) {
        config.problems.push({ kind: 'unreadable', path: filePath, statement: s, message: `${t} is a binary file, not an nginx configuration.` });
        continue;
      }
      out.push(t);
    }
    return out;
  };

  config.inclusions.set(mainPath, [{ blocks: [] }]);
  walk(mainPath, [], [mainPath]);
  return config;
}

/** The longest file name (bytes) of Linux, macOS and Windows file systems. */
const NAME_MAX = 255;

/** POSIX glob(3) as nginx calls it: per path segment, no brace expansion, no leading dots, sorted. */
export function expandGlob(files: FileSource, absolutePattern: string): string[] {
  const segments = absolutePattern.split(path.sep);
  let current = [segments[0] === '' ? path.sep : segments[0]];
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === '') continue;
    // No file system has a name above 255 bytes, so such a segment matches nothing (picomatch also refuses patterns over 64 KiB).
    if (Buffer.byteLength(segment, 'utf8') > NAME_MAX) return [];
    const next: string[] = [];
    if (!/[*?[]/.test(segment)) {
      for (const dir of current) next.push(path.join(dir, segment));
    } else {
      const match = picomatch(segment, { dot: false, nobrace: true, noextglob: true, nonegate: true });
      for (const dir of current) {
        for (const name of files.listDir(dir) ?? []) if (match(name)) next.push(path.join(dir, name));
      }
    }
    current = next;
    if (current.length > MAX_INCLUDED_FILES) break;
  }
  return current.sort();
}

/** Every statement of a configuration with the file it is in. */
export function* configStatements(config: NginxConfig): Generator<{ path: string; statement: NginxStatement }> {
  for (const [p, file] of config.files) for (const statement of allStatements(file.statements)) yield { path: p, statement };
}

/** Whether a file looks like a main configuration: top-level events/http/stream, or named nginx.conf. */
export function isMainConfig(filePath: string, file: NginxFile): boolean {
  if (path.basename(filePath) === 'nginx.conf') return true;
  return file.statements.some((s) => s.name === 'events' || s.name === 'http' || s.name === 'stream');
}
