import { closestName } from '../../model/closestName';
import { workerProperty, workerPropertyNames, workersModel, workerType, WORKER_TYPES, type Worker } from '../../model/modjk/workers';
import type { WorkersLine } from '../../syntax/modjk/workersParser';
import type { ModjkRule, OffsetFix } from '../rule';

/** The old boolean flags that activation replaces, and the activation letter each one's true stands for. */
const ACTIVATION_FLAGS: Record<string, string> = { disabled: 'D', stopped: 'S' };

/** mod_jk's reading of a boolean (jk_get_bool_code): true for "1", "on", or a value starting with t or y; anything else here keeps the default, false. */
function isTrue(value: string): boolean {
  return value === '1' || value.toLowerCase() === 'on' || /^[tTyY]/.test(value);
}

/**
 * The quick fix of a deprecated property: rename it to its replacement. The
 * flags disabled/stopped become activation=D / activation=S (mod_jk reads
 * activation=true as Active), only when set to true, only when the worker sets
 * no activation yet (which would win over them), and disabled not when stopped
 * is true as well (stopped wins).
 */
function deprecatedFix(worker: Worker, property: string, line: WorkersLine, propStart: number, replacement: string | undefined): OffsetFix | undefined {
  if (!replacement) return undefined;
  const letter = ACTIVATION_FLAGS[property];
  if (letter === undefined) return { title: `Rename to ${replacement}`, edits: [{ start: propStart, end: line.keyEnd, text: replacement }] };
  const lines = worker.properties.get(property) ?? [];
  // A repeated line: the last one counts, and the fix would leave the others.
  if (lines.length !== 1 || !isTrue(line.value) || worker.properties.has('activation')) return undefined;
  if (property === 'disabled' && (worker.properties.get('stopped') ?? []).some((l) => isTrue(l.value))) return undefined;
  return {
    title: `Replace with ${replacement}=${letter}`,
    edits: [
      { start: propStart, end: line.keyEnd, text: replacement },
      { start: line.valueStart, end: line.valueEnd, text: letter },
    ],
  };
}

/** A property mod_jk does not know for that worker type (or a deprecated one, with its replacement). */
export const unknownProperty: ModjkRule = {
  meta: { id: 'modjk/unknown-property', defaultSeverity: 'warning', description: 'A property mod_jk does not know for that worker type.', language: 'modjk' },
  check({ tree, report }) {
    const model = workersModel(tree);
    for (const worker of model.workers.values()) {
      if (!WORKER_TYPES.includes(worker.type)) {
        const line = worker.properties.get('type')!.at(-1)!;
        report({ start: line.valueStart, end: line.valueEnd, message: `"${worker.type}" is no worker type (${WORKER_TYPES.join(', ')}).` });
        continue;
      }
      // A worker without a type line has its template's (reference=worker.X): an lb template makes an lb worker.
      const type = workerType(model, worker.name).type;
      if (!WORKER_TYPES.includes(type)) continue; // reported on the template's type line
      for (const [property, lines] of worker.properties) {
        const info = workerProperty(type, property);
        const line = lines[0];
        const propStart = line.keyEnd - property.length;
        if (!info) {
          const suggestion = closestName(property, workerPropertyNames(type));
          report({
            start: propStart,
            end: line.keyEnd,
            message: `A ${type} worker has no property "${property}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
            fix: suggestion ? { title: `Rename to ${suggestion}`, edits: [{ start: propStart, end: line.keyEnd, text: suggestion }] } : undefined,
          });
        } else if (info.deprecated) {
          report({
            start: propStart,
            end: line.keyEnd,
            message: `"${property}" is deprecated${info.replacement ? `: use "${info.replacement}"` : ''}${info.note ? ` (${info.note})` : ''}.`,
            fix: deprecatedFix(worker, property, line, propStart, info.replacement),
          });
        }
      }
    }
  },
};
