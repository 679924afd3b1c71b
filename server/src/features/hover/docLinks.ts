/**
 * Where the official documentation of a catalogued item lives. The pages
 * come from the catalogues (a Tomcat docPage, an nginx module, an httpd
 * module); only the sites' URL schemes are written here.
 */
import type { TomcatVersion } from '../../model/tomcat/tomcatVersion';
import { versionFromText } from '../../model/tomcat/tomcatVersion';
import { moduleFile } from '../../model/httpd/directives';

/** Branches tomcat.apache.org keeps a documentation tree for (tomcat-<branch>-doc). */
const TOMCAT_DOC_BRANCHES = ['7.0', '8.0', '8.5', '9.0', '10.0', '10.1', '11.0'];

/** The documentation branch links use when nothing tells the Tomcat version. */
export const DEFAULT_TOMCAT_DOC_BRANCH = '9.0';

function branchNumber(branch: string): number {
  const [major, minor] = branch.split('.').map(Number);
  return major * 1000 + minor;
}

/**
 * The documentation branch for a version: the newest documented branch the
 * version can be ("8.x" → 8.5, "10 or later" → 11.0, "9.0.83" → 9.0); for a
 * version between documented branches, its own major.minor.
 */
export function tomcatDocBranch(version: TomcatVersion | undefined): string {
  if (!version) return DEFAULT_TOMCAT_DOC_BRANCH;
  const low = Math.floor(version.low / 1000);
  const high = Math.floor(Math.min(version.high, Number.MAX_SAFE_INTEGER) / 1000);
  const inRange = TOMCAT_DOC_BRANCHES.filter((b) => branchNumber(b) >= low && branchNumber(b) <= high);
  if (inRange.length) return inRange[inRange.length - 1];
  return `${Math.floor(low / 1000)}.${low % 1000}`;
}

/** The version a Tomcat file's links follow: its node's, else the settings', else none (the default branch). */
export function linkVersion(nodeVersion: TomcatVersion | undefined, settingsVersion: string | undefined): TomcatVersion | undefined {
  return nodeVersion ?? (settingsVersion ? versionFromText(settingsVersion, 'the tomcatVersion setting') : undefined);
}

/** `config/cluster-membership.html` → https://tomcat.apache.org/tomcat-9.0-doc/config/cluster-membership.html */
export function tomcatDocUrl(docPage: string, branch: string): string {
  return `https://tomcat.apache.org/tomcat-${branch}-doc/${docPage.replace(/^\/+/, '')}`;
}

/** memcached-session-manager documents its configuration on one GitHub wiki page. */
export const MSM_WIKI_URL = 'https://github.com/magro/memcached-session-manager/wiki/SetupAndConfiguration';

/**
 * The nginx.org page of a module, as @nginx/reference-lib names modules:
 * ngx_http_upstream_module → http/ngx_http_upstream_module.html, the core
 * ("Core functionality") → ngx_core_module.html, other top-level modules by name.
 */
export function nginxModulePage(module: string): string | undefined {
  if (module === 'Core functionality') return 'https://nginx.org/en/docs/ngx_core_module.html';
  const family = /^ngx_(http|stream|mail)_/.exec(module)?.[1];
  if (family) return `https://nginx.org/en/docs/${family}/${module}.html`;
  if (/^ngx_\w+$/.test(module)) return `https://nginx.org/en/docs/${module}.html`;
  return undefined;
}

export function nginxDirectiveUrl(module: string, directive: string): string | undefined {
  const page = nginxModulePage(module);
  return page && `${page}#${directive}`;
}

/** nginx.org anchors variables as #var_<name>, with a `_NAME` family (`$cookie_NAME`) as its prefix (#var_cookie_). */
export function nginxVariableUrl(module: string, variable: string): string | undefined {
  const page = nginxModulePage(module);
  return page && `${page}#var_${variable.replace(/^\$/, '').replace(/NAME$/, '')}`;
}

export const MOD_JK_APACHE_URL = 'https://tomcat.apache.org/connectors-doc/reference/apache.html';

/**
 * The httpd 2.4 manual page of a directive: /mod/<module>.html#<name lowercase>.
 * The module is the catalogue's source name; util_ldap is documented as
 * mod_ldap, http_core with core; mod_jk lives on the Tomcat connectors site.
 */
export function httpdDirectiveUrl(module: string, directive: string): string {
  if (module === 'mod_jk') return MOD_JK_APACHE_URL;
  const page = module === 'http_core' ? 'core' : moduleFile(module).replace(/\.so$/, '');
  return `https://httpd.apache.org/docs/2.4/mod/${page}.html#${directive.replace(/^<\/?/, '').toLowerCase()}`;
}

/** The workers.properties reference; its anchors are its sections (names with `_` for spaces). */
export function modJkWorkersUrl(section: string): string {
  return `https://tomcat.apache.org/connectors-doc/reference/workers.html#${section.replace(/[ #]/g, '_')}`;
}
