/**
 * What the fuzz properties share: how many runs or seconds (FUZZ_RUNS,
 * FUZZ_SECONDS, FUZZ_SEED, FUZZ_PATH, FUZZ_BUDGET_MS), the per-input time
 * budget with the slowest input remembered, and the invariants on ranges,
 * offsets and determinism.
 *
 *   short run (npm test): each property's own small run count, or FUZZ_RUNS
 *     runs per property; about 10-15 s for the whole suite.
 *   long run (npm run fuzz, FUZZ_SECONDS=600 by default): FUZZ_SECONDS in
 *     total, split between the files and their properties by weight (so the
 *     files can run in parallel or in sequence and the whole stays within
 *     FUZZ_SECONDS, plus the last input and any shrinking).
 *   a failure prints fast-check's seed and path; replay it with
 *     FUZZ_SEED=<seed> FUZZ_PATH=<path> node --test --test-name-pattern '<property>' out/test/fuzz/
 *   FUZZ_BUDGET_MS (default 2000): the most one run of one input may take.
 *   FUZZ_HANG_MS (default 60000): a watchdog prints the input and kills the process after this.
 *   FUZZ_TRACE=1: each input is described on stderr before it runs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { Finding, Range } from '../../server/src/engine/finding';

/** A number from the environment; only a seed may be negative (fast-check prints negative seeds). */
function envNumber(name: string, signed = false): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || (!signed && n < 0)) throw new Error(`${name}=${raw} is not ${signed ? 'a number' : 'a number of 0 or more'}`);
  return n;
}

/** Longest one input may take (each run of it, measured separately). */
export const BUDGET_MS = envNumber('FUZZ_BUDGET_MS') ?? 2000;
/** An input still running after this long is a hang: the watchdog prints it and kills the test process. */
const HANG_MS = envNumber('FUZZ_HANG_MS') ?? Math.max(60_000, 10 * BUDGET_MS);
const RUNS = envNumber('FUZZ_RUNS');
const SECONDS = envNumber('FUZZ_SECONDS');
const SEED = envNumber('FUZZ_SEED', true);
const PATH = process.env.FUZZ_PATH;
/** FUZZ_TRACE=1: each input's description goes to stderr before it runs (to find the one that hangs). */
const TRACE = !!process.env.FUZZ_TRACE;

/** Whether this is the long, time-limited run. */
export const LONG_RUN = SECONDS !== undefined && SECONDS > 0;

/**
 * fast-check parameters of one property. `share` is the property's fraction
 * of FUZZ_SECONDS (the shares of all properties of all files add up to 1);
 * `shortRuns` is its run count in the short run (FUZZ_RUNS overrides it).
 */
