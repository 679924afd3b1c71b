/**
 * Hovers on a memcached-session-manager `<Manager>`: its attributes from the
 * msm catalogue, its class, and its serializer (transcoderFactoryClass) with
 * the jars that serializer needs, each marked as found (✓) or not (✗) in the
 * node's library folders.
 */
import * as path from 'node:path';
import type { XmlElement } from '../../syntax/xml/xmlDocument';
import { compareVersions, type Jar, type LibraryFolder } from '../../model/tomcat/jars';
import { MSM_CATALOGUE, type MsmArtifact, type MsmAttribute } from '../../model/tomcat/msmCatalogue';
import { msmManagerOf } from '../../model/msm/msmManager';
import type { TomcatNode } from '../../model/tomcat/node';
import { simpleName } from '../../model/tomcat/configElements';
import { MSM_WIKI_URL } from './docLinks';
import { code, list, prose, render } from './markdown';

const WIKI_LINK = { label: 'memcached-session-manager wiki: SetupAndConfiguration', url: MSM_WIKI_URL };

export function msmAttributeHover(name: string, info: MsmAttribute, className: string): string {
  return render({
    title: `**${name}** · memcached-session-manager attribute of ${code(simpleName(className))}`,
    paragraphs: [prose(info.doc)],
    facts: [
      ['Type', info.type],
      ['Default', info.default === undefined || info.default === null ? undefined : code(info.default)],
      ['Values', info.values?.length ? info.values.map(code).join(' | ') : info.type === 'boolean' ? '`true` | `false`' : undefined],
      ['Required', info.required ? 'yes' : undefined],
      ['Mode', info.mode ? `${info.mode} sessions only` : undefined],
      ['msm', info.since ? `since ${info.since}` : undefined],
    ],
    links: [WIKI_LINK],
  });
}

/** Where a Manager's jars may be: the node's library folders, and the WEB-INF/lib of the app the file configures (every app's for conf/context.xml and server.xml). */
export function libraryFoldersFor(node: TomcatNode, filePath: string | undefined, withApps: boolean): LibraryFolder[] {
  const usable = (f: LibraryFolder | undefined): f is LibraryFolder => !!f && f.exists && f.readable;
  const folders = node.libraryFolders.filter(usable);
  if (!withApps) return folders;
  const apps = [...node.apps.values()];
  const own = filePath
    ? apps.find((a) => a.metaInfContextPath === filePath || a.confContextPath === filePath || (a.dir !== undefined && filePath.startsWith(a.dir + path.sep)))
    : undefined;
  for (const app of own ? [own] : apps) if (usable(app.libFolder)) folders.push(app.libFolder);
  return folders;
}

function jarsOf(artifact: MsmArtifact, jars: Jar[]): Jar[] {
  const names = [artifact.artifact, ...(artifact.aliases ?? [])];
  return jars.filter((j) => names.includes(j.artifact));
}

function msmVersionOf(node: TomcatNode): string | undefined {
  const folders = libraryFoldersFor(node, undefined, false);
  return jarsOf({ artifact: MSM_CATALOGUE.coreArtifact }, folders.flatMap((f) => f.jars)).find((j) => j.version)?.version;
}

/** One line per artifact: ✓ and the jar(s) found, or ✗. */
function checklist(node: TomcatNode, folders: LibraryFolder[], artifacts: MsmArtifact[], msmVersion: string | undefined): string {
  const jars = folders.flatMap((f) => f.jars);
  return artifacts
    .map((a) => {
      const found = jarsOf(a, jars);
      const doc = a.doc ? ` — ${prose(a.doc)}` : '';
      if (found.length) {
        const where = found.map((j) => `${code(j.fileName)} in ${code(path.relative(node.base, j.folder) || j.folder)}`).join(', ');
        return `- ✓ ${code(a.artifact)}: ${where}`;
      }
      if (a.since && msmVersion && compareVersions(msmVersion, a.since) < 0) return `- ○ ${code(a.artifact)}: not needed by msm ${msmVersion} (needed from ${a.since})${doc}`;
      return `- ✗ ${code(a.artifact)}: missing${a.since ? `, needed from msm ${a.since}` : ''}${doc}`;
    })
    .join('\n');
}

function folderSummary(node: TomcatNode, folders: LibraryFolder[]): string {
  return list(folders.map((f) => code(path.relative(node.base, f.path) || f.path)));
}

