/**
 * Fuzz of the whole check: checkDocument for each language on mutated corpus
 * files, generated documents and fragment soup (as the seed file at its place
 * in its fixture tree, as another file of the language, or untitled), and
 * checkWorkspace on a temporary copy of a fixture workspace with some files
 * mutated on disk. For each input: no exception escapes; every finding's
 * range, fix edit ranges and related ranges lie inside their file's text; a
 * second check (with fresh models) gives the same findings; one check takes
 * less than FUZZ_BUDGET_MS. Rule exceptions the engine contains (logged, the
 * other rules go on) are collected and shown as diagnostics; FUZZ_STRICT=1
 * makes them failures. See fuzzSupport.ts for FUZZ_RUNS / FUZZ_SECONDS / FUZZ_SEED.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../server/src/engine/checkDocument';
import { checkWorkspace } from '../../server/src/engine/checkWorkspace';
import type { Finding } from '../../server/src/engine/finding';
import { RULE_IDS } from '../../server/src/rules';
import { decodeText } from '../../server/src/workspace/walk';
import { loadSettingsFile, type Settings } from '../../server/src/workspace/settings';
import type { FileLanguage } from '../../server/src/workspace/fileKind';
import { fixturesRoot, projectRoot } from '../support/paths';
import {
  applyByteMutation,
  byteMutation,
  corpusOf,
  describeInput,
  fuzzInput,
  inputText,
  LANGUAGES,
  type ByteMutation,
  type FuzzInput,
  type InputOptions,
} from './arbitraries';
import { assertRangesInside, assertSameResult, fuzzParameters, Timing } from './fuzzSupport';

/** This file's part of FUZZ_SECONDS (parsers.fuzz.test.ts has the rest): checkDocument 0.45, checkWorkspace 0.25. */
const DOCUMENT_SHARE = 0.45;
const WORKSPACE_SHARE = 0.25;
const STRICT = !!process.env.FUZZ_STRICT;

const LIMITS: InputOptions = { maxMutations: 6, maxBytes: 512 << 10, hugeLength: 256 << 10, nestDepth: 5_000, textMutations: true };

const VS_CODE_LANGUAGE_ID: Record<FileLanguage, string> = { 'tomcat-xml': 'xml', nginx: 'nginx', httpd: 'apacheconf', modjk: 'modjk-workers' };

/** Rule exceptions seen (rule and first line of the message → an input that caused it). */
const ruleFailures = new Map<string, string>();

function logger(input: () => string): { log: (m: string) => void; failures: string[] } {
  const failures: string[] = [];
  return {
    failures,
    log: (m: string) => {
      failures.push(m);
      const key = m.split('\n')[0].replace(/ on \S+:/, ':');
      if (!ruleFailures.has(key)) ruleFailures.set(key, input());
    },
  };
}

/** A file's text by URI: the document's own text for its URI, else the file on disk (decoded as the checker decodes it). */
function textOnDisk(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return decodeText(fs.readFileSync(fileURLToPath(uri)));
  } catch {
    return undefined;
  }
}

function reportRuleFailures(t: { diagnostic: (m: string) => void }): void {
  for (const [failure, input] of ruleFailures) t.diagnostic(`rule exception (contained by the engine): ${failure.slice(0, 500)} — input: ${input}`);
}

for (const language of LANGUAGES) {
  test(`fuzz: checkDocument (${language}) never throws, keeps ranges inside the document, is deterministic and fast`, (t) => {
    const timing = new Timing();
    ruleFailures.clear();
    const places = corpusOf(language).map((f) => f.path);
    // Where the document is: its seed's own place, another file of the language in the fixture trees, or untitled.
    const place = fc.oneof(fc.constant('seed'), fc.constantFrom(...places), fc.constant('untitled:Untitled-1'));
    fc.assert(
      fc.property(fuzzInput(language, LIMITS), place, (input: FuzzInput, where: string) => {
        const text = inputText(input);
        const uri = where === 'seed' ? (input.seedPath ? pathToFileURL(input.seedPath).href : 'untitled:Untitled-1') : where.startsWith('untitled:') ? where : pathToFileURL(where).href;
        const label = (): string => `checkDocument on ${text.length} chars at ${uri}: ${describeInput(input)}`;
        const document = TextDocument.create(uri, VS_CODE_LANGUAGE_ID[language], 1, text);
        const runs: Finding[][] = [];
        for (let k = 0; k < 2; k++) {
          const { log, failures } = logger(label);
          runs.push(timing.measure(label, () => checkDocument(document, language, { log })));
          if (STRICT && failures.length > 0) throw new Error(`a rule threw: ${failures[0]}`);
        }
        assertRangesInside(runs[0], (u) => (u === uri ? text : textOnDisk(u)));
        assertSameResult(runs[0], runs[1], `checkDocument ${language}`);
      }),
      fuzzParameters(DOCUMENT_SHARE / LANGUAGES.length, 40),
    );
    t.diagnostic(timing.summary());
    reportRuleFailures(t);
  });
}

