/**
 * What httpd knows of each directive (schemas/httpd/directives.json, generated
 * from Debian's apache2): module, where it is allowed, argument shape, docs.
 * Names are case-insensitive, as in httpd.
 */
import catalogue from '../../../../schemas/httpd/directives.json';

export type ArgShape = 'NO_ARGS' | 'TAKE1' | 'TAKE2' | 'TAKE3' | 'TAKE12' | 'TAKE23' | 'TAKE123' | 'TAKE13' | 'ITERATE' | 'ITERATE2' | 'FLAG' | 'RAW';

export interface HttpdDirectiveInfo {
  name: string;
  module: string;
  description: string;
  context: 'server' | 'directory' | 'anywhere';
  htaccess: boolean;
  override?: string;
  section?: boolean;
  args?: ArgShape;
}

const BY_NAME = new Map<string, HttpdDirectiveInfo>();
for (const [key, info] of Object.entries(catalogue.directives as Record<string, Omit<HttpdDirectiveInfo, 'name'>>)) {
  const name = key.replace(/^</, '');
  BY_NAME.set((info.section ? '<' : '') + name.toLowerCase(), { name, ...info });
}

export const BUILT_IN_MODULES = new Set(catalogue.builtInModules.map((m) => m.replace(/\.c$/, '')));

export function httpdDirective(name: string): HttpdDirectiveInfo | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function httpdSection(name: string): HttpdDirectiveInfo | undefined {
  return BY_NAME.get('<' + name.toLowerCase());
}

export function allHttpdDirectiveNames(): string[] {
  return [...BY_NAME.values()].filter((d) => !d.section).map((d) => d.name);
}

/** Argument counts of a shape: [min, max] (max undefined: no limit). */
export function shapeCounts(shape: ArgShape): [number, number | undefined] {
  switch (shape) {
    case 'NO_ARGS': return [0, 0];
    case 'TAKE1': case 'FLAG': return [1, 1];
    case 'TAKE2': return [2, 2];
    case 'TAKE3': return [3, 3];
    case 'TAKE12': return [1, 2];
    case 'TAKE23': return [2, 3];
    case 'TAKE123': return [1, 3];
    case 'TAKE13': return [1, 3];
    case 'ITERATE': return [1, undefined];
    case 'ITERATE2': return [2, undefined];
    default: return [0, undefined];
  }
}

/**
 * Modules whose LoadModule line does not follow the mod_x → x_module, mod_x.so
 * pattern of their source name: util_ldap.c is loaded as
 * `LoadModule ldap_module modules/mod_ldap.so`.
 */
const MODULE_LOAD_NAMES: Record<string, { identifier: string; file: string }> = {
  util_ldap: { identifier: 'ldap_module', file: 'mod_ldap.so' },
};

/** The LoadModule identifier of a module source name: mod_proxy_balancer → proxy_balancer_module, util_ldap → ldap_module. */
export function moduleIdentifier(module: string): string {
  return MODULE_LOAD_NAMES[module]?.identifier ?? `${module.replace(/^mod_/, '')}_module`;
}

/** The shared object a LoadModule line loads for a module source name: mod_proxy_balancer → mod_proxy_balancer.so, util_ldap → mod_ldap.so. */
export function moduleFile(module: string): string {
  return MODULE_LOAD_NAMES[module]?.file ?? `${module}.so`;
}

/** Section names whose bodies are per-directory contexts (a "server"-only directive is not allowed inside). */
export const DIRECTORY_SECTIONS = new Set(['directory', 'directorymatch', 'files', 'filesmatch', 'location', 'locationmatch', 'proxy', 'proxymatch', 'if', 'elseif', 'else', 'limit', 'limitexcept']);
