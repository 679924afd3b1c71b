/** What the msm/* rules share: the msm Managers of a file, and where their jars are looked for. */
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { Range } from '../../engine/finding';
import { msmManagers, type MsmManager } from '../../model/msm/msmManager';
import type { Jar, LibraryFolder } from '../../model/tomcat/jars';
import type { TomcatNode } from '../../model/tomcat/node';
import { allElements, attributeValue } from '../../syntax/xml/xmlQuery';
import type { XmlDocument, XmlElement } from '../../syntax/xml/xmlDocument';
import type { TomcatRuleContext } from '../rule';

const treeManagers = new WeakMap<XmlDocument, readonly MsmManager[]>();

/** The file's msm Managers, found once per tree for all msm/* rules. */
export function managersOf(context: TomcatRuleContext): readonly MsmManager[] {
  let managers = treeManagers.get(context.tree);
  if (!managers) {
    managers = msmManagers(allElements(context.tree));
    treeManagers.set(context.tree, managers);
  }
  return managers;
}

/** The node's own library folders that exist and can be listed (msm's core and client jars must be there). */
export function nodeLibraryFolders(node: TomcatNode | undefined): LibraryFolder[] {
  return (node?.libraryFolders ?? []).filter((f) => f.exists && f.readable);
}

/**
 * Where a Manager's serializer jars may be: the node's library folders and the
 * WEB-INF/lib of the app(s) it applies to (all apps for conf/context.xml).
 */
export function serializerLibraryFolders(context: TomcatRuleContext, manager: MsmManager): LibraryFolder[] {
  const node = context.node();
  const folders = nodeLibraryFolders(node);
  if (!node) return folders;
  const appName = context.file?.app ?? serverXmlContextApp(manager.element);
  const apps = appName ? [node.apps.get(appName)].filter((a) => a !== undefined) : [...node.apps.values()];
  for (const app of apps) if (app.libFolder?.exists && app.libFolder.readable) folders.push(app.libFolder);
  return folders;
}

/** The app a <Context> in server.xml configures (its docBase, else its path). */
function serverXmlContextApp(manager: XmlElement): string | undefined {
  const context = manager.parent?.name === 'Context' ? manager.parent : undefined;
  if (!context) return undefined;
  const docBase = attributeValue(context, 'docBase');
  const contextPath = attributeValue(context, 'path');
  const name = docBase ? path.basename(docBase).replace(/\.war$/, '') : contextPath?.replace(/^\//, '');
  return name === '' ? 'ROOT' : name;
}

export function jarsIn(folders: LibraryFolder[]): Jar[] {
  return folders.flatMap((f) => f.jars);
}

export function describeFolders(folders: LibraryFolder[], node: TomcatNode | undefined): string {
  return folders.map((f) => (node ? path.relative(node.base, f.path) || f.path : f.path)).join(', ');
}

/** A range in another file of the node (server.xml), for related information. */
export function locationIn(filePath: string, text: string, start: number, end: number): { uri: string; range: Range } {
  const doc = TextDocument.create(pathToFileURL(filePath).href, 'xml', 0, text);
  return { uri: doc.uri, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}
