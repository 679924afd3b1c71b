/** The statements of an nginx file with their context, as the nginx/* rules look at them. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { Range } from '../../engine/finding';
import { contextOf, type DirectiveContext } from '../../model/nginx/directives';
import { OPAQUE_BLOCKS, type NginxFile, type NginxStatement } from '../../syntax/nginx/nginxParser';

export interface StatementInContext {
  statement: NginxStatement;
  /** Block names from the top of the configuration down to the statement's parent. */
  blocks: string[];
  context: DirectiveContext;
  /** Inside map, types, geo …: a list entry, not a directive. */
  opaque: boolean;
}

/**
 * Each statement of the file, once per context the file is included in. A
 * file included inside map/geo/types is a list (opaque); the pieces of an
 * unquoted regex that nginx splits at "{" are left to nginx/syntax.
 */
export function statementsInContexts(file: NginxFile, inclusionContexts: string[][]): readonly StatementInContext[] {
  // Built once per file and contexts: half a dozen rules walk the same list per check.
  const key = inclusionContexts.map((blocks) => blocks.join('/')).join('|');
  let byContexts = walked.get(file);
  if (!byContexts) walked.set(file, (byContexts = new Map()));
  let list = byContexts.get(key);
  if (!list) byContexts.set(key, (list = walk(file, inclusionContexts)));
  return list;
}

const walked = new WeakMap<NginxFile, Map<string, readonly StatementInContext[]>>();

function walk(file: NginxFile, inclusionContexts: string[][]): StatementInContext[] {
  const out: StatementInContext[] = [];
  for (const outer of inclusionContexts) {
    const outerOpaque = outer.some((b) => OPAQUE_BLOCKS.has(b));
    type Frame = { s: NginxStatement; blocks: string[]; context: DirectiveContext; opaque: boolean };
    const outerContext = contextOf(outer);
    const stack: Frame[] = [...file.statements].reverse().map((s) => ({ s, blocks: outer, context: outerContext, opaque: outerOpaque }));
    while (stack.length > 0) {
      const { s, blocks, context, opaque } = stack.pop()!;
      if (isRegexFragment(s)) continue;
      out.push({ statement: s, blocks, context, opaque });
      if (s.block) {
        // One block path and context per block, shared by its statements.
        const inner = [...blocks, s.name];
        const innerContext = contextOf(inner);
        const innerOpaque = opaque || OPAQUE_BLOCKS.has(s.name);
        for (let i = s.block.length - 1; i >= 0; i--) stack.push({ s: s.block[i], blocks: inner, context: innerContext, opaque: innerOpaque });
      }
    }
  }
  return out;
}

/** The "2}$" of `location ~ ^/a{2}$ {`: nginx ended the regex at "{" and reads the rest as a directive. */
export function isRegexFragment(s: NginxStatement): boolean {
  const parent = s.parent;
  if (!parent || parent.block?.[0] !== s || !s.name.includes('}')) return false;
  const last = parent.args[parent.args.length - 1];
  return !!last && !last.quote && parent.blockStart === last.end;
}

/** Every upstream block of the file. */
export function upstreams(file: NginxFile): NginxStatement[] {
  const out: NginxStatement[] = [];
  const stack = [...file.statements];
  while (stack.length) {
    const s = stack.pop()!;
    if (s.name === 'upstream' && s.block) out.push(s);
    else if (s.block && !OPAQUE_BLOCKS.has(s.name)) stack.push(...s.block);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A range in another file of the configuration, for related information. */
export function locationInFile(filePath: string, file: NginxFile, start: number, end: number): { uri: string; range: Range } {
  const doc = TextDocument.create(pathToFileURL(filePath).href, 'nginx', 0, file.text);
  return { uri: doc.uri, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}

export const BALANCING_METHODS = ['hash', 'ip_hash', 'least_conn', 'least_time', 'random'];
