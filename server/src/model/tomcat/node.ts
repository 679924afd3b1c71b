/**
 * A Tomcat node: the folder holding conf/server.xml (its CATALINA_BASE), with
 * its Tomcat version (and where that came from), its library folders and
 * their jars, its apps and their context files.
 */
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import type { XmlDocument, XmlElement } from '../../syntax/xml/xmlDocument';
import { XML_TREES } from '../../syntax/xml/xmlTrees';
import { attributeValue, descendants } from '../../syntax/xml/xmlQuery';
import type { FileSource } from '../../workspace/fileSource';
import { maxFileSizeBytes, SETTINGS_FILE_NAME, type Settings } from '../../workspace/settings';
import { readLibraryFolder, type Jar, type LibraryFolder } from './jars';
import { versionAtLeast, versionFromMajor, versionFromText, type TomcatVersion } from './tomcatVersion';

export interface TomcatApp {
  name: string;
  dir?: string;
  webXmlPath?: string;
  metaInfContextPath?: string;
  /** conf/<engine>/<host>/<app>.xml */
  confContextPath?: string;
  libFolder?: LibraryFolder;
}

export interface TomcatNode {
  base: string;
  /** The node's folder relative to the settings file (its key in `nodes`), or its folder name. */
  key: string;
  serverXmlPath?: string;
  server?: XmlDocument;
  engine?: XmlElement;
  /** Undefined when nothing tells the version. */
  version?: TomcatVersion;
  libraryFolders: LibraryFolder[];
  apps: Map<string, TomcatApp>;
}

export interface NodeOptions {
  settings?: Settings;
  /** Folder of the settings file (node keys are relative to it). */
  settingsDir?: string;
}

const MAX_JAR_BYTES = 32 * 1024 * 1024;

