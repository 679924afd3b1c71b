/**
 * An Apache httpd configuration as httpd reads it: the main file (httpd.conf,
 * apache2.conf) and its Include / IncludeOptional tree. Relative paths
 * resolve against ServerRoot (set in the configuration, else the main file's
 * folder); wildcards expand in sorted order; a folder includes its files;
 * `${VAR}` takes Define values. A missing literal Include is a problem, a
 * missing IncludeOptional or a wildcard without match is not. Cycles stop.
 */
import * as path from 'node:path';
import { allDirectives, parseHttpd, type HttpdDirective, type HttpdFile } from '../../syntax/httpd/httpdParser';
import type { FileSource } from '../../workspace/fileSource';
import { isBinary } from '../../workspace/walk';
import { expandGlob, MAX_INCLUDED_BYTES, MAX_INCLUDED_FILES } from '../nginx/nginxConfig';

export interface HttpdIncludeProblem {
  kind: 'not-found' | 'cycle' | 'unreadable' | 'too-many';
  path: string;
  directive: HttpdDirective;
  message: string;
}

export interface HttpdConfig {
  mainPath: string;
  serverRoot: string;
  files: Map<string, HttpdFile>;
  /** File → the Include directives that pull it in. */
  includedBy: Map<string, { path: string; directive: HttpdDirective }[]>;
  /** Module identifiers of the LoadModule lines (proxy_module …), in the order read. */
  loadedModules: Set<string>;
  /** Whether the tree has any LoadModule line (rules about modules stay silent otherwise). */
  hasLoadModule: boolean;
  defines: Map<string, string>;
  problems: HttpdIncludeProblem[];
}

const MAIN_NAMES = new Set(['httpd.conf', 'apache2.conf']);

export function isHttpdMainConfig(filePath: string): boolean {
  return MAIN_NAMES.has(path.basename(filePath));
}

export interface HttpdLoadOptions {
  /**
   * The file is no main configuration and nothing includes it: read it as a
   * configuration of its own, with the ServerRoot of a main configuration
   * found above it when there is one; a relative Include whose root is
   * unknown is not reported missing.
   */
  standalone?: { serverRoot?: string };
}

