/**
 * What a Tomcat XML file is, from where it sits in its CATALINA_BASE:
 * server.xml, a default or per-app context file, an app's web.xml.
 */
import * as path from 'node:path';

export type TomcatFileRole =
  | 'server' // conf/server.xml (or a lone server.xml)
  | 'context-default' // conf/context.xml: every app of the node
  | 'context-host-default' // conf/<engine>/<host>/context.xml.default: every app of the host
  | 'context-app' // conf/<engine>/<host>/<app>.xml: one app (wins over META-INF/context.xml)
  | 'context-meta-inf' // <app>/META-INF/context.xml
  | 'web-app' // <app>/WEB-INF/web.xml
  | 'web-default'; // conf/web.xml

export interface TomcatFileInfo {
  role: TomcatFileRole;
  /** The app the file configures (context name without the leading /, "ROOT" for /). */
  app?: string;
  /** The app's folder, for META-INF/context.xml and WEB-INF/web.xml. */
  appDir?: string;
}

export function tomcatFileInfo(filePath: string): TomcatFileInfo | undefined {
  const p = filePath.replace(/\\/g, '/');
  const parts = p.split('/');
  const base = parts[parts.length - 1];
  const parent = parts[parts.length - 2];
  if (base === 'server.xml') return { role: 'server' };
  if (base === 'web.xml' && parent === 'WEB-INF') {
    const appDir = parts.slice(0, -2).join('/');
    return { role: 'web-app', app: path.posix.basename(appDir), appDir };
  }
  if (base === 'web.xml' && parent === 'conf') return { role: 'web-default' };
  if (base === 'context.xml' && parent === 'META-INF') {
    const appDir = parts.slice(0, -2).join('/');
    return { role: 'context-meta-inf', app: path.posix.basename(appDir), appDir };
  }
  if (base === 'context.xml' && parent === 'conf') return { role: 'context-default' };
  if (base === 'context.xml.default') return { role: 'context-host-default' };
  if (parts.length >= 4 && parts[parts.length - 4] === 'conf' && base.endsWith('.xml')) {
    // conf/<engine>/<host>/<app>.xml; '#' in the name stands for '/' (foo#bar.xml → /foo/bar).
    return { role: 'context-app', app: base.slice(0, -4).replace(/#/g, '/') };
  }
  if (base === 'context.xml') return { role: 'context-default' };
  return undefined;
}

export function isContextRole(role: TomcatFileRole): boolean {
  return role.startsWith('context');
}
