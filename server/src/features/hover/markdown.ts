/**
 * Markdown for hovers: catalogue prose (plain text) made safe to render,
 * values from the document quoted as code, and the one layout every hover
 * uses: a title line, paragraphs, a list of facts, a documentation link.
 */

/** A value as inline code, whatever backticks it holds. */
export function code(value: string): string {
  const text = value.replace(/\r?\n/g, ' ');
  if (text === '') return '`""`';
  let fence = '`';
  while (text.includes(fence)) fence += '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Catalogue prose (plain text, `code` spans allowed) as markdown: tags it
 * names (`<distributable/>`, `<Member>`) become code instead of being taken
 * for HTML, and `*` is no emphasis (`socket_timeout*1000`).
 */
export function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*/g, '\\*').replace(/<\/?[A-Za-z$][^<>]*>/g, (tag) => code(tag))))
    .join('');
}

export function link(label: string, url: string): string {
  return `[${label.replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

export interface HoverDoc {
  /** Markdown of the first line (bold is added by the caller where wanted). */
  title: string;
  /** Markdown paragraphs. */
  paragraphs?: (string | undefined)[];
  /** `label: markdown` facts, one list item each; undefined values are left out. */
  facts?: [string, string | undefined][];
  /** Markdown paragraphs after the facts (warnings, jar lists). */
  notes?: (string | undefined)[];
  links?: { label: string; url: string }[];
}

export function render(doc: HoverDoc): string {
  const blocks: string[] = [doc.title];
  for (const p of doc.paragraphs ?? []) if (p && p.trim()) blocks.push(p.trim());
  const facts = (doc.facts ?? []).filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
  if (facts.length) blocks.push(facts.map(([label, value]) => `- ${label}: ${value}`).join('\n'));
  for (const n of doc.notes ?? []) if (n && n.trim()) blocks.push(n.trim());
  if (doc.links?.length) blocks.push(doc.links.map((l) => link(l.label, l.url)).join(' · '));
  return blocks.join('\n\n');
}

/** "a, b and c". */
export function list(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Long reference prose cut at a paragraph boundary near `max` characters
 * (outside code fences), so a hover stays readable; the link has the rest.
 */
export function shorten(markdown: string, max: number): { text: string; cut: boolean } {
  if (markdown.length <= max) return { text: markdown, cut: false };
  let inFence = false;
  let best = -1;
  let offset = 0;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (!inFence && line.trim() === '' && offset > 0 && offset <= max) best = offset;
    offset += line.length + 1;
    if (offset > max && best > 0) break;
  }
  if (best <= 0) return { text: markdown, cut: false };
  return { text: markdown.slice(0, best).trimEnd(), cut: true };
}
