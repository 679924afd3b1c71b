/**
 * The workers of a workers.properties, as mod_jk reads them: worker.list,
 * each worker's properties and type (ajp13 unless said), lb workers and their
 * balance_workers, and what schemas/modjk/workers.json says each property is.
 */
import catalogue from '../../../../schemas/modjk/workers.json';
import type { WorkersFile, WorkersLine } from '../../syntax/modjk/workersParser';

export interface NameRef {
  name: string;
  start: number;
  end: number;
}

export interface Worker {
  name: string;
  type: string;
  /** Property name → its lines (several when repeated). */
  properties: Map<string, WorkersLine[]>;
  /** The first line that names the worker. */
  first: WorkersLine;
}

export interface WorkersModel {
  workers: Map<string, Worker>;
  /** Every name in worker.list lines. */
  list: NameRef[];
  /** lb worker → the member names of its balance_workers (or balanced_workers) lines. */
  members: Map<string, NameRef[]>;
}

/** An enumerated value of a property, as schemas/modjk/workers.json describes it. */
export interface WorkerPropertyValue {
  value: string;
  /** Other spellings mod_jk accepts (its first letter, for method and activation). */
  accepts?: string[];
  since?: string;
  doc?: string;
}

/** A property as schemas/modjk/workers.json describes it (rules, completion and hover read it). */
export interface WorkerPropertyInfo {
  type?: string;
  values?: WorkerPropertyValue[];
  default?: string | null;
  defaultComputed?: boolean;
  required?: boolean;
  list?: boolean;
  multiple?: boolean;
  minimum?: number;
  maximum?: number;
  doc?: string;
  note?: string;
  since?: string;
  deprecated?: boolean;
  deprecatedSince?: string;
  replacement?: string;
}

/** A worker type as the catalogue describes it. */
export interface WorkerTypeInfo {
  status?: string;
  doc?: string;
  note?: string;
  defaultPort?: number;
  properties: Record<string, WorkerPropertyInfo>;
}

/** The catalogue's tables, typed once for every reader. */
export const WORKER_TYPE_INFO = catalogue.types as Record<string, WorkerTypeInfo>;
export const GLOBAL_PROPERTIES = catalogue.globalProperties as Record<string, WorkerPropertyInfo>;
/** The words mod_jk reads as true and false. */
export const BOOLEAN_WORDS = catalogue.valueSyntax.boolean as { true: string[]; false: string[] };

const TYPES = WORKER_TYPE_INFO;
const COMMON = catalogue.commonProperties as Record<string, WorkerPropertyInfo>;
const MEMBER = catalogue.memberProperties as Record<string, WorkerPropertyInfo>;

export const WORKER_TYPES = Object.keys(TYPES);

/** The type of a worker without a `type` line (the catalogue's default: ajp13). */
export const DEFAULT_WORKER_TYPE: string = (COMMON.type as { default?: string } | undefined)?.default ?? 'ajp13';

/** How many `reference=` steps are followed: templates nest, but never this deep on purpose (and cycles end). */
const MAX_REFERENCE_DEPTH = 8;

/**
 * A worker's property as mod_jk resolves it: the worker's own last line, else
 * that of the worker its `reference=worker.X` copies (templates nest), with the
 * name of the worker the line is in.
 */
export function resolvedProperty(model: WorkersModel, name: string, property: string): { line: WorkersLine; from: string } | undefined {
  const seen = new Set<string>();
  for (let current = model.workers.get(name); current && !seen.has(current.name) && seen.size < MAX_REFERENCE_DEPTH; ) {
    seen.add(current.name);
    const own = current.properties.get(property);
    if (own) return { line: own[own.length - 1], from: current.name };
    const ref = /^worker\.([^.\s]+)$/.exec(current.properties.get('reference')?.at(-1)?.value.trim() ?? '');
    current = ref ? model.workers.get(ref[1]) : undefined;
  }
  return undefined;
}

/** A worker's type as mod_jk settles it: its own `type`, else its template's, else ajp13; `via` says where it came from. */
export function workerType(model: WorkersModel, name: string): { type: string; via?: string } {
  const found = resolvedProperty(model, name, 'type');
  const type = found?.line.value.trim();
  if (!found || !type) return { type: DEFAULT_WORKER_TYPE, via: 'default' };
  return found.from === name ? { type } : { type, via: `from worker.${found.from}` };
}

/** What the catalogue says of a property on a worker of this type, or undefined when that type has no such property. */
export function workerProperty(type: string, property: string): WorkerPropertyInfo | undefined {
  return COMMON[property] ?? TYPES[type]?.properties[property] ?? (type !== 'lb' && type !== 'status' ? MEMBER[property] : undefined);
}

/** Names of every property the type takes (for "did you mean"). */
export function workerPropertyNames(type: string): string[] {
  return [...Object.keys(COMMON), ...Object.keys(TYPES[type]?.properties ?? {}), ...(type !== 'lb' && type !== 'status' ? Object.keys(MEMBER) : [])];
}

function names(line: WorkersLine): NameRef[] {
  const out: NameRef[] = [];
  const re = /[^,\s]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.value))) out.push({ name: m[0], start: line.valueStart + m.index, end: line.valueStart + m.index + m[0].length });
  return out;
}

export function workersModel(file: WorkersFile): WorkersModel {
  const workers = new Map<string, Worker>();
  const list: NameRef[] = [];
  const members = new Map<string, NameRef[]>();
  for (const line of file.lines) {
    if (line.bad) continue;
    if (line.key === 'worker.list') {
      for (const n of names(line)) list.push(n); // not push(...): a list of 130,000 names overflows the stack
      continue;
    }
    const m = /^worker\.([^.]+)\.(.+)$/.exec(line.key);
    if (!m || line.key === 'worker.maintain') continue;
    const [, name, property] = m;
    let worker = workers.get(name);
    if (!worker) workers.set(name, (worker = { name, type: 'ajp13', properties: new Map(), first: line }));
    // push, not a copy per line: a property repeated 100,000 times would be quadratic.
    const lines = worker.properties.get(property);
    if (lines) lines.push(line);
    else worker.properties.set(property, [line]);
    if (property === 'type') worker.type = line.value.trim();
    if (property === 'balance_workers' || property === 'balanced_workers') {
      const refs = members.get(name) ?? [];
      for (const n of names(line)) refs.push(n);
      members.set(name, refs);
    }
  }
  return { workers, list, members };
}
