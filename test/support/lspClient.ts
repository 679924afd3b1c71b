/**
 * A minimal LSP client for protocol tests: spawns the server bundle with
 * `--stdio` and speaks JSON-RPC to it with vscode-jsonrpc, the way Neovim or
 * Emacs would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { serverBundle } from './paths';

export interface LspClientOptions {
  /** Advertise pull diagnostics (LSP 3.17), as VS Code and Neovim 0.10+ do. */
  pull: boolean;
  rootUri?: string | null;
  initializationOptions?: unknown;
  /** Answer to workspace/configuration for the `tomcatCluster` section. */
  configuration?: unknown;
  /** Advertise window.workDoneProgress: the server may create progress tokens. */
  workDoneProgress?: boolean;
}

export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  /** $/progress notifications, and the tokens the server asked to create. */
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number; cancellable?: boolean } }[] = [];
  readonly createdProgressTokens: (string | number)[] = [];
  refreshRequests = 0;
  private publishWaiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(private readonly options: LspClientOptions) {
    this.process = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.publishWaiters.splice(0).forEach((w) => w());
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.options.configuration ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('$/progress', (p: LspClient['progress'][number]) => void this.progress.push(p));
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.createdProgressTokens.push(p.token);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      return null;
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      ...(this.options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
      workspace: { configuration: this.options.configuration !== undefined, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(this.options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.options.rootUri ?? null,
      workspaceFolders: this.options.rootUri ? [{ uri: this.options.rootUri, name: 'ws' }] : null,
      capabilities,
      initializationOptions: this.options.initializationOptions,
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'xml'): Promise<void> {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  pull(uri: string, previousResultId?: string, token?: CancellationTokenSource): Promise<DocumentDiagnosticReport> {
    const params = { textDocument: { uri }, previousResultId };
    // An explicit `undefined` token would be sent as a second positional parameter.
    return (token ? this.connection.sendRequest('textDocument/diagnostic', params, token.token) : this.connection.sendRequest('textDocument/diagnostic', params)) as Promise<DocumentDiagnosticReport>;
  }

  async pullItems(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  /** Waits until a publish for `uri` satisfies `predicate` (fails after `timeoutMs`). */
  async waitForPublish(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = [...this.published].reverse().find((p) => p.uri === uri);
      if (found && predicate(found)) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching publishDiagnostics for ${uri}; last: ${JSON.stringify(found)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.publishWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Polls `predicate` until it holds (fails after `timeoutMs`). */
  async waitUntil(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      await new Promise((resolve) => {
        if (this.process.exitCode !== null) return resolve(undefined);
        const timer = setTimeout(() => this.process.kill(), 3000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
  }
}

export { CancellationTokenSource };
