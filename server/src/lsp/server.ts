/**
 * The language server: the only layer that knows the protocol. Pull
 * diagnostics for clients that advertise them (VS Code, Neovim 0.10+), pushed
 * `textDocument/publishDiagnostics` for the others; both debounced, both
 * honouring cancellation.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { filePathOf } from '../workspace/fileUri';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Range,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { checkDocumentDetailed, CancelledError } from '../engine/checkDocument';
import type { Finding, Fix } from '../engine/finding';
import { TomcatNodes } from '../model/tomcat/nodes';
import { NginxConfigs } from '../model/nginx/nginxConfigs';
import { HttpdConfigs } from '../model/httpd/httpdConfig';
import { sessionCookieNamesUnder } from '../model/tomcat/sessionCookies';
import { DiskFileSource } from '../workspace/fileSource';
import { checkWorkspaceAsync } from '../engine/checkWorkspace';
import { checkCluster } from '../engine/checkCluster';
import { ClusterSources } from '../model/cluster/clusterSources';
import { classifyWorkspace, type ClassifiedFile } from '../workspace/workspaceFiles';
import { languageFromPath } from '../workspace/fileKind';
import { decodeText, isBinary } from '../workspace/walk';
import { clusterReportHtml } from '../features/clusterReport';
import { DEFAULT_RULES, RULE_IDS } from '../rules';
import { TOOL } from '../version';
import { findSettingsFile, loadSettingsFile, readableFolders, SETTINGS_FILE_NAME, type Settings } from '../workspace/settings';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './diagnostics';
import { documentLanguage } from './documentLanguage';
import { registerEditingFeatures, sessionStrategies, SNIPPETS_COMMAND } from './editing';

/** Server-side command ids; the VS Code client's own command ids differ (see client/src/commands.ts). */
export const SERVER_COMMANDS = {
  checkWorkspace: 'tomcatCluster.server.checkWorkspace',
  sessionStrategies: SNIPPETS_COMMAND,
} as const;

/** A position as the client can send it back: anything, so check the numbers are there. */
function isPosition(p: unknown): boolean {
  const position = p as { line?: unknown; character?: unknown } | null | undefined;
  return typeof position?.line === 'number' && typeof position.character === 'number';
}

function isFix(data: unknown): data is Fix {
  const fix = data as Fix | undefined;
  return typeof fix?.title === 'string' && Array.isArray(fix.edits) && fix.edits.every((e) => typeof e?.newText === 'string' && isPosition(e.range?.start) && isPosition(e.range?.end));
}

/** Whether a range computed for an earlier text of the document still lies inside it (each position on a line, not past its end). */
function fitsIn(document: TextDocument, range: Range): boolean {
  return [range.start, range.end].every((p) => {
    if (p.line < 0 || p.line >= document.lineCount || p.character < 0) return false;
    const line = document.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } });
    return p.character <= line.replace(/(\r\n|\r|\n)$/, '').length;
  });
}


/** The `tomcatCluster` section of the editor's settings. */
interface EditorSettings {
  validation?: { enable?: boolean; delay?: number; maxFileSizeKB?: number | null };
  tomcatVersion?: string;
  rules?: Record<string, string>;
}

