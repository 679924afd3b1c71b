/**
 * Hover in mod_jk's workers.properties: on a property (`worker.lb.sticky_session`,
 * `worker.list`) its entry in schemas/modjk/workers.json for the worker's
 * type; on a worker name (in a key, worker.list or balance_workers) the
 * worker; on an enumerated value (type, method, lock, activation) that value.
 */
import type { FeatureContext, HoverResult } from '../featureContext';
import { parseWorkers, type WorkersLine } from '../../syntax/modjk/workersParser';
import { BOOLEAN_WORDS, GLOBAL_PROPERTIES, WORKER_TYPE_INFO, workerProperty, workersModel, workerType, WORKER_TYPES, type Worker, type WorkerPropertyInfo, type WorkerPropertyValue, type WorkersModel } from '../../model/modjk/workers';
import { modJkWorkersUrl } from './docLinks';
import { code, list, prose, render } from './markdown';

const BOOLEAN_VALUES = (['true', 'false'] as const).map((b) => `${code(b)} (${BOOLEAN_WORDS[b].map(code).join(', ')})`).join(' | ');

/** The workers.html section a property is listed in (its anchor); the page anchors sections, not single directives. */
function sectionOf(property: string, type: string | undefined, info: WorkerPropertyInfo, global: boolean): string {
  if (global) return 'Global Properties';
  if (info.deprecated) return 'Deprecated Worker Directives';
  if (property === 'type') return 'Mandatory Directives';
  if (type === 'status' && WORKER_TYPE_INFO.status?.properties[property]) return 'Status Worker Directives';
  return 'List of All Worker Directives';
}

function propertyHover(name: string, info: WorkerPropertyInfo, scope: string, section: string, typeNote?: string): string {
  const values = info.values?.map((v) => `${code(v.value)}${v.accepts?.length ? ` (${v.accepts.map(code).join(', ')})` : ''}`);
  return render({
    title: `**${name}** · ${scope}`,
    paragraphs: [info.doc ? prose(info.doc) : undefined, info.note ? prose(info.note) : undefined],
    facts: [
      ['Type', info.type],
      ['Default', info.default === undefined || info.default === null ? undefined : `${code(info.default)}${info.defaultComputed ? ' (computed)' : ''}`],
      ['Values', values?.length ? values.join(' | ') : info.type === 'boolean' ? BOOLEAN_VALUES : undefined],
      ['Range', info.minimum !== undefined || info.maximum !== undefined ? [info.minimum !== undefined ? `≥ ${info.minimum}` : '', info.maximum !== undefined ? `≤ ${info.maximum}` : ''].filter(Boolean).join(', ') : undefined],
      ['Required', info.required ? 'yes' : undefined],
      ['Repeatable', info.multiple || info.list ? 'yes: repeated lines add to the list' : undefined],
      ['mod_jk', info.since ? `since ${info.since}` : undefined],
      ['Deprecated', info.deprecated ? `${info.deprecatedSince ? `since ${info.deprecatedSince}` : 'yes'}${info.replacement ? `; use ${code(info.replacement)}` : ''}` : undefined],
    ],
    notes: [typeNote],
    links: [{ label: `mod_jk workers.properties reference: ${section}`, url: modJkWorkersUrl(section) }],
  });
}

function workerHover(worker: Worker | undefined, name: string, model: WorkersModel): string {
  const { type, via } = workerType(model, name);
  const typeInfo = WORKER_TYPE_INFO[type];
  const members = model.members.get(name)?.map((m) => m.name);
  const memberOf = [...model.members.entries()].filter(([, refs]) => refs.some((r) => r.name === name)).map(([lb]) => lb);
  const route = worker?.properties.get('route')?.[0]?.value;
  return render({
    title: `**${name}** · mod_jk worker of type ${code(type)}${via === 'default' ? ' (the default)' : via ? ` (${via})` : ''}`,
    paragraphs: [typeInfo?.doc ? prose(typeInfo.doc) : worker ? undefined : `No ${code(`worker.${name}.*`)} line defines this worker.`],
    facts: [
      ['In worker.list', model.list.some((r) => r.name === name) ? 'yes' : 'no'],
      ['Members', members?.length ? list(members.map(code)) : undefined],
      ['Member of', memberOf.length ? list(memberOf.map(code)) : undefined],
      ['Route', memberOf.length ? (route ? code(route) : `${code(name)} (the worker name): the Tomcat's Engine jvmRoute must equal it`) : undefined],
      ['Host', worker?.properties.get('host')?.[0] ? code(worker.properties.get('host')![0].value) : undefined],
      ['Port', worker?.properties.get('port')?.[0] ? code(worker.properties.get('port')![0].value) : typeInfo?.defaultPort ? `${code(String(typeInfo.defaultPort))} (the default)` : undefined],
    ],
    links: [{ label: 'mod_jk workers.properties reference', url: modJkWorkersUrl('Worker Properties') }],
  });
}