// ---------------------------------------------------------------------------
// The workspace

/** Fixture workspaces: the examples, each cluster and seed fixture, the other fixture folders. */
function workspaces(): string[] {
  const subdirs = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => path.join(dir, e.name))
          .sort()
      : [];
  const nested = new Set([path.join(fixturesRoot, 'clusters'), path.join(fixturesRoot, 'seeds')]);
  return [
    path.join(projectRoot, 'examples'),
    ...[...nested].flatMap(subdirs),
    ...subdirs(fixturesRoot).filter((d) => !nested.has(d)),
  ];
}

const CONFIG_FILE = /\.(xml|conf|properties|types|htaccess|default)$/;

function configFiles(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && CONFIG_FILE.test(e.name)) out.push(path.relative(root, p));
    }
  }
  return out.sort();
}

interface WorkspaceInput {
  root: string;
  edits: { file: number; mutations: ByteMutation[] }[];
}

const WORKSPACE_LIMITS: InputOptions = { maxMutations: 5, maxBytes: 256 << 10, hugeLength: 128 << 10, nestDepth: 3_000, textMutations: false };
const MAX_FILE_BYTES = WORKSPACE_LIMITS.maxBytes;

test('fuzz: checkWorkspace on a mutated fixture workspace never throws, keeps ranges inside the files, is deterministic and fast', (t) => {
  const timing = new Timing();
  ruleFailures.clear();
  const roots = workspaces();
  const filesOf = new Map(roots.map((r) => [r, configFiles(r)]));
  const input: fc.Arbitrary<WorkspaceInput> = fc.record({
    root: fc.constantFrom(...roots.filter((r) => filesOf.get(r)!.length > 0)),
    edits: fc.array(fc.record({ file: fc.nat(), mutations: fc.array(byteMutation(WORKSPACE_LIMITS), { minLength: 1, maxLength: WORKSPACE_LIMITS.maxMutations }) }), { minLength: 1, maxLength: 3 }),
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tomcat-cluster-fuzz-'));
  try {
    fc.assert(
      fc.property(input, (ws: WorkspaceInput) => {
        const dir = path.join(tmp, 'ws');
        fs.rmSync(dir, { recursive: true, force: true });
        fs.cpSync(ws.root, dir, { recursive: true });
        const files = filesOf.get(ws.root)!;
        const edited: string[] = [];
        for (const edit of ws.edits) {
          const rel = files[edit.file % files.length];
          const file = path.join(dir, rel);
          let bytes: Buffer = fs.readFileSync(file);
          for (const m of edit.mutations) {
            const next = applyByteMutation(bytes, m);
            if (next.length <= MAX_FILE_BYTES) bytes = next;
          }
          fs.writeFileSync(file, bytes);
          edited.push(`${rel} ${JSON.stringify(edit.mutations).slice(0, 300)}`);
        }
        const name = path.relative(projectRoot, ws.root);
        const label = (): string => `checkWorkspace on ${name}, mutated: ${edited.join('; ')}`;
        let settings: Settings = {};
        const settingsFile = path.join(dir, '.tomcat-cluster.json');
        if (fs.existsSync(settingsFile)) settings = loadSettingsFile(settingsFile, RULE_IDS);
        const runs: Finding[][] = [];
        for (let k = 0; k < 2; k++) {
          const { log, failures } = logger(label);
          // Fresh options each time: the settings object is the only thing shared.
          const result = timing.measure(label, () => checkWorkspace([dir], { settings: structuredClone(settings), settingsDir: dir, log }));
          runs.push(result.findings);
          if (STRICT && failures.length > 0) throw new Error(`a rule threw: ${failures[0]}`);
        }
        assertRangesInside(runs[0], textOnDisk);
        assertSameResult(runs[0], runs[1], 'checkWorkspace');
      }),
      fuzzParameters(WORKSPACE_SHARE, 15),
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  t.diagnostic(timing.summary());
  reportRuleFailures(t);
});
