/**
 * Completion in mod_jk's workers.properties from its catalogue
 * (schemas/modjk/workers.json, through model/modjk/workers): after
 * `worker.` the global properties and the workers of the file; after
 * `worker.<name>.` the properties of that worker's type (ajp13 unless its
 * `type` line, or the template its `reference` names, says otherwise), with
 * deprecated ones marked; after `=` the values the property takes (type
 * names, enumerations, booleans, worker names for worker.list and
 * balance_workers, templates for reference).
 */
import { BOOLEAN_WORDS, DEFAULT_WORKER_TYPE, GLOBAL_PROPERTIES, WORKER_TYPE_INFO, WORKER_TYPES, type WorkerPropertyInfo, workerProperty, workerType, workerPropertyNames, workersModel, type Worker, type WorkersModel } from '../../model/modjk/workers';
import { parseWorkers } from '../../syntax/modjk/workersParser';
import type { CompletionEntry, FeatureContext } from '../featureContext';
import { code, markdown, sortKey } from './common';


export function modjkCompletions(ctx: FeatureContext): CompletionEntry[] {
  const text = ctx.document.getText();
  const offset = ctx.offset;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (before.includes('#')) return [];
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  const model = workersModel(parseWorkers(text));
  const eq = before.indexOf('=');
  if (eq < 0) return keyEntries(model, text, lineStart + (before.length - before.trimStart().length), offset, lineEnd);
  const key = before.slice(0, eq).trim();
  return valueEntries(model, key, text, offset, lineStart + eq + 1, lineEnd);
}

// ---------------------------------------------------------------------------
// Keys

function keyEntries(model: WorkersModel, text: string, keyStart: number, offset: number, lineEnd: number): CompletionEntry[] {
  let keyEnd = offset;
  while (keyEnd < lineEnd && /[\w.-]/.test(text[keyEnd])) keyEnd++;
  const typed = text.slice(keyStart, offset);
  if (!/^[\w.-]*$/.test(typed)) return [];
  const parts = typed.split('.');
  const hasEq = text.slice(keyEnd, lineEnd).trimStart().startsWith('=');
  const eq = hasEq ? '' : '=';
  if (parts.length <= 2) {
    // `wor…` or `worker.…`: the global properties and the workers.
    const start = parts.length === 2 ? keyStart + parts[0].length + 1 : keyStart;
    const prefix = parts.length === 2 ? '' : 'worker.';
    const out: CompletionEntry[] = [];
    let index = 0;
    for (const [name, info] of Object.entries(GLOBAL_PROPERTIES)) {
      out.push({
        label: `${prefix}${name}`,
        kind: 'attribute',
        detail: propertyDetail(info),
        documentation: propertyDoc(info),
        insertText: `${prefix}${name}${eq}`,
        replace: { start, end: keyEnd },
        sortText: sortKey(0, index++, name),
      });
    }
    for (const worker of workersOf(model, keyStart)) {
      out.push({
        label: `${prefix}${worker.name}.`,
        kind: 'reference',
        detail: `${worker.type} worker`,
        documentation: WORKER_TYPE_INFO[worker.type]?.doc,
        replace: { start, end: keyEnd },
        sortText: sortKey(1, index++, worker.name),
      });
    }
    return out;
  }
  if (parts[0] !== 'worker') return [];
  const workerName = parts[1];
  const start = keyStart + parts[0].length + 1 + workerName.length + 1;
  const worker = model.workers.get(workerName);
  const type = workerType(model, workerName).type;
  const set = new Set<string>();
  for (const [property, lines] of worker?.properties ?? []) if (lines.some((l) => l.keyStart !== keyStart)) set.add(property);
  const out: CompletionEntry[] = [];
  workerPropertyNames(type).forEach((name, index) => {
    const info = workerProperty(type, name);
    if (!info) return;
    if (set.has(name) && !info.multiple && !info.list) return;
    out.push({
      label: name,
      kind: 'attribute',
      detail: propertyDetail(info),
      documentation: propertyDoc(info, type),
      insertText: `${name}${eq}`,
      replace: { start, end: keyEnd },
      sortText: sortKey(info.deprecated ? 3 : info.required ? 0 : 1, index, name),
    });
  });
  return out;
}

/** The workers of the file (not the one whose line is being typed, unless other lines name it too). */
function workersOf(model: WorkersModel, typingAt: number): Worker[] {
  return [...model.workers.values()].filter((w) => [...w.properties.values()].some((lines) => lines.some((l) => l.keyStart !== typingAt)));
}


function propertyDetail(info: WorkerPropertyInfo): string {
  const parts = [info.type ?? 'string'];
  if (info.required) parts.push('required');
  if (info.default !== undefined && info.default !== null && info.default !== '') parts.push(`default ${info.default}`);
  if (info.deprecated) parts.push(info.replacement ? `deprecated: use ${info.replacement}` : 'deprecated');
  if (info.since) parts.push(`mod_jk ${info.since}+`);
  return parts.join(' · ');
}

