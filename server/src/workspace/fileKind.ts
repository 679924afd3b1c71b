/**
 * Which language a file is, as design.md says: Tomcat XML by path pattern,
 * nginx / httpd by path, and by content where the path says nothing.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  HTTPD_FILENAMES,
  HTTPD_PATTERNS,
  MODJK_PATTERNS,
  NGINX_FILENAMES,
  NGINX_PATTERNS,
  TOMCAT_XML_PATTERNS,
} from './filePatterns';

export type FileLanguage = 'tomcat-xml' | 'nginx' | 'httpd' | 'modjk';

const options = { dot: true };
const isTomcatXml = picomatch([...TOMCAT_XML_PATTERNS], options);
const isNginx = picomatch([...NGINX_PATTERNS], options);
const isHttpd = picomatch([...HTTPD_PATTERNS], options);
const isModJk = picomatch([...MODJK_PATTERNS], options);

/** Classifies by path alone; 'conf' when only the content can tell. */
export function languageFromPath(filePath: string): FileLanguage | 'conf' | undefined {
  const p = filePath.replace(/\\/g, '/');
  const base = path.posix.basename(p);
  if (isTomcatXml(p)) return 'tomcat-xml';
  if (isModJk(p)) return 'modjk';
  if ((NGINX_FILENAMES as readonly string[]).includes(base) || isNginx(p)) return 'nginx';
  if ((HTTPD_FILENAMES as readonly string[]).includes(base) || isHttpd(p)) return 'httpd';
  if (base.endsWith('.conf')) return 'conf';
  return undefined;
}

/**
 * A `.conf` file whose path says nothing: httpd configs are made of
 * `<Section>` tags and Capitalised directives, nginx of `name args;` and
 * `name {` blocks. Undefined when neither is clear.
 */
export function languageFromContent(text: string): 'nginx' | 'httpd' | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let httpd = 0;
  let nginx = 0;
  for (const raw of sample.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^<\/?(VirtualHost|Proxy|ProxyMatch|Location|LocationMatch|Directory|DirectoryMatch|Files|FilesMatch|IfModule|IfDefine|IfVersion|If|Else|ElseIf)\b/i.test(line)) httpd += 3;
    else if (/^(LoadModule|BalancerMember|ProxyPass|ProxyPassReverse|ProxySet|ServerName|ServerRoot|DocumentRoot|Header|RewriteEngine|RewriteRule|RewriteCond|Require|JkMount|JkWorkersFile|Listen|Include|IncludeOptional|Options|AllowOverride|SetEnvIf|AddType|ExpiresByType)\b/.test(line)) httpd += 2;
    else if (/^(upstream|server|location|http|events|stream|map|geo|split_clients|types|if|limit_except)\b[^;]*\{\s*(#.*)?$/.test(line)) nginx += 3;
    else if (/^[a-z_][a-z0-9_]*(\s[^;]*)?;\s*(#.*)?$/.test(line)) nginx += 1;
    if (httpd >= 6 || nginx >= 6) break;
  }
  if (httpd > nginx) return 'httpd';
  if (nginx > httpd) return 'nginx';
  return undefined;
}

/** The language of a file from its path and, for ambiguous `.conf` files, its text. */
export function classifyFile(filePath: string, readText: () => string | undefined): FileLanguage | undefined {
  const byPath = languageFromPath(filePath);
  if (byPath !== 'conf') return byPath;
  const text = readText();
  return text === undefined ? undefined : languageFromContent(text);
}
