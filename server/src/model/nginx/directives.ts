/**
 * What nginx knows of each directive, from @nginx/reference-lib (names,
 * modules, contexts, block or not, syntax, docs), with the argument counts
 * derived from the documented syntax lines and a small override table
 * (schemas/nginx/directive-overrides.json) where those lines are vague.
 */
import { getDirectives, getVariables, Format, type Directive } from '@nginx/reference-lib';
import overrides from '../../../../schemas/nginx/directive-overrides.json';
import thirdParty from '../../../../schemas/nginx/third-party-directives.json';

export interface Arity {
  min: number;
  /** undefined: no upper bound. */
  max: number | undefined;
  /** The directive takes `on` or `off` (NGX_CONF_FLAG). */
  flag: boolean;
}

export type Family = 'main' | 'events' | 'http' | 'stream' | 'mail' | 'other';

export interface DirectiveContext {
  family: Family;
  /** The innermost block as the reference names contexts: main, http, server, location, if in location, upstream … */
  name: string;
  /** The names of the enclosing blocks, outermost first (for messages). */
  path: string[];
}

const DIRECTIVES: Directive[] = getDirectives(Format.Markdown);
const BY_NAME = new Map<string, Directive[]>();
for (const d of DIRECTIVES) {
  const list = BY_NAME.get(d.name) ?? [];
  list.push(d);
  BY_NAME.set(d.name, list);
}

export const NGINX_VARIABLES: { name: string; module: string; description: string }[] = getVariables(Format.Markdown);

export function isKnownDirective(name: string): boolean {
  return BY_NAME.has(name);
}

const THIRD_PARTY = new Map<string, string>();
for (const [module, names] of Object.entries(thirdParty.modules)) for (const n of names) THIRD_PARTY.set(n, module);

/** The third-party module a directive comes from (ngx_brotli, lua-nginx-module …), if it is a known one. */
export function thirdPartyModule(name: string): string | undefined {
  return THIRD_PARTY.get(name);
}

export function directiveEntries(name: string): Directive[] {
  return BY_NAME.get(name) ?? [];
}

export function allDirectiveNames(): string[] {
  return [...BY_NAME.keys()];
}

function moduleFamily(module: string): Family | undefined {
  const m = /^ngx_(http|stream|mail)_/.exec(module);
  return m ? (m[1] as Family) : undefined;
}

/** The context of a statement from the names of its enclosing blocks (outermost first). */
export function contextOf(blocks: string[]): DirectiveContext {
  let family: Family = 'main';
  for (const b of blocks) {
    if (b === 'http' || b === 'stream' || b === 'mail') {
      family = b;
      break;
    }
    if (b === 'events') family = 'events';
  }
  const inner = blocks[blocks.length - 1];
  let name = inner ?? 'main';
  if (inner === 'if') name = blocks[blocks.length - 2] === 'location' ? 'if in location' : 'if in server';
  return { family, name, path: blocks };
}

/** The reference entries of a directive that fit the context's family (http, stream, mail). */
function entriesFor(name: string, context: DirectiveContext): Directive[] {
  // Inside http, stream or mail only that family's modules count; at the top level (http, stream, mail themselves) any.
  if (context.family !== 'http' && context.family !== 'stream' && context.family !== 'mail') return directiveEntries(name);
  return directiveEntries(name).filter((d) => {
    const family = moduleFamily(d.module);
    return family === undefined || family === context.family;
  });
}

/** Whether the directive may appear in this context. */
export function allowedIn(name: string, context: DirectiveContext): boolean {
  const accepted = context.name === 'if in location' ? ['if in location', 'if'] : context.name === 'if in server' ? ['if in server', 'if'] : [context.name];
  return entriesFor(name, context).some((d) => d.contexts.includes('') || d.contexts.some((c) => accepted.includes(c)));
}

/** Where the directive may appear, for messages: "server, location, if in location". */
export function allowedContexts(name: string, context?: DirectiveContext): string[] {
  const out = new Set<string>();
  for (const d of context ? entriesFor(name, context) : directiveEntries(name)) d.contexts.forEach((c) => out.add(c || 'any block'));
  return [...out];
}

