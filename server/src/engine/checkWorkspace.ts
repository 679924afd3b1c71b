/**
 * The whole-workspace check the CLI and the "Check Cluster Consistency"
 * command run: walk, classify, read, check every file. One generator does the
 * work a file at a time, so the CLI drains it at once and the language server
 * yields between files (progress, cancellation).
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TomcatNodes } from '../model/tomcat/nodes';
import * as path from 'node:path';
import { isMainConfig, parseNginxText } from '../model/nginx/nginxConfig';
import { NginxConfigs } from '../model/nginx/nginxConfigs';
import { HttpdConfigs, isHttpdMainConfig } from '../model/httpd/httpdConfig';
import type { FileSource } from '../workspace/fileSource';
import { sessionCookieNames } from '../model/tomcat/sessionCookies';
import { classifyFile, languageFromPath, type FileLanguage } from '../workspace/fileKind';
import { DiskFileSource } from '../workspace/fileSource';
import { readableFolders } from '../workspace/settings';
import { decodeText, isBinary, walkFiles } from '../workspace/walk';
import { checkDocument, CancelledError, type CheckOptions } from './checkDocument';
import type { Finding } from './finding';
import { checkCluster } from './checkCluster';
import { ClusterSources } from '../model/cluster/clusterSources';
import type { ClusterModel } from '../model/cluster/clusterModel';

export interface CheckedFile {
  path: string;
  language: FileLanguage;
}

export interface WorkspaceCheckResult {
  /** The files that were checked, with their language. */
  files: CheckedFile[];
  findings: Finding[];
  /** Paths given that do not exist. */
  missing: string[];
  /** The workspace as one cluster (nodes, balancers, stores), for the report. */
  cluster: ClusterModel;
}

export interface WorkspaceCheckOptions extends CheckOptions {
  /** Text of files the editor has open (unsaved changes win over the disk). */
  openDocument?: (uri: string) => TextDocument | undefined;
  /** The cluster model's cached pieces (the language server keeps one across checks). */
  clusterSources?: ClusterSources;
}

export interface WorkspaceCheckProgress {
  done: number;
  total: number;
}

/**
 * A line starting with `events {`, `http {` or `stream {`. The blanks before the word are those of
 * its own line (`\s*` there would rescan every following blank line from each line start: quadratic
 * in a run of blank lines); `^` matches after each line break, so the lines matched are the same.
 */
const MAIN_BLOCK = /^[^\S\n\r\u2028\u2029]*(events|http|stream)\s*\{/m;

/** The walked files that are main nginx configurations: named nginx.conf, or with top-level events/http/stream. */
function nginxMainConfigs(files: FileSource, paths: string[]): string[] {
  return paths.filter((p) => {
    if (path.basename(p) === 'nginx.conf') return true;
    if (!p.endsWith('.conf')) return false;
    const text = files.readText(p);
    return text !== undefined && MAIN_BLOCK.test(text) && classifyFile(p, () => text) === 'nginx' && isMainConfig(p, parseNginxText(text));
  });
}

/** Checks one file after another, yielding progress after each; returns the result. */
export function* workspaceCheckSteps(paths: string[], options: WorkspaceCheckOptions = {}): Generator<WorkspaceCheckProgress, WorkspaceCheckResult> {
  const { files, missing } = walkFiles(paths);
  // Nothing outside the given folders and those the settings name is read (an absolute include, a parent CATALINA_BASE).
  const fileSource = new DiskFileSource(
    options.openDocument && ((uri) => options.openDocument?.(uri)?.getText()),
    readableFolders(paths, options.settings ?? {}, options.settingsDir),
  );
  // One model of the nodes for the whole run: each node is loaded once, whatever number of its files is checked.
  options = {
    ...options,
    nodes: options.nodes ?? new TomcatNodes(fileSource, { settings: options.settings, settingsDir: options.settingsDir }),
  };
  // Session cookie names of the Tomcats among the walked files, computed on first use.
  let cookies: Set<string> | undefined | null = null;
  options.backendCookies ??= () => (cookies === null ? (cookies = sessionCookieNames(fileSource, files.filter((f) => languageFromPath(f) === 'tomcat-xml'))) : cookies);
  options.nginxConfigs ??= new NginxConfigs(fileSource, nginxMainConfigs(fileSource, files));
  options.httpdConfigs ??= new HttpdConfigs(fileSource, files.filter(isHttpdMainConfig));
  const checked: CheckedFile[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const uri = pathToFileURL(file).href;
    const open = options.openDocument?.(uri);
    let text: string | undefined = open?.getText();
    let read = open !== undefined;
    const readText = (): string | undefined => {
      if (read) return text;
      read = true;
      try {
        const bytes = fs.readFileSync(file);
        text = isBinary(bytes) ? undefined : decodeText(bytes);
      } catch {
        text = undefined;
      }
      return text;
    };
    const language = classifyFile(file, readText);
    if (language && readText() !== undefined) {
      const document = open ?? TextDocument.create(uri, language, 0, text as string);
      checked.push({ path: file, language });
      // A loop, not push(...): some 130,000 findings (a file of stray semicolons) as arguments overflow the stack.
      for (const f of checkDocument(document, language, options)) findings.push(f);
    }
    yield { done: i + 1, total: files.length };
  }
  // The cross-file rules, once every file is known.
  const sources =
    options.clusterSources ??
    new ClusterSources(fileSource, options.nodes!, options.httpdConfigs, () => options.settings ?? {}, (p) => options.nginxConfigs?.inclusionsOf(p)[0]?.config.files.get(p));
  const cluster = sources.model(checked);
  for (const f of checkCluster(cluster, { settings: options.settings, rules: options.rules?.cluster, log: options.log, isCancelled: options.isCancelled })) findings.push(f);
  return { files: checked, findings, missing, cluster };
}

export function checkWorkspace(paths: string[], options: WorkspaceCheckOptions = {}): WorkspaceCheckResult {
  const steps = workspaceCheckSteps(paths, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same check, giving the event loop a turn between files so progress and cancellation get through. */
export async function checkWorkspaceAsync(
  paths: string[],
  options: WorkspaceCheckOptions & { onProgress?: (p: WorkspaceCheckProgress) => void },
): Promise<WorkspaceCheckResult> {
  const steps = workspaceCheckSteps(paths, options);
  let lastYield = Date.now();
  for (;;) {
    if (options.isCancelled?.()) throw new CancelledError();
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    if (Date.now() - lastYield > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
}
