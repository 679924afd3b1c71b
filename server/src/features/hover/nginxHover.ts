/**
 * Hover in nginx configurations, from @nginx/reference-lib: on a directive
 * its syntax, default, contexts and description (the entry of the module
 * that fits the enclosing block: `server` in `upstream` is the upstream
 * server, `hash` in `stream` the stream one); on a parameter (`weight=`,
 * `backup`, `consistent`) its part of the description; on a variable
 * (`$cookie_JSESSIONID`) the variable. Each links to nginx.org.
 */
import type { Directive } from '@nginx/reference-lib';
import type { FeatureContext, HoverResult } from '../featureContext';
import { contextOf, directiveEntries, NGINX_VARIABLES, thirdPartyModule, type DirectiveContext } from '../../model/nginx/directives';
import { parseNginxText } from '../../model/nginx/nginxConfig';
import { allStatements, OPAQUE_BLOCKS, type NginxArg, type NginxStatement } from '../../syntax/nginx/nginxParser';
import { nginxDirectiveUrl, nginxVariableUrl } from './docLinks';
import { code, render, shorten } from './markdown';

/** Descriptions longer than this are cut at a paragraph (the link has the rest); shared when several modules' entries are shown. */
const MAX_DESCRIPTION = 1800;
const MIN_DESCRIPTION = 500;

function blocksOf(statement: NginxStatement): string[] {
  const names: string[] = [];
  for (let p = statement.parent; p; p = p.parent) names.unshift(p.name);
  return names;
}

/** The blocks an included file sits in (its first inclusion), from the workspace's nginx configurations. */
function inclusionBlocks(ctx: FeatureContext): string[] {
  if (!ctx.filePath || !ctx.nginxConfigs) return [];
  try {
    return ctx.nginxConfigs.inclusionsOf(ctx.filePath)[0]?.inclusions[0]?.blocks ?? [];
  } catch {
    return [];
  }
}

function family(module: string): string | undefined {
  return /^ngx_(http|stream|mail)_/.exec(module)?.[1];
}

/** The reference entries for a directive in a context, best fitting first. */
export function entriesFor(name: string, context: DirectiveContext): Directive[] {
  const all = directiveEntries(name);
  const inFamily = context.family === 'http' || context.family === 'stream' || context.family === 'mail' ? all.filter((d) => !family(d.module) || family(d.module) === context.family) : all;
  const accepted = context.name.startsWith('if in ') ? [context.name, 'if'] : [context.name];
  const fitting = inFamily.filter((d) => d.contexts.includes('') || d.contexts.some((c) => accepted.includes(c)));
  if (fitting.length) return fitting;
  return inFamily.length ? inFamily : all;
}

/** A syntax line of the reference as nginx writes it: `hash` *`key`* [`consistent`]; */
function syntaxLine(name: string, syntax: string): string {
  const body = syntax.trim();
  const block = /`\{\.\.\.\}`\s*$/.test(body);
  const args = body.replace(/`\{\.\.\.\}`\s*$/, '').trim();
  return `${code(name)}${args ? ' ' + args : ''}${block ? ' `{ … }`' : ';'}`;
}

function directiveMarkdown(name: string, entries: Directive[]): string {
  const max = Math.max(MIN_DESCRIPTION, Math.floor(MAX_DESCRIPTION / entries.length));
  return entries
    .map((d) => {
      const url = nginxDirectiveUrl(d.module, d.name);
      const { text, cut } = shorten(d.description, max);
      return render({
        title: `**${name}** · ${code(d.module)}`,
        paragraphs: [d.syntax.map((s) => `Syntax: ${syntaxLine(name, s)}`).join('  \n')],
        facts: [
          ['Default', d.default ? code(`${name} ${d.default};`) : '—'],
          ['Context', d.contexts.map((c) => c || 'any').join(', ')],
        ],
        notes: [text + (cut ? '\n\n…' : '')],
        links: url ? [{ label: `nginx.org: ${d.name}`, url }] : [],
      });
    })
    .join('\n\n---\n\n');
}

// ---------------------------------------------------------------------------
// Parameters

/**
 * The part of a description about one parameter: its list item
 * (`- \`weight\`=*\`number\`*` and the indented text under it), or else the
 * first paragraph naming it (`If the \`consistent\` parameter is specified …`).
 */
export function parameterDoc(description: string, parameter: string): string | undefined {
  const lines = description.split('\n');
  const head = new RegExp('^- `' + parameter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '`(?=[=\\s]|$)');
  for (let i = 0; i < lines.length; i++) {
    if (!head.test(lines[i])) continue;
    const out = [lines[i].slice(2)];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.trim() !== '' && !/^\s/.test(l)) break;
      out.push(l.replace(/^ {4}/, ''));
    }
    return out.join('\n').trim();
  }
  let inFence = false;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (/^\s*```/.test(l)) inFence = !inFence;
    if (!inFence && l.trim() === '') {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else current.push(l);
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return paragraphs.find((p) => !p.trimStart().startsWith('```') && p.includes('`' + parameter + '`'));
}

