/**
 * "Tomcat Cluster: Insert Session Strategy…": asks which strategy (the
 * server's snippet catalogue: sticky, replication, session server, persistent
 * store) and where (the active editor when it is the right kind of file, else
 * a workspace file of that kind), then inserts the snippet at the cursor with
 * its tab stops.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_SESSION_STRATEGIES } from './commands';

interface Strategy {
  id: string;
  label: string;
  strategy: string;
  description: string;
  language: string;
  fileRole: string;
  context: string[];
  body: string;
}

const STRATEGY_TITLES: Record<string, string> = {
  sticky: 'Sticky sessions',
  replication: 'Session replication',
  'session-server': 'Session server (memcached-session-manager)',
  'persistent-store': 'Persistent store',
};

/** Which files a snippet's role goes into, as a glob and a test on the active editor's path. */
const ROLE_FILES: Record<string, { glob: string; matches: (path: string, languageId: string) => boolean }> = {
  'server.xml': { glob: '**/server.xml', matches: (p) => p.endsWith('/server.xml') },
  'context.xml': { glob: '**/{context.xml,META-INF/context.xml,conf/*/*/*.xml}', matches: (p) => /\/context\.xml$|\/conf\/[^/]+\/[^/]+\/[^/]+\.xml$/.test(p) },
  'web.xml': { glob: '**/WEB-INF/web.xml', matches: (p) => p.endsWith('/WEB-INF/web.xml') },
  nginx: { glob: '**/*.conf', matches: (_p, id) => id === 'nginx' },
  httpd: { glob: '**/*.conf', matches: (_p, id) => id === 'apacheconf' },
  'workers.properties': { glob: '**/workers.properties', matches: (p) => p.endsWith('/workers.properties') },
};

export async function insertSessionStrategy(client: LanguageClient): Promise<void> {
  const strategies = (await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_SESSION_STRATEGIES, arguments: [] })) as Strategy[];
  const items: (vscode.QuickPickItem & { strategy?: Strategy })[] = [];
  for (const kind of Object.keys(STRATEGY_TITLES)) {
    const group = strategies.filter((s) => s.strategy === kind);
    if (group.length === 0) continue;
    items.push({ label: STRATEGY_TITLES[kind], kind: vscode.QuickPickItemKind.Separator });
    for (const s of group) items.push({ label: s.label, description: `${s.fileRole} · in ${s.context.join(' or ')}`, detail: firstLine(s.description), strategy: s });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert Session Strategy', placeHolder: 'Which session strategy?', matchOnDescription: true, matchOnDetail: true });
  const strategy = picked?.strategy;
  if (!strategy) return;

  const role = ROLE_FILES[strategy.fileRole];
  const active = vscode.window.activeTextEditor;
  let editor: vscode.TextEditor | undefined;
  if (active && role?.matches(active.document.uri.path, active.document.languageId)) {
    editor = active;
  } else {
    const files = role ? await vscode.workspace.findFiles(role.glob, '**/node_modules/**', 200) : [];
    const where = await vscode.window.showQuickPick(
      files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      { title: 'Insert Session Strategy', placeHolder: `Where? (a ${strategy.fileRole} file; the snippet goes at the cursor, in ${strategy.context.join(' or ')})` },
    );
    if (!where) return;
    editor = await vscode.window.showTextDocument(where.uri);
  }
  await editor.insertSnippet(new vscode.SnippetString(strategy.body), editor.selection.active);
}

function firstLine(markdown: string): string {
  return markdown.split('\n')[0].replace(/[*`]/g, '');
}