export function isBlockDirective(name: string, context: DirectiveContext): boolean | undefined {
  const entries = entriesFor(name, context).filter((d) => d.contexts.includes(context.name) || d.contexts.includes(''));
  const list = entries.length ? entries : entriesFor(name, context);
  if (list.length === 0) return undefined;
  return list.some((d) => d.isBlock);
}

const OVERRIDES = (overrides as { arity: Record<string, { min: number; max: number | null }> }).arity;

/** How many arguments the directive takes in this context. */
const arityCache = new Map<string, Arity | undefined>();

/** Argument counts of a directive in a context, derived once per name and context (a large config asks thousands of times). */
export function arityOf(name: string, context: DirectiveContext): Arity | undefined {
  const key = `${context.family}:${name}@${context.name}`;
  if (arityCache.has(key)) return arityCache.get(key);
  const arity = deriveArity(name, context);
  arityCache.set(key, arity);
  return arity;
}

function deriveArity(name: string, context: DirectiveContext): Arity | undefined {
  const override = OVERRIDES[`${name}@${context.name}`] ?? OVERRIDES[name];
  const entries = entriesFor(name, context).filter((d) => d.contexts.includes(context.name) || d.contexts.includes('') || context.name.startsWith('if'));
  const list = entries.length ? entries : entriesFor(name, context);
  if (list.length === 0) return undefined;
  const derived = list.flatMap((d) => d.syntax).map(aritySyntax);
  const flag = derived.length > 0 && derived.every((a) => a.flag);
  if (override) return { min: override.min, max: override.max ?? undefined, flag };
  return {
    min: Math.min(...derived.map((a) => a.min)),
    max: derived.some((a) => a.max === undefined) ? undefined : Math.max(...derived.map((a) => a.max!)),
    flag,
  };
}

/**
 * Argument counts from one documented syntax line, e.g. "*`key`* [`consistent`]" → 1..2,
 * "*`name`* ..." → 1.., "`on` | `off`" → a flag. `{...}` (the block) is not an argument.
 */
export function aritySyntax(syntax: string): Arity {
  const text = syntax.replace(/`\{\.\.\.\}`/g, '').replace(/[`*]/g, '').trim();
  if (text === '') return { min: 0, max: 0, flag: false };
  if (/^on\s*\|\s*off$/.test(text)) return { min: 1, max: 1, flag: true };
  let min = 0;
  let max: number | undefined = 0;
  let depth = 0;
  let i = 0;
  const units: { optional: boolean; repeat: boolean; width?: number }[] = [];
  // Split into top-level units: words, "[ … ]" groups, "..." repeats; "a | b" counts once.
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (text.startsWith('...', i)) {
      if (units.length) units[units.length - 1].repeat = true;
      i += 3;
      continue;
    }
    if (ch === '|') {
      // An alternative to the previous unit: skip the next unit.
      i++;
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text[i] === '[') {
        let d = 0;
        for (; i < text.length; i++) {
          if (text[i] === '[') d++;
          if (text[i] === ']' && --d === 0) {
            i++;
            break;
          }
        }
      } else {
        while (i < text.length && !/\s/.test(text[i])) i++;
      }
      continue;
    }
    if (ch === '[') {
      depth = 0;
      const start = i;
      for (; i < text.length; i++) {
        if (text[i] === '[') depth++;
        if (text[i] === ']' && --depth === 0) {
          i++;
          break;
        }
      }
      const inner = text.slice(start + 1, i - 1);
      // An optional group counts as many arguments as it holds ([format [buffer=size] [gzip] …] is up to 5).
      const innerArity = aritySyntax(inner);
      units.push({ optional: true, repeat: innerArity.max === undefined, width: innerArity.max ?? 1 });
      continue;
    }
    // A word, possibly with brackets glued to it (address[:port]).
    let d = 0;
    while (i < text.length && (d > 0 || !/\s/.test(text[i]))) {
      if (text[i] === '[') d++;
      if (text[i] === ']') d--;
      i++;
    }
    units.push({ optional: false, repeat: false });
  }
  for (const u of units) {
    if (!u.optional) min++;
    if (max !== undefined) max = u.repeat ? undefined : max + (u.width ?? 1);
  }
  return { min, max, flag: false };
}
