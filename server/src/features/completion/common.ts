/**
 * Small helpers the per-language completion modules share: markdown
 * assembly, sort keys, and reading the values a catalogue's prose
 * names when it has no `values` list of its own.
 */

/** Paragraphs of markdown, the empty ones left out. */
export function markdown(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Escapes text for the body of a snippet (`$`, `}` and `\` are special there). */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Sort keys: entries sort by rank (0 first), then in the order given. */
export function sortKey(rank: number, index: number, label: string): string {
  return `${rank}${String(index).padStart(4, '0')}${label}`;
}

export interface NamedValue {
  /** What the value is written as: `none`, `uriPattern:` (a prefix taking an argument). */
  label: string;
  /** Snippet text when the value has a placeholder (`uriPattern:${1:regex}`). */
  snippet?: string;
  /** `(default)` follows it in the prose. */
  isDefault?: boolean;
}

/**
 * The values a catalogue's prose names in backticks: "`none`, `all`, `auto`
 * or `uriPattern:<regex>`" → none, all, auto, uriPattern:<regex> (with the
 * `<regex>` part a snippet placeholder).
 */
export function backtickedValues(doc: string | undefined): NamedValue[] {
  if (!doc) return [];
  const out: NamedValue[] = [];
  for (const m of doc.matchAll(/`([^`\s]+)`/g)) {
    const token = m[1];
    const placeholder = /^([^<]*)<([^>]+)>$/.exec(token);
    if (placeholder) out.push({ label: placeholder[1] || token, snippet: `${snippetText(placeholder[1])}\${1:${placeholder[2]}}` });
    else out.push({ label: token });
  }
  return dedupe(out);
}

/**
 * An enumeration the prose gives after a colon: "The method: byrequests
 * (default), bytraffic, bybusyness or heartbeat; …" → the four words, the
 * first marked default. Only a plain list of words counts (two or more).
 */
export function enumeratedValues(doc: string | undefined): NamedValue[] {
  if (!doc) return [];
  const colon = doc.indexOf(': ');
  if (colon < 0) return [];
  const rest = doc.slice(colon + 2);
  const segment = /^([^;.]*?)(?:;|\.(?:\s|$)|$)/.exec(rest)?.[1]?.trim().replace(/\s*…$/, '') ?? '';
  const item = /^([A-Za-z][\w-]*)( \(default\))?$/;
  const parts = segment.split(/, | or /).map((p) => p.trim());
  if (parts.length < 2 || !parts.every((p) => item.test(p))) return [];
  return dedupe(parts.map((p) => {
    const m = item.exec(p)!;
    return { label: m[1], isDefault: !!m[2] };
  }));
}

/** "On: …" / "On (default): …" prose: a switch taking On or Off. */
export function isOnOffDoc(doc: string | undefined): { on: boolean; defaultOn: boolean } | undefined {
  const m = doc ? /^On( \(default\))?:/.exec(doc) : null;
  return m ? { on: true, defaultOn: !!m[1] } : undefined;
}

/** "… e.g. JSESSIONID|jsessionid or ROUTEID." → the examples. */
export function exampleValues(doc: string | undefined): string[] {
  const m = doc ? /\be\.g\.\s+(.+?)\.?$/.exec(doc) : null;
  if (!m) return [];
  return m[1].split(/,\s*|\s+or\s+/).map((s) => s.trim()).filter((s) => /^\S+$/.test(s));
}

function dedupe(values: NamedValue[]): NamedValue[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v.label) ? false : (seen.add(v.label), true)));
}