/** The CATALINA_BASE a file belongs to: the nearest folder above it holding conf/server.xml. */
export function findNodeBase(files: FileSource, filePath: string, baseOfFolder?: Map<string, string | undefined>): string | undefined {
  let dir = path.dirname(path.resolve(filePath));
  if (path.basename(filePath) === 'server.xml' && path.basename(dir) !== 'conf') return dir; // a lone server.xml
  // Every folder walked through has the same answer; `baseOfFolder` keeps it for the next file (thousands of files ask).
  const visited: string[] = [];
  let found: string | undefined;
  for (let depth = 0; depth < 64; depth++) {
    if (baseOfFolder?.has(dir)) {
      found = baseOfFolder.get(dir);
      break;
    }
    visited.push(dir);
    if (files.isFile(path.join(dir, 'conf', 'server.xml'))) {
      found = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (baseOfFolder) for (const d of visited) baseOfFolder.set(d, found);
  return found;
}

/** The version fix a message can name: the settings key that pins this node's version. */
export function versionSettingHint(node: TomcatNode): string {
  return `set "nodes": {"${node.key}": {"tomcatVersion": "X.Y"}} in ${SETTINGS_FILE_NAME}`;
}

export function loadNode(files: FileSource, base: string, options: NodeOptions = {}): TomcatNode {
  const settings = options.settings ?? {};
  const key = nodeKey(base, options.settingsDir);
  const nodeSettings = settings.nodes?.[key];
  const settingsDir = options.settingsDir ?? base;

  const confServer = path.join(base, 'conf', 'server.xml');
  const loneServer = path.join(base, 'server.xml');
  const serverXmlPath = files.isFile(confServer) ? confServer : files.isFile(loneServer) ? loneServer : undefined;
  // A server.xml above the size limit gets syntax checks only: the node is built without its tree.
  const serverText = serverXmlPath && (files.size(serverXmlPath) ?? 0) <= maxFileSizeBytes(settings) ? files.readText(serverXmlPath) : undefined;
  const server = serverXmlPath && serverText !== undefined ? XML_TREES.tree(serverXmlPath, serverText) : undefined;
  const engine = server ? descendants(server, 'Engine')[0] : undefined;

  const libraryFolders: LibraryFolder[] = [readLibraryFolder(files, path.join(base, 'lib'), 'CATALINA_BASE/lib')];
  const home = nodeSettings?.catalinaHome ?? settings.catalinaHome;
  if (home) libraryFolders.push(readLibraryFolder(files, path.resolve(settingsDir, home, 'lib'), 'CATALINA_HOME/lib'));
  for (const extra of [...(settings.libraryFolders ?? []), ...(nodeSettings?.libraryFolders ?? [])]) {
    libraryFolders.push(readLibraryFolder(files, path.resolve(settingsDir, extra), `library folder ${extra} (settings)`));
  }

  const apps = findApps(files, base, server);
  const node: TomcatNode = { base, key, serverXmlPath, server, engine, libraryFolders, apps };
  node.version = detectVersion(files, node, settings, home ? path.resolve(settingsDir, home) : undefined);
  return node;
}

function nodeKey(base: string, settingsDir: string | undefined): string {
  if (settingsDir) {
    const rel = path.relative(settingsDir, base).split(path.sep).join('/');
    if (rel === '') return '.';
    if (!rel.startsWith('..')) return rel;
  }
  return path.basename(base);
}

function findApps(files: FileSource, base: string, server: XmlDocument | undefined): Map<string, TomcatApp> {
  const apps = new Map<string, TomcatApp>();
  const app = (name: string): TomcatApp => {
    let a = apps.get(name);
    if (!a) apps.set(name, (a = { name }));
    return a;
  };
  // App folders under each Host's appBase (webapps unless the Host says otherwise).
  const appBases = new Set<string>(['webapps']);
  if (server) for (const host of descendants(server, 'Host')) appBases.add(attributeValue(host, 'appBase') ?? 'webapps');
  for (const appBase of appBases) {
    const dir = path.resolve(base, appBase);
    for (const name of files.listDir(dir) ?? []) {
      const appDir = path.join(dir, name);
      if (!files.isDirectory(appDir)) continue;
      const a = app(name);
      a.dir = appDir;
      const webXml = path.join(appDir, 'WEB-INF', 'web.xml');
      if (files.isFile(webXml)) a.webXmlPath = webXml;
      const metaInf = path.join(appDir, 'META-INF', 'context.xml');
      if (files.isFile(metaInf)) a.metaInfContextPath = metaInf;
      const lib = path.join(appDir, 'WEB-INF', 'lib');
      if (files.isDirectory(lib)) a.libFolder = readLibraryFolder(files, lib, `WEB-INF/lib of ${name}`);
    }
  }
  // Context files in conf/<engine>/<host>/.
  const conf = path.join(base, 'conf');
  for (const engineDir of files.listDir(conf) ?? []) {
    const e = path.join(conf, engineDir);
    if (!files.isDirectory(e)) continue;
    for (const hostDir of files.listDir(e) ?? []) {
      const h = path.join(e, hostDir);
      if (!files.isDirectory(h)) continue;
      for (const file of files.listDir(h) ?? []) {
        if (file.endsWith('.xml')) app(file.slice(0, -4).replace(/#/g, '/')).confContextPath = path.join(h, file);
      }
    }
  }
  return apps;
}

function detectVersion(files: FileSource, node: TomcatNode, settings: Settings, home: string | undefined): TomcatVersion | undefined {
  const fromNodeSettings = settings.nodes?.[node.key]?.tomcatVersion;
  if (fromNodeSettings) return versionFromText(fromNodeSettings, `nodes["${node.key}"].tomcatVersion in ${SETTINGS_FILE_NAME}`);

  for (const dir of [node.base, ...(home ? [home] : [])]) {
    const fromJar = versionFromCatalinaJar(files, path.join(dir, 'lib', 'catalina.jar'));
    if (fromJar) return versionFromText(fromJar, `${path.relative(node.base, path.join(dir, 'lib', 'catalina.jar')) || 'catalina.jar'}`);
    const notes = files.readText(path.join(dir, 'RELEASE-NOTES'));
    const notesVersion = notes && /Apache Tomcat Version (\d+\.\d+\.\d+)/.exec(notes)?.[1];
    if (notesVersion) return versionFromText(notesVersion, path.relative(node.base, path.join(dir, 'RELEASE-NOTES')));
    const running = files.readText(path.join(dir, 'RUNNING.txt'));
    const runningVersion = running && /Apache Tomcat (\d+\.\d+)/.exec(running)?.[1];
    if (runningVersion) return versionFromText(runningVersion, path.relative(node.base, path.join(dir, 'RUNNING.txt')));
  }

  const tcJars = allJars(node).filter((j) => /^memcached-session-manager-tc\d+$/.test(j.artifact));
  if (tcJars.length === 1) {
    const major = Number(/tc(\d+)$/.exec(tcJars[0].artifact)![1]);
    const source = tcJars[0].fileName;
    // Tomcat 6, 7 and 9 had one branch each (6.0, 7.0, 9.0); 8 had 8.0 and 8.5.
    return major === 8 ? versionFromMajor(8, source) : versionFromText(`${major}.0`, source);
  }

  for (const app of node.apps.values()) {
    const web = app.webXmlPath ? files.readText(app.webXmlPath) : undefined;
    if (web && /xmlns\s*=\s*["']https?:\/\/jakarta\.ee\/xml\/ns\/jakartaee["']/.test(web)) {
      return versionAtLeast(10, `the jakarta namespace of ${path.relative(node.base, app.webXmlPath!)}`);
    }
  }

  if (settings.tomcatVersion) return versionFromText(settings.tomcatVersion, 'the tomcatVersion setting');
  return undefined;
}

/** org/apache/catalina/util/ServerInfo.properties inside catalina.jar: `server.number=9.0.83.0`. */
function versionFromCatalinaJar(files: FileSource, jarPath: string): string | undefined {
  const bytes = files.readBytes(jarPath, MAX_JAR_BYTES);
  if (!bytes || bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  try {
    const entries = unzipSync(bytes, { filter: (f) => f.name === 'org/apache/catalina/util/ServerInfo.properties' });
    const props = entries['org/apache/catalina/util/ServerInfo.properties'];
    if (!props) return undefined;
    const text = new TextDecoder().decode(props);
    return /^server\.number=(\d+\.\d+\.\d+)/m.exec(text)?.[1] ?? /Apache Tomcat\/(\d+\.\d+\.\d+)/.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

/** Every jar of the node's own library folders (not the apps'). */
export function allJars(node: TomcatNode): Jar[] {
  return node.libraryFolders.flatMap((f) => f.jars);
}
