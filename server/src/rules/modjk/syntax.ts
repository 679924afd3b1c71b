import type { ModjkRule } from '../rule';

/**
 * A line mod_jk cannot read as a property: no "=", or a worker.* key that is
 * neither worker.list, worker.maintain nor worker.<name>.<property>. (Other
 * keys are variables, used as $(name); worker names take [A-Za-z0-9_-].)
 */
export const modjkSyntax: ModjkRule = {
  meta: { id: 'modjk/syntax', defaultSeverity: 'error', description: 'A line that is not worker.<name>.<property>=<value>, worker.list=…, a variable or a comment.', language: 'modjk', syntax: true },
  check({ tree, report }) {
    for (const line of tree.lines) {
      if (line.bad) {
        report({ start: line.start, end: line.end, message: `"${line.key}" is not a property line: mod_jk reads key=value lines (worker.<name>.<property>=<value>) and # comments.` });
        continue;
      }
      if (!line.key.startsWith('worker.') || line.key === 'worker.list' || line.key === 'worker.maintain') continue;
      const m = /^worker\.([^.]*)\.(.*)$/.exec(line.key);
      if (!m || m[2] === '') {
        report({ start: line.keyStart, end: line.keyEnd, message: `"${line.key}" is not worker.<name>.<property>, worker.list or worker.maintain.` });
      } else if (!/^[A-Za-z0-9_-]+$/.test(m[1])) {
        report({ start: line.keyStart + 'worker.'.length, end: line.keyStart + 'worker.'.length + m[1].length, message: `"${m[1]}" is no valid worker name: mod_jk takes letters, digits, "_" and "-".` });
      }
      if (line.value === '' && !line.bad) {
        report({ start: line.keyStart, end: line.end, message: `${line.key} has no value.` });
      }
    }
  },
};
