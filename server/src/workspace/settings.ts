/**
 * The workspace settings file (`.tomcat-cluster.json` at the root; JSON Schema
 * in schemas/tomcat-cluster.schema.json): what cannot be inferred from the
 * configs. The CLI and the language server read the same file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEVERITIES, type Severity } from '../engine/finding';

export const SETTINGS_FILE_NAME = '.tomcat-cluster.json';

export type RuleSetting = Severity | 'off';

export interface NodeSettings {
  tomcatVersion?: string;
  host?: string;
  catalinaHome?: string;
  libraryFolders?: string[];
}

export interface Settings {
  /** Tomcat version for nodes whose version the files do not tell. */
  tomcatVersion?: string;
  catalinaHome?: string;
  libraryFolders?: string[];
  /** Per node folder (relative to the settings file). */
  nodes?: Record<string, NodeSettings>;
  rules?: Record<string, RuleSetting>;
  nginx?: { directives?: string[] };
  httpd?: { directives?: string[] };
  /** Files above this size (KiB) get syntax checks only. */
  maxFileSizeKB?: number;
}

/** 5 MiB: a 100,000-line nginx.conf (about 4 MB) is still checked whole. */
export const DEFAULT_MAX_FILE_SIZE_KB = 5120;

/** The size above which a file gets syntax checks only. */
export function maxFileSizeBytes(settings: Settings): number {
  const kb = settings.maxFileSizeKB;
  return (typeof kb === 'number' && kb > 0 ? kb : DEFAULT_MAX_FILE_SIZE_KB) * 1024;
}

export class SettingsError extends Error {}

const VERSION = /^\d+\.\d+(\.\d+)?$/;

/** Reads and checks a settings file; throws SettingsError with a message naming the file and the field. */
export function loadSettingsFile(file: string, knownRuleIds: ReadonlySet<string>): Settings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new SettingsError(`cannot read the settings file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseSettings(text, file, knownRuleIds);
}

export function parseSettings(text: string, file: string, knownRuleIds: ReadonlySet<string>): Settings {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new SettingsError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const problems = validateSettings(value, knownRuleIds);
  if (problems.length > 0) throw new SettingsError(`${file}: ${problems.join('; ')}`);
  return value as Settings;
}

/** The checks of the JSON Schema that matter to the engine, with messages a person can act on. */
export function validateSettings(value: unknown, knownRuleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['the settings must be a JSON object'];
  const known = new Set(['$schema', 'tomcatVersion', 'catalinaHome', 'libraryFolders', 'nodes', 'rules', 'nginx', 'httpd', 'maxFileSizeKB']);
  for (const key of Object.keys(value)) if (!known.has(key)) problems.push(`unknown setting "${key}"`);
  if (value.tomcatVersion !== undefined && !(typeof value.tomcatVersion === 'string' && VERSION.test(value.tomcatVersion))) {
    problems.push('"tomcatVersion" must be a version such as "9.0"');
  }
  if (value.catalinaHome !== undefined && typeof value.catalinaHome !== 'string') problems.push('"catalinaHome" must be a path');
  if (value.maxFileSizeKB !== undefined && !(Number.isInteger(value.maxFileSizeKB) && (value.maxFileSizeKB as number) > 0)) {
    problems.push('"maxFileSizeKB" must be a whole number of KiB above 0 (such as 5120)');
  }
  if (value.libraryFolders !== undefined && !isStringArray(value.libraryFolders)) problems.push('"libraryFolders" must be a list of paths');
  if (value.nodes !== undefined) {
    if (!isObject(value.nodes)) problems.push('"nodes" must map node folders to their settings');
    else {
      for (const [node, s] of Object.entries(value.nodes)) {
        if (!isObject(s)) { problems.push(`nodes["${node}"] must be an object`); continue; }
        for (const key of Object.keys(s)) if (!['tomcatVersion', 'host', 'catalinaHome', 'libraryFolders'].includes(key)) problems.push(`nodes["${node}"]: unknown setting "${key}"`);
        if (s.tomcatVersion !== undefined && !(typeof s.tomcatVersion === 'string' && VERSION.test(s.tomcatVersion))) problems.push(`nodes["${node}"].tomcatVersion must be a version such as "9.0"`);
        if (s.host !== undefined && typeof s.host !== 'string') problems.push(`nodes["${node}"].host must be a host name or address`);
        if (s.catalinaHome !== undefined && typeof s.catalinaHome !== 'string') problems.push(`nodes["${node}"].catalinaHome must be a path`);
        if (s.libraryFolders !== undefined && !isStringArray(s.libraryFolders)) problems.push(`nodes["${node}"].libraryFolders must be a list of paths`);
      }
    }
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) problems.push('"rules" must map rule ids to a severity or "off"');
    else {
      for (const [id, setting] of Object.entries(value.rules)) {
        if (!knownRuleIds.has(id)) problems.push(`rules: unknown rule id "${id}"`);
        if (!(typeof setting === 'string' && (setting === 'off' || (SEVERITIES as readonly string[]).includes(setting)))) {
          problems.push(`rules["${id}"] must be one of off, ${SEVERITIES.join(', ')}`);
        }
      }
    }
  }
  for (const section of ['nginx', 'httpd'] as const) {
    const s = value[section];
    if (s === undefined) continue;
    if (!isObject(s) || Object.keys(s).some((k) => k !== 'directives') || (s.directives !== undefined && !isStringArray(s.directives))) {
      problems.push(`"${section}" must be {"directives": [names of third-party directives]}`);
    }
  }
  return problems;
}

/**
 * The settings file of a folder, if it has one: the folder itself, then its
 * parents (the CLI, run in a subfolder of a repository); `upward: false` looks
 * in the folder alone (the editor reads nothing outside the workspace).
 */
export function findSettingsFile(folder: string, upward = true): string | undefined {
  let dir = path.resolve(folder);
  for (;;) {
    const candidate = path.join(dir, SETTINGS_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || !upward) return undefined;
    dir = parent;
  }
}

/** The severity a rule reports with under these settings, or undefined when it is off. */
export function effectiveSeverity(settings: Settings, ruleId: string, reported: Severity): Severity | undefined {
  const setting = settings.rules?.[ruleId];
  if (setting === 'off') return undefined;
  return setting ?? reported;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * The folders the checker may read: the workspace's (a file given stands for
 * its folder) and the library folders and CATALINA_HOMEs the settings name.
 */
export function readableFolders(paths: string[], settings: Settings, settingsDir: string | undefined): string[] {
  const out = paths.map((p) => {
    const resolved = path.resolve(p);
    try {
      return fs.statSync(resolved).isFile() ? path.dirname(resolved) : resolved;
    } catch {
      return resolved;
    }
  });
  const base = settingsDir ?? out[0] ?? process.cwd();
  const named = [settings.catalinaHome, ...(settings.libraryFolders ?? [])];
  for (const node of Object.values(settings.nodes ?? {})) named.push(node.catalinaHome, ...(node.libraryFolders ?? []));
  for (const folder of named) if (typeof folder === 'string' && folder !== '') out.push(path.resolve(base, folder));
  return out;
}