export function loadHttpdConfig(files: FileSource, mainPath: string, options: HttpdLoadOptions = {}): HttpdConfig {
  const config: HttpdConfig = {
    mainPath,
    serverRoot: options.standalone?.serverRoot ?? path.dirname(mainPath),
    files: new Map(),
    includedBy: new Map(),
    loadedModules: new Set(),
    hasLoadModule: false,
    defines: new Map(),
    problems: [],
  };
  let count = 0;
  const expand = (value: string): string => value.replace(/\$\{(\w+)\}/g, (whole, name: string) => config.defines.get(name) ?? process.env[name] ?? whole);

  const read = (p: string): HttpdFile | undefined => {
    const cached = config.files.get(p);
    if (cached) return cached;
    const text = files.readText(p);
    if (text === undefined) return undefined;
    const parsed = parseHttpd(text);
    config.files.set(p, parsed);
    return parsed;
  };

  const walk = (filePath: string, stack: string[]): void => {
    const file = read(filePath);
    if (!file) return;
    for (const d of allDirectives(file.directives)) {
      const name = d.name.toLowerCase();
      if (name === 'serverroot' && d.args[0]) config.serverRoot = path.resolve(config.serverRoot, expand(d.args[0].value));
      else if (name === 'define' && d.args[0]) config.defines.set(d.args[0].value, d.args[1]?.value ?? '');
      else if (name === 'loadmodule' && d.args[0]) {
        config.hasLoadModule = true;
        config.loadedModules.add(d.args[0].value);
      } else if ((name === 'include' || name === 'includeoptional') && d.args[0]) {
        const optional = name === 'includeoptional';
        const pattern = expand(d.args[0].value);
        // A workspace holds a copy of the configuration away from its ServerRoot (/usr/local/apache2):
        // there the main file's folder stands for it.
        const roots = [config.serverRoot, options.standalone ? config.serverRoot : path.dirname(mainPath)];
        const candidates = roots.map((r) => path.resolve(r, pattern));
        const absolute = candidates.find((c) => (/[*?[]/.test(pattern) ? expandGlob(files, c).length > 0 : files.exists(c))) ?? candidates[0];
        let targets: string[];
        if (/[*?[]/.test(pattern)) {
          targets = expandGlob(files, absolute).filter((t) => files.isFile(t));
        } else if (files.isDirectory(absolute)) {
          targets = (files.listDir(absolute) ?? []).map((f) => path.join(absolute, f)).filter((t) => files.isFile(t));
        } else if (files.isFile(absolute)) {
          targets = [absolute];
        } else {
          // Outside the workspace nothing is read, so nothing is known: no finding (the server's own /etc/httpd may have it).
          if (!optional && files.contains(absolute) && !(options.standalone && !options.standalone.serverRoot && !path.isAbsolute(pattern))) {
            config.problems.push({
              kind: 'not-found',
              path: filePath,
              directive: d,
              message: `Could not open configuration file ${absolute}: No such file or directory${path.isAbsolute(pattern) ? '' : ` ("${pattern}" resolves against ServerRoot ${config.serverRoot})`}. IncludeOptional is for files that may be absent.`,
            });
          }
          continue;
        }
        for (const t of targets) {
          if (++count > MAX_INCLUDED_FILES) {
            config.problems.push({ kind: 'too-many', path: filePath, directive: d, message: `More than ${MAX_INCLUDED_FILES} included files; the rest is not read.` });
            return;
          }
          if (stack.includes(t)) {
            config.problems.push({
              kind: 'cycle',
              path: filePath,
              directive: d,
              message: `Include cycle: ${path.relative(config.serverRoot, t) || t} is already being included (${[...stack, t].map((p) => path.relative(config.serverRoot, p) || path.basename(p)).join(' → ')}): httpd would include it without end.`,
            });
            continue;
          }
          const bytes = files.readBytes(t, MAX_INCLUDED_BYTES);
          if (!bytes || isBinary(bytes)) {
            config.problems.push({ kind: 'unreadable', path: filePath, directive: d, message: `${t} is not a readable text file.` });
            continue;
          }
          const by = config.includedBy.get(t) ?? [];
          by.push({ path: filePath, directive: d });
          config.includedBy.set(t, by);
          walk(t, [...stack, t]);
        }
      }
    }
  };
  walk(mainPath, [mainPath]);
  return config;
}

/** The httpd configurations of a workspace, each loaded once; for a file, the main configurations above it that include it. */
export class HttpdConfigs {
  private readonly byMain = new Map<string, HttpdConfig>();

  constructor(
    readonly files: FileSource,
    private readonly knownMains: string[] = [],
  ) {}

  config(mainPath: string): HttpdConfig {
    let config = this.byMain.get(mainPath);
    if (!config) this.byMain.set(mainPath, (config = loadHttpdConfig(this.files, mainPath)));
    return config;
  }

  /** The main configurations found above a file (included or not). */
  mainsAbove(filePath: string): HttpdConfig[] {
    return this.candidates(filePath).map((m) => this.config(m));
  }

  configsOf(filePath: string): HttpdConfig[] {
    return this.mainsAbove(filePath).filter((c) => c.mainPath === filePath || c.files.has(filePath));
  }

  private candidates(filePath: string): string[] {
    const candidates = new Set(this.knownMains);
    let dir = path.dirname(filePath);
    for (let i = 0; i <= 4; i++) {
      for (const name of MAIN_NAMES) {
        for (const sub of ['', 'conf']) {
          const candidate = path.join(dir, sub, name);
          if (this.files.isFile(candidate)) candidates.add(candidate);
        }
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return [...candidates];
  }

  invalidate(changedPath?: string): void {
    if (!changedPath) return this.byMain.clear();
    for (const [main, config] of this.byMain) if (main === changedPath || config.files.has(changedPath)) this.byMain.delete(main);
    if (![...this.byMain.values()].some((c) => c.files.has(changedPath))) this.byMain.clear();
  }
}
