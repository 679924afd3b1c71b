import { arityOf, isKnownDirective } from '../../model/nginx/directives';
import type { NginxRule } from '../rule';
import { statementsInContexts } from './nginxStatements';

/** The wrong number of arguments, a flag that is not on/off, `hash key X` with X not `consistent` (nginx's own checks). */
export const invalidArguments: NginxRule = {
  meta: { id: 'nginx/invalid-arguments', defaultSeverity: 'error', description: 'A directive has the wrong number or kind of arguments.', language: 'nginx' },
  check({ tree, inclusionContexts, report }) {
    const reported = new Set<number>();
    for (const { statement: s, context, opaque } of statementsInContexts(tree, inclusionContexts)) {
      if (opaque || reported.has(s.start) || !isKnownDirective(s.name) || s.name.endsWith('_by_lua_block')) continue;
      const arity = arityOf(s.name, context);
      if (!arity) continue;
      const n = s.args.length;
      const range = n > 0 ? { start: s.args[0].start, end: s.args[n - 1].end } : { start: s.nameStart, end: s.nameEnd };
      if (n < arity.min || (arity.max !== undefined && n > arity.max)) {
        reported.add(s.start);
        const expected = arity.max === undefined ? `at least ${arity.min}` : arity.min === arity.max ? `${arity.min}` : `${arity.min} to ${arity.max}`;
        report({ ...range, message: `invalid number of arguments in "${s.name}" directive: ${n}, expected ${expected}.` });
        continue;
      }
      if (arity.flag && n === 1 && !/^(on|off)$/i.test(s.args[0].value)) {
        reported.add(s.start);
        report({ start: s.args[0].start, end: s.args[0].end, message: `invalid value "${s.args[0].value}" in "${s.name}" directive, it must be "on" or "off".` });
        continue;
      }
      if (s.name === 'hash' && n === 2 && s.args[1].value !== 'consistent') {
        reported.add(s.start);
        report({
          start: s.args[1].start,
          end: s.args[1].end,
          message: `invalid parameter "${s.args[1].value}": the second argument of hash can only be "consistent" (a composite key is written as one argument, e.g. "$cookie_a$cookie_b").`,
        });
      }
    }
  },
};