/** Names in a list value (worker.list, balance_workers) with their offsets. */
function namesIn(line: WorkersLine): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const re = /[^,\s]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.value))) out.push({ name: m[0], start: line.valueStart + m.index, end: line.valueStart + m.index + m[0].length });
  return out;
}

function matchValue(values: WorkerPropertyValue[], written: string): WorkerPropertyValue | undefined {
  const w = written.trim().toLowerCase();
  return (
    values.find((v) => v.value.toLowerCase() === w) ??
    values.find((v) => v.accepts?.some((a) => a.toLowerCase() === w)) ??
    // mod_jk decides method, lock and activation by the first character.
    values.find((v) => v.accepts?.length && v.accepts.some((a) => a.toLowerCase() === w.charAt(0)))
  );
}

export function modjkHover(ctx: FeatureContext): HoverResult | undefined {
  const file = parseWorkers(ctx.document.getText());
  const offset = ctx.offset;
  const line = file.lines.find((l) => !l.bad && offset >= l.keyStart && offset < Math.max(l.valueEnd, l.keyEnd + 1));
  if (!line) return undefined;
  const model = workersModel(file);
  const inKey = offset >= line.keyStart && offset < line.keyEnd;

  const globalMatch = /^worker\.(list|maintain)$/.exec(line.key);
  if (globalMatch) {
    const info = GLOBAL_PROPERTIES[globalMatch[1]];
    if (inKey) return info ? { markdown: propertyHover(line.key, info, 'mod_jk global property', sectionOf(globalMatch[1], undefined, info, true)), start: line.keyStart, end: line.keyEnd } : undefined;
    if (globalMatch[1] === 'list') return workerNameHover(line, offset, model);
    return undefined;
  }

  const m = /^worker\.([^.]+)\.(.+)$/.exec(line.key);
  if (!m) return undefined;
  const [, name, property] = m;
  const worker = model.workers.get(name);
  const { type } = workerType(model, name);
  const nameStart = line.keyStart + 'worker.'.length;
  const nameEnd = nameStart + name.length;
  if (inKey && offset >= nameStart && offset < nameEnd) return { markdown: workerHover(worker, name, model), start: nameStart, end: nameEnd };

  const known = workerProperty(type, property);
  if (inKey) {
    const propertyStart = line.keyEnd - property.length;
    const range = offset >= propertyStart ? { start: propertyStart, end: line.keyEnd } : { start: line.keyStart, end: line.keyEnd };
    if (known) return { markdown: propertyHover(property, known, `property of ${code(type)} workers`, sectionOf(property, type, known, false)), ...range };
    // A property of another worker type: say what it is, and that this worker's type has none.
    const owners = WORKER_TYPES.filter((t) => workerProperty(t, property));
    if (!owners.length) return undefined;
    const info = workerProperty(owners[0], property)!; // owners are the types that have it
    const note = `⚠ A ${code(type)} worker has no ${code(property)}; it is a property of ${list(owners.map(code), 'and')} workers.`;
    return { markdown: propertyHover(property, info, `property of ${list(owners.map(code), 'and')} workers`, sectionOf(property, owners[0], info, false), note), ...range };
  }

  // The value.
  if (property === 'balance_workers' || property === 'balanced_workers') return workerNameHover(line, offset, model);
  if (!known?.values?.length || offset < line.valueStart || offset >= line.valueEnd) return undefined;
  const value = matchValue(known.values, line.value);
  if (!value) return undefined;
  const typeDoc = property === 'type' ? WORKER_TYPE_INFO[value.value] : undefined;
  return {
    markdown: render({
      title: `${code(value.value)} · value of ${code(property)}`,
      paragraphs: [value.doc ? prose(value.doc) : undefined, typeDoc?.doc && typeDoc.doc !== value.doc ? prose(typeDoc.doc) : undefined, typeDoc?.note ? prose(typeDoc.note) : undefined],
      facts: [
        ['Also written', value.accepts?.length ? value.accepts.map(code).join(', ') : undefined],
        ['mod_jk', value.since ? `since ${value.since}` : undefined],
        ['Status', typeDoc?.status],
        ['Other values', known.values.filter((v) => v !== value).map((v) => code(v.value)).join(', ') || undefined],
      ],
      links: [{ label: `mod_jk workers.properties reference: ${sectionOf(property, type, known, false)}`, url: modJkWorkersUrl(sectionOf(property, type, known, false)) }],
    }),
    start: line.valueStart,
    end: line.valueEnd,
  };
}

function workerNameHover(line: WorkersLine, offset: number, model: WorkersModel): HoverResult | undefined {
  const ref = namesIn(line).find((r) => offset >= r.start && offset < r.end);
  if (!ref) return undefined;
  return { markdown: workerHover(model.workers.get(ref.name), ref.name, model), start: ref.start, end: ref.end };
}
