/**
 * The session cookies the workspace's Tomcats set: JSESSIONID, unless a
 * Context says otherwise with sessionCookieName. Undefined when the
 * workspace holds no Tomcat at all (then nobody can say what backends set).
 */
import * as path from 'node:path';
import { parseXml } from '../../syntax/xml/xmlDocument';
import { allElements, attributeValue } from '../../syntax/xml/xmlQuery';
import type { FileSource } from '../../workspace/fileSource';
import { languageFromPath } from '../../workspace/fileKind';
import { walkFiles } from '../../workspace/walk';

export function sessionCookieNames(files: FileSource, tomcatXmlPaths: string[]): Set<string> | undefined {
  const servers = tomcatXmlPaths.filter((p) => path.basename(p) === 'server.xml');
  if (servers.length === 0) return undefined;
  const names = new Set<string>(['jsessionid']);
  for (const p of tomcatXmlPaths) {
    const text = files.readText(p);
    // web.xml: <session-config><cookie-config><name>…</name>
    const webName = text && /<cookie-config>[\s\S]*?<name>\s*([^<\s]+)\s*<\/name>/.exec(text)?.[1];
    if (webName) names.add(webName.toLowerCase());
    if (!text || !text.includes('sessionCookieName')) continue;
    for (const e of allElements(parseXml(text))) {
      const name = e.name === 'Context' ? attributeValue(e, 'sessionCookieName') : undefined;
      if (name) names.add(name.toLowerCase());
    }
  }
  return names;
}

/** The same, for the Tomcat files under some folders (walked once). */
export function sessionCookieNamesUnder(files: FileSource, folders: string[]): Set<string> | undefined {
  const tomcat = walkFiles(folders).files.filter((f) => languageFromPath(f) === 'tomcat-xml');
  return sessionCookieNames(files, tomcat);
}
