import { workersModel } from '../../model/modjk/workers';
import type { ModjkRule } from '../rule';

/** worker.list or an lb's balance_workers names a worker no line defines: mod_jk fails to create it. */
export const workerUndefined: ModjkRule = {
  meta: { id: 'modjk/worker-undefined', defaultSeverity: 'error', description: 'worker.list or balance_workers names a worker with no properties.', language: 'modjk' },
  check({ tree, report }) {
    const model = workersModel(tree);
    const defined = [...model.workers.keys()];
    const check = (ref: { name: string; start: number; end: number }, where: string): void => {
      if (model.workers.has(ref.name)) return;
      report({ start: ref.start, end: ref.end, message: `${where} names the worker "${ref.name}", which no worker.${ref.name}.* line defines${defined.length ? ` (defined: ${defined.join(', ')})` : ''}.` });
    };
    // worker.list may name a single implicit ajp13 worker only when nothing is defined at all.
    if (defined.length > 0) for (const ref of model.list) check(ref, 'worker.list');
    for (const [lb, refs] of model.members) for (const ref of refs) check(ref, `worker.${lb}.balance_workers`);
  },
};
