import { closestName } from '../../model/closestName';
import { workerProperty, workerPropertyNames, workersModel, WORKER_TYPES } from '../../model/modjk/workers';
import type { ModjkRule } from '../rule';

/** A property mod_jk does not know for that worker type (or a deprecated one, with its replacement). */
export const unknownProperty: ModjkRule = {
  meta: { id: 'modjk/unknown-property', defaultSeverity: 'warning', description: 'A property mod_jk does not know for that worker type.', language: 'modjk' },
  check({ tree, report }) {
    const model = workersModel(tree);
    for (const worker of model.workers.values()) {
      if (!WORKER_TYPES.includes(worker.type)) {
        const line = worker.properties.get('type')![0];
        report({ start: line.valueStart, end: line.valueEnd, message: `"${worker.type}" is no worker type (${WORKER_TYPES.join(', ')}).` });
        continue;
      }
      for (const [property, lines] of worker.properties) {
        const info = workerProperty(worker.type, property);
        const line = lines[0];
        const propStart = line.keyEnd - property.length;
        if (!info) {
          const suggestion = closestName(property, workerPropertyNames(worker.type));
          report({
            start: propStart,
            end: line.keyEnd,
            message: `A ${worker.type} worker has no property "${property}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
            fix: suggestion ? { title: `Rename to ${suggestion}`, edits: [{ start: propStart, end: line.keyEnd, text: suggestion }] } : undefined,
          });
        } else if (info.deprecated) {
          report({
            start: propStart,
            end: line.keyEnd,
            message: `"${property}" is deprecated${info.replacement ? `: use "${info.replacement}"` : ''}${info.note ? ` (${info.note})` : ''}.`,
            fix: info.replacement ? { title: `Rename to ${info.replacement}`, edits: [{ start: propStart, end: line.keyEnd, text: info.replacement }] } : undefined,
          });
        }
      }
    }
  },
};