function propertyDoc(info: WorkerPropertyInfo, type?: string): string {
  return markdown(
    info.doc,
    info.default !== undefined && info.default !== null && info.default !== '' ? `Default: ${code(info.default)}` : undefined,
    info.values?.length ? `Values: ${info.values.map((v) => code(v.value)).join(', ')}` : undefined,
    info.note,
    info.since ? `Since mod_jk ${info.since}.` : undefined,
    info.deprecated ? `Deprecated${info.deprecatedSince ? ` since mod_jk ${info.deprecatedSince}` : ''}${info.replacement ? `: use ${code(info.replacement)}` : ''}.` : undefined,
    type ? `For ${code(type)} workers.` : undefined,
  );
}

// ---------------------------------------------------------------------------
// Values

function valueEntries(model: WorkersModel, key: string, text: string, offset: number, valueStart: number, lineEnd: number): CompletionEntry[] {
  let from = valueStart;
  while (from < offset && /[ \t]/.test(text[from])) from++;
  const hash = text.indexOf('#', offset);
  const end = trimEnd(text, from, hash >= 0 && hash < lineEnd ? hash : lineEnd);
  const whole = { start: from, end: Math.max(end, offset) };
  const global = /^worker\.([^.]+)$/.exec(key)?.[1];
  const m = /^worker\.([^.]+)\.(.+)$/.exec(key);
  if (global === 'list') return workerNameEntries(model, text, offset, whole, () => true);
  if (global) return valuesOf(GLOBAL_PROPERTIES[global], whole);
  if (!m) return [];
  const [, workerName, property] = m;
  if (property === 'type') {
    return WORKER_TYPES.map((t, index) => ({
      label: t,
      kind: 'value',
      detail: [WORKER_TYPE_INFO[t]?.status, t === DEFAULT_WORKER_TYPE ? 'default' : undefined].filter(Boolean).join(' · ') || undefined,
      documentation: WORKER_TYPE_INFO[t]?.doc,
      replace: whole,
      sortText: sortKey(WORKER_TYPE_INFO[t]?.status === 'current' ? 0 : 1, index, t),
    }));
  }
  if (property === 'balance_workers' || property === 'balanced_workers') {
    return workerNameEntries(model, text, offset, whole, (w) => w.name !== workerName && workerType(model, w.name).type !== 'lb' && workerType(model, w.name).type !== 'status');
  }
  if (property === 'reference') {
    return [...model.workers.values()]
      .filter((w) => w.name !== workerName)
      .map((w, index) => ({ label: `worker.${w.name}`, kind: 'reference', detail: `${workerType(model, w.name).type} worker`, replace: whole, sortText: sortKey(0, index, w.name) }));
  }
  return valuesOf(workerProperty(workerType(model, workerName).type, property), whole);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Worker names for a comma- or space-separated list: the item at the cursor is replaced. */
function workerNameEntries(model: WorkersModel, text: string, offset: number, whole: { start: number; end: number }, keep: (w: Worker) => boolean): CompletionEntry[] {
  let start = offset;
  while (start > whole.start && !/[,\s]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < whole.end && !/[,\s]/.test(text[end])) end++;
  const listed = new Set(text.slice(whole.start, whole.end).split(/[,\s]+/).filter(Boolean));
  listed.delete(text.slice(start, end));
  return [...model.workers.values()]
    .filter((w) => keep(w) && !listed.has(w.name))
    .map((w, index) => {
      const { type } = workerType(model, w.name);
      return { label: w.name, kind: 'reference', detail: `${type} worker`, documentation: WORKER_TYPE_INFO[type]?.doc, replace: { start, end }, sortText: sortKey(0, index, w.name) };
    });
}

function valuesOf(info: WorkerPropertyInfo | undefined, replace: { start: number; end: number }): CompletionEntry[] {
  if (!info) return [];
  const out: CompletionEntry[] = [];
  const add = (label: string, detail?: string, documentation?: string): void => {
    if (out.some((e) => e.label === label)) return;
    const isDefault = info.default === label;
    out.push({ label, kind: 'value', detail: [isDefault ? 'default' : undefined, detail].filter(Boolean).join(' · ') || undefined, documentation, replace, sortText: sortKey(isDefault ? 0 : 1, out.length, label) });
  };
  if (info.values?.length) {
    for (const v of info.values) add(v.value, [v.accepts?.length ? `also ${v.accepts.join(', ')}` : undefined, v.since ? `mod_jk ${v.since}+` : undefined].filter(Boolean).join(' · ') || undefined, v.doc);
  } else if (info.type === 'boolean') {
    add(BOOLEAN_WORDS.true[0]);
    add(BOOLEAN_WORDS.false[0]);
  }
  if (info.default !== undefined && info.default !== null && info.default !== '' && !/\s|\*/.test(info.default) && info.type !== 'string') add(info.default);
  return out;
}
