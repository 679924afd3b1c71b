/**
 * "Tomcat Cluster: Check Cluster Consistency": runs the server's workspace
 * check (the check the CLI runs) with a cancellable progress notification,
 * writes the findings to the output channel and opens the cluster report
 * (the page the CLI writes for --format html) in a webview. The server also
 * pushes the cross-file findings, so the Problems panel has them.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type Diagnostic, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_CHECK_WORKSPACE } from './commands';

interface CheckResult {
  folders: string[];
  files: { path: string; language: string }[];
  diagnostics: { uri: string; diagnostic: Diagnostic }[];
  reportHtml?: string;
}

let reportPanel: vscode.WebviewPanel | undefined;

/** Shows the report; its links open the file at the finding's range. */
function showReport(html: string): void {
  if (!reportPanel) {
    reportPanel = vscode.window.createWebviewPanel('tomcatCluster.report', 'Tomcat Cluster Report', vscode.ViewColumn.Beside, {
      enableScripts: true,
      // The page is self-contained: it loads nothing, local or remote.
      localResourceRoots: [],
    });
    reportPanel.onDidDispose(() => (reportPanel = undefined));
    reportPanel.webview.onDidReceiveMessage(async (message: { command?: string; file?: string; line?: number; character?: number }) => {
      if (message.command !== 'open' || typeof message.file !== 'string') return;
      const position = new vscode.Position(Math.max(0, message.line ?? 0), Math.max(0, message.character ?? 0));
      await vscode.window.showTextDocument(vscode.Uri.file(message.file), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    });
  }
  reportPanel.webview.html = html;
  reportPanel.reveal(vscode.ViewColumn.Beside, true);
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export async function checkClusterConsistency(client: LanguageClient, output: vscode.OutputChannel): Promise<CheckResult | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Tomcat Cluster: open a folder to check its cluster.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Tomcat Cluster: checking the workspace', cancellable: true },
    async (progress, token) => {
      // The server reports "N of M files" on this token; the notification shows it.
      const workDoneToken = randomUUID();
      let percentage = 0;
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'report' && value.kind !== 'begin') return;
        const next = value.percentage ?? percentage;
        progress.report({ message: value.message, increment: Math.max(0, next - percentage) });
        percentage = Math.max(percentage, next);
      });
      try {
        return (await client.sendRequest(
          ExecuteCommandRequest.type,
          { command: SERVER_CHECK_WORKSPACE, arguments: [{ folders }], workDoneToken },
          token,
        )) as CheckResult;
      } catch (e) {
        if (token.isCancellationRequested) return undefined;
        throw e;
      } finally {
        listening.dispose();
      }
    },
  );
  if (!result) return undefined;

  const root = folders[0];
  output.appendLine(`Check Cluster Consistency: ${result.files.length} files in ${folders.join(', ')}`);
  const counts = [0, 0, 0, 0];
  for (const { uri, diagnostic } of result.diagnostics) {
    const severity = (diagnostic.severity ?? 1) - 1;
    counts[severity]++;
    const file = path.relative(root, vscode.Uri.parse(uri).fsPath);
    const { line, character } = diagnostic.range.start;
    output.appendLine(`${file}:${line + 1}:${character + 1}: ${SEVERITY_NAMES[severity]} ${String(diagnostic.code)}: ${diagnostic.message}`);
  }
  const files = count(result.files.length, 'file');
  const summary =
    result.diagnostics.length === 0
      ? `no problems in ${files}`
      : `${count(result.diagnostics.length, 'problem')} (${counts.map((n, i) => count(n, SEVERITY_NAMES[i], i === 2 ? 'information' : undefined)).join(', ')}) in ${files}`;
  output.appendLine(summary);
  if (result.reportHtml) showReport(result.reportHtml);
  const choice = await vscode.window.showInformationMessage(`Tomcat Cluster: ${summary}.`, 'Show Output');
  if (choice === 'Show Output') output.show(true);
  return result;
}