export function fuzzParameters<T>(share: number, shortRuns: number): fc.Parameters<T> {
  // The seed is chosen here, not by fast-check, so that the watchdog can print it with a hanging input.
  const seed = SEED ?? (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0;
  currentSeed = seed;
  const replay: fc.Parameters<T> = { seed, ...(SEED !== undefined && PATH ? { path: PATH } : {}) };
  if (LONG_RUN) {
    return {
      ...replay,
      numRuns: RUNS ?? Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: Math.max(1000, Math.floor(SECONDS! * 1000 * share)),
      markInterruptAsFailure: false,
    };
  }
  return {
    ...replay,
    numRuns: RUNS !== undefined ? Math.max(1, Math.round(RUNS)) : shortRuns,
    // Only shrinking a slow counterexample can take this long; the failure is reported all the same.
    interruptAfterTimeLimit: 120_000,
    markInterruptAsFailure: false,
  };
}

let currentSeed = 0;

// ---------------------------------------------------------------------------
// The watchdog: a synchronous parse or check that never returns cannot be
// timed from its own thread; a worker watches a shared clock and label.

const shared = new SharedArrayBuffer(16 + 4096);
const clock = new Float64Array(shared, 0, 2);
const labelBytes = new Uint8Array(shared, 16);
let watchdog: Worker | undefined;

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const clock = new Float64Array(workerData, 0, 2);
const label = new Uint8Array(workerData, 16);
setInterval(() => {
  const started = clock[0];
  if (started > 0 && Date.now() - started > clock[1]) {
    const end = label.indexOf(0);
    const text = Buffer.from(label.slice(0, end < 0 ? label.length : end)).toString('utf8');
    fs.writeSync(2, 'fuzz: HANG: one input has run for more than ' + clock[1] + ' ms; killing the test process. ' + text + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 250);
`;

function watch(label: string): void {
  if (!watchdog) {
    clock[1] = HANG_MS;
    watchdog = new Worker(WATCHDOG, { eval: true, workerData: shared });
    watchdog.unref();
  }
  labelBytes.fill(0);
  const encoded = Buffer.from(`fast-check seed ${currentSeed}: ${label}`, 'utf8');
  labelBytes.set(encoded.subarray(0, labelBytes.length - 1));
  clock[0] = Date.now();
}

// ---------------------------------------------------------------------------
// Time

export class Timing {
  slowest = { ms: 0, label: '' };
  inputs = 0;
  total = 0;

  /** Runs `f`, fails when it takes more than the budget, remembers the slowest. */
  measure<T>(label: () => string, f: () => T): T {
    const text = label();
    if (TRACE) fs.writeSync(2, `fuzz input: ${text}\n`);
    watch(text);
    const start = performance.now();
    let result: T;
    try {
      result = f();
    } finally {
      clock[0] = 0;
    }
    const ms = performance.now() - start;
    this.inputs++;
    this.total += ms;
    if (ms > this.slowest.ms) this.slowest = { ms, label: text };
    if (ms > BUDGET_MS) throw new Error(`one input took ${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms): ${text}`);
    return result;
  }

  summary(): string {
    return `${this.inputs} measured runs, ${this.total.toFixed(0)} ms in all; slowest ${this.slowest.ms.toFixed(1)} ms: ${this.slowest.label}`;
  }
}

// ---------------------------------------------------------------------------
// Positions

/** Lengths of the lines of a text, split as LSP and TextDocument split them (\r\n, \r, \n). */
export function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

function positionProblem(p: { line: number; character: number } | undefined, lines: number[]): string | undefined {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character)) return `not a position: ${JSON.stringify(p)}`;
  if (p.line < 0 || p.line >= lines.length) return `line ${p.line} outside 0..${lines.length - 1}`;
  if (p.character < 0 || p.character > lines[p.line]) return `character ${p.character} outside line ${p.line} (length ${lines[p.line]})`;
  return undefined;
}

/** Undefined when the range lies inside the text (start ≤ end, both on existing lines within their length); else what is wrong. */
export function rangeProblem(range: Range | undefined, lines: number[]): string | undefined {
  if (!range) return 'no range';
  const problem = positionProblem(range.start, lines) ?? positionProblem(range.end, lines);
  if (problem) return problem;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return 'start after end';
  return undefined;
}

/**
 * Every finding's range, fix edit ranges and related ranges lie inside the
 * text of their file. `textOf` gives a file's text by URI (undefined: unknown
 * file, not checked).
 */
export function assertRangesInside(findings: Finding[], textOf: (uri: string) => string | undefined): void {
  const lineCache = new Map<string, number[] | undefined>();
  const linesOf = (uri: string): number[] | undefined => {
    if (!lineCache.has(uri)) {
      const text = textOf(uri);
      lineCache.set(uri, text === undefined ? undefined : lineLengths(text));
    }
    return lineCache.get(uri);
  };
  for (const f of findings) {
    const where = (what: string, uri: string, range: Range, problem: string): string =>
      `${what} of ${f.code} "${f.message.slice(0, 200)}" in ${uri} at ${JSON.stringify(range)}: ${problem}`;
    const own = linesOf(f.uri);
    if (own) {
      const p = rangeProblem(f.range, own);
      if (p) assert.fail(where('range', f.uri, f.range, p));
      for (const e of f.fix?.edits ?? []) {
        const q = rangeProblem(e.range, own);
        if (q) assert.fail(where('fix edit range', f.uri, e.range, q));
      }
    }
    for (const r of f.related ?? []) {
      const lines = linesOf(r.uri);
      if (!lines) continue;
      const p = rangeProblem(r.range, lines);
      if (p) assert.fail(where('related range', r.uri, r.range, p));
    }
  }
}

// ---------------------------------------------------------------------------
// Trees

const OFFSET_PAIRS: readonly (readonly [string, string])[] = [
  ['start', 'end'],
  ['nameStart', 'nameEnd'],
  ['valueStart', 'valueEnd'],
  ['keyStart', 'keyEnd'],
  ['closeStart', 'closeEnd'],
  ['blockStart', 'blockEnd'],
  ['start', 'startTagEnd'],
];
/** Offsets checked for range but not ordered: an XML element never closed ends at its name (end < startTagEnd). */
const OTHER_OFFSETS = ['startTagEnd'];
const OFFSET_KEYS = new Set([...OFFSET_PAIRS.flat(), ...OTHER_OFFSETS]);

/**
 * Every offset of a parse result (any object's start/end, nameStart/nameEnd …)
 * is an integer in 0..length, and each pair is ordered. Iterative, so deep
 * trees are fine; `parent` links are not followed.
 */
export function assertOffsetsInside(tree: unknown, length: number, what: string): void {
  const stack: { value: unknown; path: string }[] = [{ value: tree, path: what }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const o = value as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (key === 'parent' || key === 'text') continue;
      const v = o[key];
      if (OFFSET_KEYS.has(key) && v !== undefined) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > length) assert.fail(`${path}.${key} = ${String(v)} is not an offset in 0..${length}`);
      } else if (v !== null && typeof v === 'object') {
        stack.push({ value: v, path: Array.isArray(o) ? `${path}[${key}]` : `${path}.${key}` });
      }
    }
    for (const [a, b] of OFFSET_PAIRS) {
      if (typeof o[a] === 'number' && typeof o[b] === 'number' && (o[a] as number) > (o[b] as number)) {
        assert.fail(`${path}: ${a} ${String(o[a])} > ${b} ${String(o[b])} (name ${JSON.stringify(o.name ?? o.key ?? o.message)})`);
      }
    }
  }
}

/** A tree as a flat list of keys and primitive values (iterative; `parent` links skipped), to compare two parses of deep trees. */
export function flatten(tree: unknown): unknown[] {
  const out: unknown[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') {
      out.push(v);
      continue;
    }
    if (Array.isArray(v)) {
      out.push('[', v.length);
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const keys = Object.keys(v).filter((k) => k !== 'parent');
    out.push('{', keys.length);
    for (let i = keys.length - 1; i >= 0; i--) stack.push((v as Record<string, unknown>)[keys[i]], keys[i]);
  }
  return out;
}

/** The two results are the same (first difference shown). */
export function assertSameResult(first: unknown, second: unknown, what: string): void {
  const a = flatten(first);
  const b = flatten(second);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!Object.is(a[i], b[i])) {
      assert.fail(`${what}: the second run differs from the first at item ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 6), i + 3))} vs ${JSON.stringify(b.slice(Math.max(0, i - 6), i + 3))}`);
    }
  }
}