/** `weight=5` → weight; `backup` → backup; only words the directive's syntax names literally. */
function parameterName(arg: NginxArg, entries: Directive[]): string | undefined {
  const m = /^([a-z_][a-z0-9_]*)(=|$)/i.exec(arg.value);
  if (!m) return undefined;
  const named = entries.some((d) => d.syntax.some((s) => s.includes('`' + m[1] + '`')) || d.description.includes('- `' + m[1] + '`'));
  return named ? m[1] : undefined;
}

// ---------------------------------------------------------------------------
// Variables

function variableAt(text: string, arg: NginxArg, offset: number): { name: string; start: number; end: number } | undefined {
  const raw = text.slice(arg.start, arg.end);
  const re = /\$(\{)?([A-Za-z0-9_]+)(\})?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = arg.start + m.index;
    const end = start + m[0].length;
    if (offset >= start && offset < end) return { name: m[2], start, end };
  }
  return undefined;
}

/** `$cookie_JSESSIONID` is the `$cookie_NAME` family; the longest family prefix wins ($upstream_cookie_ over $cookie_). */
function variableEntry(name: string, context: DirectiveContext): (typeof NGINX_VARIABLES)[number] | undefined {
  // $remote_addr is both http's and stream's: the context's family first.
  const variables = [...NGINX_VARIABLES].sort((a, b) => Number(family(b.module) === context.family) - Number(family(a.module) === context.family));
  const exact = variables.find((v) => v.name === '$' + name);
  if (exact) return exact;
  let best: (typeof NGINX_VARIABLES)[number] | undefined;
  for (const v of variables) {
    if (!v.name.endsWith('NAME')) continue;
    const prefix = v.name.slice(1, -'NAME'.length);
    if (name.startsWith(prefix) && name.length > prefix.length && (!best || prefix.length > best.name.length - 5)) best = v;
  }
  return best;
}

// ---------------------------------------------------------------------------

export function nginxHover(ctx: FeatureContext): HoverResult | undefined {
  const text = ctx.document.getText();
  const file = parseNginxText(text);
  const offset = ctx.offset;
  const statement = [...allStatements(file.statements)].find(
    (s) => (offset >= s.nameStart && offset < s.nameEnd) || s.args.some((a) => offset >= a.start && offset < a.end),
  );
  if (!statement || (statement.parent && OPAQUE_BLOCKS.has(statement.parent.name))) return undefined;
  const context = contextOf([...inclusionBlocks(ctx), ...blocksOf(statement)]);
  const entries = entriesFor(statement.name, context);

  if (offset >= statement.nameStart && offset < statement.nameEnd) {
    if (entries.length) return { markdown: directiveMarkdown(statement.name, entries), start: statement.nameStart, end: statement.nameEnd };
    const module = thirdPartyModule(statement.name);
    if (!module) return undefined;
    return {
      markdown: render({ title: `**${statement.name}** · third-party module ${code(module)}`, paragraphs: ['nginx accepts this directive only when it is built with that module.'] }),
      start: statement.nameStart,
      end: statement.nameEnd,
    };
  }

  const arg = statement.args.find((a) => offset >= a.start && offset < a.end)!;
  const variable = variableAt(text, arg, offset);
  if (variable) {
    const entry = variableEntry(variable.name, context);
    if (!entry) return undefined;
    const url = nginxVariableUrl(entry.module, entry.name);
    return {
      markdown: render({ title: `**$${variable.name}** · variable of ${code(entry.module)}${entry.name !== '$' + variable.name ? ` (${code(entry.name)})` : ''}`, paragraphs: [entry.description], links: url ? [{ label: `nginx.org: ${entry.name}`, url }] : [] }),
      start: variable.start,
      end: variable.end,
    };
  }
  const parameter = parameterName(arg, entries);
  if (!parameter) return undefined;
  for (const d of entries) {
    const doc = parameterDoc(d.description, parameter);
    if (!doc) continue;
    const url = nginxDirectiveUrl(d.module, d.name);
    const keyEnd = arg.start + (arg.quote ? 1 : 0) + parameter.length + (arg.value.startsWith(parameter + '=') ? 1 : 0);
    const inKey = offset < keyEnd;
    return {
      markdown: render({
        title: `**${parameter}** · parameter of ${code(statement.name)} (${code(d.module)})`,
        paragraphs: [doc],
        links: url ? [{ label: `nginx.org: ${d.name}`, url }] : [],
      }),
      start: inKey ? arg.start : keyEnd,
      end: inKey ? keyEnd : arg.end,
    };
  }
  return undefined;
}