const DEFAULT_DELAY_MS = 300;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let pullMode = false;
  let configurationSupport = false;
  let dynamicConfiguration = false;
  let workspaceFolderEvents = false;
  let workDoneProgressSupport = false;
  let workspaceFolders: WorkspaceFolder[] = [];
  /** The workspace folders' paths (folders without a local path are not kept, see onInitialize). */
  const folderPaths = (): string[] => workspaceFolders.flatMap((f) => filePathOf(f.uri) ?? []);
  let editorSettings: EditorSettings = {};
  let workspaceSettings: Settings = {};
  let settingsDir: string | undefined;
  /** The workspace's Tomcat nodes, read from disk with the open documents on top; reloaded when their files change. */
  const fileSource = new DiskFileSource((uri) => documents.get(uri)?.getText());
  let nodes = new TomcatNodes(fileSource);
  const nginxConfigs = new NginxConfigs(fileSource);
  const httpdConfigs = new HttpdConfigs(fileSource);
  /** Session cookies of the workspace's Tomcats (for nginx hash keys), found once and kept until Tomcat files change. */
  let backendCookies: Set<string> | undefined | null = null;
  const getBackendCookies = (): Set<string> | undefined =>
    backendCookies === null ? (backendCookies = sessionCookieNamesUnder(fileSource, folderPaths())) : backendCookies;
  /** Per document: the semantic findings of its last well-formed version, kept while the user types a broken one. */
  const lastGoodSemantic = new Map<string, Finding[]>();
  /** Bumped whenever settings change, or a file other documents read, so cached pull results are not reused. */
  let settingsGeneration = 0;
  const lastChange = new Map<string, number>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  /** The cross-file findings of the last cluster check, by file uri (open or not). */
  let clusterFindings = new Map<string, Finding[]>();
  let clusterSources = new ClusterSources(fileSource, nodes, httpdConfigs, () => effectiveSettings(), (p) => nginxConfigs.inclusionsOf(p)[0]?.config.files.get(p));
  /** The workspace's files with their language; walked again when files are created or deleted. */
  let workspaceFiles: ClassifiedFile[] | undefined;
  let clusterTimer: NodeJS.Timeout | undefined;

  const log = (message: string): void => connection.console.error(message);

  const delay = (): number => {
    const d = editorSettings.validation?.delay;
    return typeof d === 'number' && d >= 0 && d <= 10_000 ? d : DEFAULT_DELAY_MS;
  };

  /** Settings file, then the editor's settings on top (the user's per-editor overrides). */
  const effectiveSettings = (): Settings => {
    const rules: Settings['rules'] = { ...workspaceSettings.rules };
    for (const [id, value] of Object.entries(editorSettings.rules ?? {})) {
      if (RULE_IDS.has(id) && ['off', 'error', 'warning', 'information', 'hint'].includes(value)) rules[id] = value as never;
    }
    // Any JSON can come from the editor: a version that is no string (9 instead of "9.0") is not one.
    const tomcatVersion = typeof editorSettings.tomcatVersion === 'string' ? editorSettings.tomcatVersion : undefined;
    const maxFileSizeKB = editorSettings.validation?.maxFileSizeKB;
    const sizeLimit = typeof maxFileSizeKB === 'number' && Number.isInteger(maxFileSizeKB) && maxFileSizeKB > 0 ? { maxFileSizeKB } : {};
    return { ...workspaceSettings, rules, ...(tomcatVersion ? { tomcatVersion } : {}), ...sizeLimit };
  };

  const loadWorkspaceSettings = (): void => {
    workspaceSettings = {};
    settingsDir = folderPaths()[0];
    for (const folder of folderPaths()) {
      const file = findSettingsFile(folder, false);
      if (!file) continue;
      settingsDir = path.dirname(file);
      try {
        workspaceSettings = loadSettingsFile(file, RULE_IDS);
      } catch (e) {
        connection.window.showWarningMessage(`Tomcat Cluster: ${(e as Error).message}`);
        log((e as Error).message);
      }
      break;
    }
    // Reads stay in the workspace folders and the folders the settings name; with no folder open (a lone file), anywhere.
    const folders = folderPaths();
    fileSource.setBounds(folders.length > 0 ? readableFolders(folders, effectiveSettings(), settingsDir) : undefined);
    resetNodes();
  };

  const resetNodes = (): void => {
    nodes = new TomcatNodes(fileSource, { settings: effectiveSettings(), settingsDir });
    clusterSources = new ClusterSources(fileSource, nodes, httpdConfigs, () => effectiveSettings(), (p) => nginxConfigs.inclusionsOf(p)[0]?.config.files.get(p));
    settingsGeneration++;
  };

  // --- cross-file (cluster) diagnostics ---------------------------------------
  // They concern files that may not be open, so they are pushed for every file
  // they are on (VS Code shows pushed and pulled diagnostics side by side);
  // a push-only client gets them merged with the file's own.
  const runClusterCheck = (): void => {
    clusterTimer = undefined;
    if (editorSettings.validation?.enable === false || workspaceFolders.length === 0) return publishCluster(new Map());
    try {
      workspaceFiles ??= classifyWorkspace(folderPaths(), fileSource);
      const model = clusterSources.model(workspaceFiles);
      const byUri = new Map<string, Finding[]>();
      for (const f of checkCluster(model, { settings: effectiveSettings(), log })) byUri.set(f.uri, [...(byUri.get(f.uri) ?? []), f]);
      publishCluster(byUri);
    } catch (e) {
      log(`the cluster check failed: ${(e as Error).stack ?? e}`);
    }
  };

  const publishCluster = (next: Map<string, Finding[]>): void => {
    const previous = clusterFindings;
    clusterFindings = next;
    for (const uri of new Set([...previous.keys(), ...next.keys()])) {
      const before = JSON.stringify(previous.get(uri) ?? []);
      if (before === JSON.stringify(next.get(uri) ?? [])) continue;
      if (!pullMode && documents.get(uri)) schedulePush(uri, 0);
      else void connection.sendDiagnostics({ uri, diagnostics: (next.get(uri) ?? []).map(toDiagnostic) });
    }
  };

  /** Runs the cluster check once the workspace has been quiet a little longer than the per-file debounce. */
  const scheduleClusterCheck = (): void => {
    clearTimeout(clusterTimer);
    clusterTimer = setTimeout(runClusterCheck, delay() + 200);
  };

  const validate = (document: TextDocument, token?: CancellationToken): Diagnostic[] => {
    if (editorSettings.validation?.enable === false) return [];
    const language = documentLanguage(document);
    if (!language) return [];
    const { findings, wellFormed } = checkDocumentDetailed(document, language, {
      settings: effectiveSettings(),
      settingsDir,
      nodes,
      nginxConfigs,
      httpdConfigs,
      backendCookies: getBackendCookies,
      log,
      isCancelled: () => token?.isCancellationRequested === true,
    });
    if (wellFormed) {
      lastGoodSemantic.set(document.uri, findings.filter((f) => !f.code.startsWith('xml/')));
      return findings.map(toDiagnostic);
    }
    // Half-typed: the syntax error where it is, and what the last good version said meanwhile.
    const kept = (lastGoodSemantic.get(document.uri) ?? []).filter((f) => fitsIn(document, f.range));
    return [...findings, ...kept].map(toDiagnostic);
  };

  /** Resolves once the document has been quiet for the debounce delay; false if cancelled meanwhile. */
  const settle = async (uri: string, token: CancellationToken): Promise<boolean> => {
    for (;;) {
      if (token.isCancellationRequested) return false;
      const quietFor = Date.now() - (lastChange.get(uri) ?? 0);
      const wait = delay() - quietFor;
      if (wait <= 0) return true;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  connection.onInitialize((params): InitializeResult => {
    pullMode = params.capabilities?.textDocument?.diagnostic !== undefined;
    configurationSupport = params.capabilities?.workspace?.configuration === true;
    dynamicConfiguration = params.capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    workspaceFolderEvents = params.capabilities?.workspace?.workspaceFolders === true;
    workDoneProgressSupport = params.capabilities?.window?.workDoneProgress === true;
    // Only folders with a local path: the server reads files (a remote or malformed folder URI has none).
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [])).filter((f) => filePathOf(f.uri) !== undefined);
    const options = params.initializationOptions as EditorSettings | undefined;
    if (options && typeof options === 'object') editorSettings = options;
    loadWorkspaceSettings();
    log(`${TOOL.name} ${TOOL.version} language server started (${pullMode ? 'pull' : 'push'} diagnostics)`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pullMode
          ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['<', '/', ' ', '"', '=', '$', '.'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: TOOL.packageName, version: TOOL.version },
    };
  });

  connection.onInitialized(async () => {
    if (workspaceFolderEvents) {
      // Only reachable after initialize, and only for clients that send these events.
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspaceFolders = workspaceFolders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added.filter((f) => filePathOf(f.uri) !== undefined));
        loadWorkspaceSettings();
        workspaceFiles = undefined;
        revalidateAll();
        scheduleClusterCheck();
      });
    }
    if (dynamicConfiguration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'tomcatCluster' });
    }
    await refreshEditorSettings();
    scheduleClusterCheck();
  });

  const refreshEditorSettings = async (): Promise<void> => {
    if (!configurationSupport) return;
    try {
      const value = (await connection.workspace.getConfiguration('tomcatCluster')) as EditorSettings | null;
      editorSettings = value && typeof value === 'object' ? value : {};
    } catch (e) {
      log(`could not read the editor settings: ${(e as Error).message}`);
    }
    resetNodes();
    revalidateAll();
  };

  const revalidateAll = (): void => {
    if (pullMode) {
      void connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const document of documents.all()) schedulePush(document.uri);
    }
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationSupport) {
      await refreshEditorSettings();
    } else {
      const settings = (change.settings as { tomcatCluster?: EditorSettings } | undefined)?.tomcatCluster;
      editorSettings = settings && typeof settings === 'object' ? settings : {};
      resetNodes();
      revalidateAll();
    }
  });

  connection.onDidChangeWatchedFiles((change) => {
    // A created or deleted file changes what the workspace holds.
    if (change.changes.some((c) => c.type !== FileChangeType.Changed)) workspaceFiles = undefined;
    // A jar, server.xml, release file or nginx file changed: reload only the models it is in.
    for (const c of change.changes) {
      // A uri that is no local path says nothing about the models (and must not keep the others from being read).
      const changed = filePathOf(c.uri);
      if (changed === undefined) continue;
      nodes.invalidate(changed);
      nginxConfigs.invalidate(changed);
      httpdConfigs.invalidate(changed);
      clusterSources.invalidate(changed);
      if (changed.endsWith('.xml')) backendCookies = null;
      // A file whose path does not tell its language is classified by its text.
      if (languageFromPath(changed) === 'conf') workspaceFiles = undefined;
    }
    // The settings file in the same batch as other files: those are forgotten above, the settings read again here.
    if (change.changes.some((c) => c.uri.endsWith('/' + SETTINGS_FILE_NAME))) loadWorkspaceSettings();
    else settingsGeneration++;
    revalidateAll();
    scheduleClusterCheck();
  });

  // --- pull -----------------------------------------------------------------
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!(await settle(uri, token))) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const current = documents.get(uri) ?? document;
    const resultId = `${current.version}:${settingsGeneration}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    try {
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: validate(current, token) };
    } catch (e) {
      if (e instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      throw e;
    }
  });

  // --- push -----------------------------------------------------------------
  const schedulePush = (uri: string, wait = delay()): void => {
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        const document = documents.get(uri);
        if (!document) return;
        let diagnostics: Diagnostic[];
        try {
          // The cross-file findings were computed for the text of the last cluster check: those an edit since then
          // has put out of the document wait for the next check (it runs shortly after the edit).
          const cluster = (clusterFindings.get(uri) ?? []).filter((f) => fitsIn(document, f.range));
          diagnostics = [...validate(document), ...cluster.map(toDiagnostic)];
        } catch (e) {
          log(`checking ${uri} failed: ${(e as Error).stack ?? e}`);
          return;
        }
        void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      }, wait),
    );
  };

  /**
   * The models read files through the open documents (unsaved text wins), so
   * a file's text changing under them (an edit; opening or closing it when the
   * editor's text is not the disk's) makes them forget what they read of it.
   */
  const textChanged = (document: TextDocument, filePath: string): void => {
    const byPath = languageFromPath(filePath);
    // An edited Tomcat file changes its node (Engine jvmRoute; the version a jakarta web.xml implies) and the session cookie names.
    if (byPath === 'tomcat-xml') {
      nodes.invalidate(filePath);
      backendCookies = null;
    }
    // An edited nginx file changes the configurations it is part of (upstreams, includes) for the other files.
    if (document.languageId !== 'xml') {
      nginxConfigs.invalidate(filePath);
      httpdConfigs.invalidate(filePath);
    }
    // A file whose path does not tell its language is classified by its text: the workspace's files are sorted again.
    if (byPath === 'conf') workspaceFiles = undefined;
    // An edit can change what other files are told (a jvmRoute, a Membership address, a route=).
    clusterSources.invalidate(filePath);
    scheduleClusterCheck();
    // The other open documents may read this file (its node, the cookie names, the configuration it is part of):
    // a pull client must not be told "unchanged" for them, a push client gets them again once the edits pause.
    settingsGeneration++;
    clearTimeout(dependentsTimer);
    dependentsTimer = setTimeout(revalidateAll, delay() + 100);
  };
  let dependentsTimer: NodeJS.Timeout | undefined;

  /** Whether the editor's text of a file is not what the disk holds (a restored unsaved buffer, a file closed without saving). */
  const differsFromDisk = (filePath: string, text: string): boolean => {
    try {
      const bytes = fs.readFileSync(filePath);
      return isBinary(bytes) || decodeText(bytes) !== text;
    } catch {
      return true;
    }
  };

  // Opening a document shows its diagnostics at once; edits wait for a quiet moment.
  const openVersions = new Map<string, number>();
  documents.onDidOpen((event) => openVersions.set(event.document.uri, event.document.version));
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    const justOpened = openVersions.get(uri) === version;
    if (!justOpened) lastChange.set(uri, Date.now());
    if (!pullMode) schedulePush(uri, justOpened ? 0 : delay());
    const filePath = filePathOf(uri);
    if (filePath !== undefined && (!justOpened || differsFromDisk(filePath, event.document.getText()))) textChanged(event.document, filePath);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    // Closed without saving: the models read the disk's text again.
    const filePath = filePathOf(uri);
    if (filePath !== undefined && differsFromDisk(filePath, event.document.getText())) textChanged(event.document, filePath);
    lastChange.delete(uri);
    openVersions.delete(uri);
    lastGoodSemantic.delete(uri);
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    // The cross-file findings stay on the file when it closes (the Problems panel shows the workspace).
    if (!pullMode) void connection.sendDiagnostics({ uri, diagnostics: (clusterFindings.get(uri) ?? []).map(toDiagnostic) });
  });

  // --- quick fixes ------------------------------------------------------------
  // A finding's fix travels in its diagnostic's data; it edits only that file.
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      // The client sends back what it got, or anything: skip what is not one of our diagnostics with a fix.
      if (diagnostic?.source !== DIAGNOSTIC_SOURCE || !isFix(diagnostic.data)) continue;
      const fix = diagnostic.data;
      // A fix computed for an older text may not fit the current one: offer it only while its ranges exist.
      if (document && !fix.edits.every((e) => fitsIn(document, e.range))) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [params.textDocument.uri]: fix.edits } },
      });
    }
    return actions;
  });

  // --- commands -------------------------------------------------------------
  connection.onExecuteCommand(async (params, token, attachedProgress) => {
    if (params.command === SERVER_COMMANDS.sessionStrategies) return sessionStrategies();
    if (params.command !== SERVER_COMMANDS.checkWorkspace) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, `unknown command ${params.command}`);
    }
    const requested = (params.arguments?.[0] as { folders?: unknown } | undefined)?.folders;
    if (requested !== undefined && !(Array.isArray(requested) && requested.every((f) => typeof f === 'string'))) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.checkWorkspace}: "folders" must be a list of paths`);
    }
    const folders = Array.isArray(requested) && requested.length > 0 ? (requested as string[]) : folderPaths();
    // Progress on the client's token (VS Code), or on one the server creates for a client that shows $/progress (Neovim).
    const created = params.workDoneToken === undefined && workDoneProgressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const progress = created ?? attachedProgress;
    progress.begin('Checking the workspace', 0, 'listing files', true);
    let lastReport = 0;
    try {
      const result = await checkWorkspaceAsync(folders, {
        onProgress: ({ done, total }) => {
          const now = Date.now();
          if (now - lastReport < 100 && done < total) return;
          lastReport = now;
          progress.report(Math.floor((100 * done) / Math.max(1, total)), `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`);
        },
        settings: effectiveSettings(),
        settingsDir,
        nodes,
        nginxConfigs,
        httpdConfigs,
        log,
        openDocument: (uri) => documents.get(uri),
        // The user can cancel from the progress a server-created token shows, too.
        isCancelled: () => token.isCancellationRequested || created?.token.isCancellationRequested === true,
        clusterSources,
      });
      // The on-demand check also refreshes the cross-file diagnostics in the Problems panel.
      const clusterCodes = new Set(DEFAULT_RULES.cluster.map((r) => r.meta.id));
      const byUri = new Map<string, Finding[]>();
      for (const f of result.findings) if (clusterCodes.has(f.code)) byUri.set(f.uri, [...(byUri.get(f.uri) ?? []), f]);
      publishCluster(byUri);
      return {
        folders,
        files: result.files.map((f) => ({ path: f.path, language: f.language })),
        diagnostics: result.findings.map((f) => ({ uri: f.uri, diagnostic: toDiagnostic(f) })),
        reportHtml: clusterReportHtml({ root: folders[0], cluster: result.cluster, findings: result.findings, files: result.files.length, linkMode: 'webview', nonce: randomBytes(16).toString('base64') }),
      };
    } catch (e) {
      if (e instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      throw e;
    } finally {
      progress.done();
    }
  });

  // --- editing features --------------------------------------------------------
  registerEditingFeatures(connection, documents, {
    log,
    context: (document, offset) => {
      const language = documentLanguage(document);
      if (!language) return undefined;
      return {
        document,
        language,
        offset,
        filePath: filePathOf(document.uri),
        settings: effectiveSettings(),
        nodes,
        nginxConfigs,
        httpdConfigs,
      };
    },
  });

  documents.listen(connection);
  connection.listen();
}
