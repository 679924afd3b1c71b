/**
 * Runs inside the VS Code extension host: open the broken server.xml of the
 * fixture workspace and wait for the extension's diagnostic.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'tomcat1/conf/server.xml'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostics = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostic within 30 s')), 30_000);
    const check = (): void => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'tomcat-cluster');
      if (found.length > 0) {
        clearTimeout(timer);
        sub.dispose();
        resolve(found);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(check);
    check();
  });
  const [d] = diagnostics;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  assert.equal(code, 'xml/not-well-formed');
  assert.equal(d.range.start.line, 22);
  assert.equal(d.range.start.character, 2);
}
