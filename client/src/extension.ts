/**
 * The VS Code extension: starts the language server over IPC, selects Tomcat
 * XML files by path (so the Red Hat XML extension keeps working beside it),
 * and adds the extension's commands.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { MODJK_PATTERNS, WATCHED_PATTERNS, SETTINGS_PATTERN, TOMCAT_XML_PATTERNS } from '../../server/src/workspace/filePatterns';
import { CLIENT_COMMANDS } from './commands';
import { sniffConfLanguage } from './languageSniffer';
import { checkClusterConsistency } from './workspaceCheck';
import { insertSessionStrategy } from './insertStrategy';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Tomcat Cluster Config', { log: true });
  const serverModule = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...TOMCAT_XML_PATTERNS.map((pattern) => ({ scheme: 'file', language: 'xml', pattern })),
      // context.xml.default is not .xml, so VS Code does not call it xml.
      { scheme: 'file', pattern: '**/context.xml.default' },
      { scheme: 'file', language: 'nginx' },
      { scheme: 'file', language: 'apacheconf' },
      { scheme: 'file', language: 'modjk-workers' },
      ...MODJK_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    synchronize: {
      // The settings file, and what the node model is built from (jars, server.xml, release notes, apps).
      fileEvents: [SETTINGS_PATTERN, ...WATCHED_PATTERNS].map((pattern) => vscode.workspace.createFileSystemWatcher(pattern)),
    },
    // vscode-languageclient 10 pulls on nothing unless told to.
    diagnosticPullOptions: { onChange: true, onSave: true, onFocus: true },
    initializationOptions: vscode.workspace.getConfiguration('tomcatCluster'),
    outputChannel: output,
  };
  client = new LanguageClient('tomcatCluster', 'Tomcat Cluster Config', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(CLIENT_COMMANDS.checkClusterConsistency, () => checkClusterConsistency(client!, output)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertSessionStrategy, () => insertSessionStrategy(client!)),
    vscode.workspace.onDidOpenTextDocument(sniffConfLanguage),
  );
  vscode.workspace.textDocuments.forEach(sniffConfLanguage);

  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