const NO_FOLDER_NOTE =
  'No library folder of this file is known, so its jars cannot be checked: the file is in no node (a folder holding `conf/server.xml`), or its `lib/` folders do not exist. `catalinaHome` and `libraryFolders` in `.tomcat-cluster.json` add folders.';

/** The serializer a transcoderFactoryClass names, with the jars it needs and which of them the node has. */
export function transcoderHover(value: string, node: TomcatNode | undefined, filePath: string | undefined): string | undefined {
  const transcoder = MSM_CATALOGUE.transcoders.find((t) => t.className === value.trim());
  if (!transcoder) return undefined;
  const notes: string[] = [];
  if (transcoder.artifacts.length === 0) {
    notes.push('It needs no jar besides msm itself.');
  } else if (!node) {
    notes.push(`Jars it needs: ${list(transcoder.artifacts.map((a) => code(a.artifact)))}.`, NO_FOLDER_NOTE);
  } else {
    const folders = libraryFoldersFor(node, filePath, true);
    if (folders.length === 0) {
      notes.push(`Jars it needs: ${list(transcoder.artifacts.map((a) => code(a.artifact)))}.`, NO_FOLDER_NOTE);
    } else {
      const msmVersion = msmVersionOf(node);
      notes.push(`**Jars** (looked for in ${folderSummary(node, folders)}):\n\n${checklist(node, folders, transcoder.artifacts, msmVersion)}`);
    }
  }
  return render({
    title: `**${simpleName(transcoder.className)}** · the ${code(transcoder.name)} serializer of memcached-session-manager`,
    paragraphs: [prose(transcoder.doc)],
    facts: [
      ['Class', code(transcoder.className)],
      ['msm', [transcoder.since ? `since ${transcoder.since}` : '', transcoder.lastRelease ? `last built for msm ${transcoder.lastRelease}` : ''].filter(Boolean).join(', ') || undefined],
    ],
    notes,
    links: [WIKI_LINK],
  });
}

/** An msm Manager class: its doc, and the jars msm itself needs in Tomcat's lib (core, the tcN module, the store's client). */
export function msmClassHover(className: string, element: XmlElement, node: TomcatNode | undefined): string | undefined {
  const info = MSM_CATALOGUE.managerClasses.find((c) => c.className === className);
  if (!info) return undefined;
  const notes: string[] = [];
  const manager = msmManagerOf(element);
  const store = manager?.nodes.form === 'redis' ? 'redis' : manager?.nodes.form === 'couchbase' ? 'couchbase' : 'memcached';
  const client = MSM_CATALOGUE.clients.find((c) => c.store === store);
  const major = node?.version && Math.floor(node.version.low / 1_000_000) === Math.floor(Math.min(node.version.high, Number.MAX_SAFE_INTEGER) / 1_000_000) ? Math.floor(node.version.low / 1_000_000) : undefined;
  const tcModule = major !== undefined ? MSM_CATALOGUE.tomcatModules.find((m) => m.tomcatMajor === major) : undefined;
  const artifacts: MsmArtifact[] = [{ artifact: MSM_CATALOGUE.coreArtifact }];
  if (tcModule) artifacts.push({ artifact: tcModule.artifact, doc: tcModule.doc });
  artifacts.push(...(client?.artifacts ?? []));
  if (node) {
    const folders = libraryFoldersFor(node, undefined, false);
    if (folders.length) {
      const tcNote = tcModule ? '' : `\n\nThe ${code('memcached-session-manager-tcN')} jar must match the Tomcat major version, which is not known for this node.`;
      notes.push(`**Jars** msm needs in Tomcat's lib (looked for in ${folderSummary(node, folders)}):\n\n${checklist(node, folders, artifacts, msmVersionOf(node))}${tcNote}`);
    } else {
      notes.push(NO_FOLDER_NOTE);
    }
  }
  return render({
    title: `**${simpleName(className)}** · memcached-session-manager`,
    paragraphs: [prose(info.doc)],
    facts: [
      ['Class', code(className)],
      ['Extends', MSM_CATALOGUE.extendsTomcatClass ? code(simpleName(MSM_CATALOGUE.extendsTomcatClass)) : undefined],
      ['msm', info.since ? `since ${info.since}` : undefined],
    ],
    notes,
    links: [WIKI_LINK],
  });
}
