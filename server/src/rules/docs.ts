/**
 * Where each rule's documentation page lives: `docs/rules/<area>/<name>.md`,
 * shipped beside the bundles (in the .vsix and the npm package).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let docsRoot: string | undefined | null = null;

/** The folder holding docs/rules, found upward from this module (bundle or compiled test). */
export function findDocsRoot(from: string = __dirname): string | undefined {
  if (docsRoot !== null && from === __dirname) return docsRoot;
  let dir = from;
  let found: string | undefined;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) { found = path.join(dir, 'docs', 'rules'); break; }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (from === __dirname) docsRoot = found;
  return found;
}

/** Path of a rule's page relative to the project root, as the repository shows it. */
export function ruleDocRelativePath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** A link to the rule's page (a file: URL to the shipped copy), or undefined when the docs are not there. */
export function ruleDocUrl(ruleId: string): string | undefined {
  const root = findDocsRoot();
  if (!root) return undefined;
  return pathToFileURL(path.join(root, `${ruleId}.md`)).href;
}

/** The page's Markdown, or undefined. */
export function ruleDocMarkdown(ruleId: string): string | undefined {
  const root = findDocsRoot();
  if (!root) return undefined;
  try {
    return fs.readFileSync(path.join(root, `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
