/**
 * `tomcat-cluster-check parse FILE --format crossplane`: the JSON payload
 * `crossplane parse` prints (nginxinc/crossplane), so tools built on
 * crossplane can read ours: the main file and every file it includes, in the
 * order crossplane discovers them, each statement as
 * {directive, line, args, includes?, block?}, errors as crossplane words them
 * ("… in FILE:LINE"). Compact JSON, as crossplane prints without --indent.
 */
import * as path from 'node:path';
import type { NginxConfig } from '../../model/nginx/nginxConfig';
import type { NginxFile, NginxStatement } from '../../syntax/nginx/nginxParser';

export interface CrossplaneError {
  file: string;
  line: number;
  error: string;
}

interface ParsedStatement {
  directive: string;
  line: number;
  args: string[];
  includes?: number[];
  block?: ParsedStatement[];
}

/**
 * @param displayMain the main file's path as the user gave it (crossplane keeps it as given)
 * @param errorsOf the errors of each file (absolute path → errors with 1-based lines)
 */
export function formatCrossplane(config: NginxConfig, displayMain: string, errorsOf: (absolutePath: string) => { line: number; message: string }[]): string {
  const display = (abs: string): string => (abs === config.mainPath ? displayMain : path.join(path.dirname(displayMain), path.relative(config.prefix, abs)));
  // crossplane numbers files in the order it first meets them: the main file, then includes breadth first.
  const order: string[] = [config.mainPath];
  const index = new Map<string, number>([[config.mainPath, 0]]);
  const includeTargets = new Map<NginxStatement, string[]>();
  for (const [target, inclusions] of config.inclusions) {
    for (const i of inclusions) if (i.by) includeTargets.set(i.by.statement, [...(includeTargets.get(i.by.statement) ?? []), target]);
  }
  for (let k = 0; k < order.length; k++) {
    const file = config.files.get(order[k]);
    if (!file) continue;
    const stack = [...file.statements].reverse();
    while (stack.length) {
      const s = stack.pop()!;
      for (const t of (includeTargets.get(s) ?? []).sort()) {
        if (!index.has(t)) {
          index.set(t, order.length);
          order.push(t);
        }
      }
      if (s.block) for (let j = s.block.length - 1; j >= 0; j--) stack.push(s.block[j]);
    }
  }

  const allErrors: CrossplaneError[] = [];
  const configs = order.map((abs) => {
    const file = config.files.get(abs);
    const errors = errorsOf(abs).map((e) => ({ error: `${e.message} in ${display(abs)}:${e.line}`, line: e.line }));
    for (const e of errors) allErrors.push({ file: display(abs), error: e.error, line: e.line });
    return {
      file: display(abs),
      status: errors.length ? 'failed' : 'ok',
      errors,
      parsed: file ? statements(file, file.statements, includeTargets, index) : [],
    };
  });
  return JSON.stringify({ status: allErrors.length ? 'failed' : 'ok', errors: allErrors, config: configs }) + '\n';
}

function statements(file: NginxFile, list: NginxStatement[], includeTargets: Map<NginxStatement, string[]>, index: Map<string, number>): ParsedStatement[] {
  const lineOf = lineCounter(file.text);
  const convert = (s: NginxStatement): ParsedStatement => {
    let args = s.args.map((a) => a.value);
    // crossplane drops the parentheses around an if condition.
    if (s.name === 'if' && args.length) {
      args = [...args];
      args[0] = args[0].replace(/^\(/, '');
      args[args.length - 1] = args[args.length - 1].replace(/\)$/, '');
      args = args.filter((a, i) => a !== '' || (i !== 0 && i !== args.length - 1));
    }
    const out: ParsedStatement = { directive: s.name, line: lineOf(s.nameStart), args };
    const targets = includeTargets.get(s);
    if (s.name === 'include') out.includes = (targets ?? []).sort().map((t) => index.get(t)!).filter((i) => i !== undefined);
    if (s.block) out.block = s.block.map(convert);
    return out;
  };
  return list.map(convert);
}

/** 1-based line of an offset, for offsets asked in increasing order mostly (binary search on line starts). */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
