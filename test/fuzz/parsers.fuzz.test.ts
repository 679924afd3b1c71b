/**
 * Fuzz of the four parsers (XML, nginx, httpd, mod_jk workers.properties) on
 * mutated corpus files, generated documents and fragment soup, whatever the
 * input's language. For each input: the parser does not throw; every offset
 * of the result (nodes, arguments, comments, errors and their related
 * locations) is an integer within the text and each start ≤ end pair is
 * ordered; a second parse gives the same result; one parse takes less than
 * FUZZ_BUDGET_MS. See fuzzSupport.ts for FUZZ_RUNS / FUZZ_SECONDS / FUZZ_SEED.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { parseNginxText } from '../../server/src/model/nginx/nginxConfig';
import { parseHttpd } from '../../server/src/syntax/httpd/httpdParser';
import { parseWorkers } from '../../server/src/syntax/modjk/workersParser';
import { parseNginx } from '../../server/src/syntax/nginx/nginxParser';
import { parseXml } from '../../server/src/syntax/xml/xmlDocument';
import type { FileLanguage } from '../../server/src/workspace/fileKind';
import { describeInput, fuzzInput, inputText, type FuzzInput, type InputOptions } from './arbitraries';
import { assertOffsetsInside, assertSameResult, fuzzParameters, Timing } from './fuzzSupport';

/** This file's part of FUZZ_SECONDS (check.fuzz.test.ts has the rest). */
const FILE_SHARE = 0.3;

const LIMITS: InputOptions = { maxMutations: 8, maxBytes: 2 << 20, hugeLength: 1 << 20, nestDepth: 12_000, textMutations: true };

const PARSERS: { name: string; language: FileLanguage; parse: (text: string) => unknown }[] = [
  { name: 'parseXml', language: 'tomcat-xml', parse: parseXml },
  { name: 'parseNginx (parseNginxText)', language: 'nginx', parse: parseNginxText },
  { name: 'parseNginx (every word a directive)', language: 'nginx', parse: (text) => parseNginx(text, () => true) },
  { name: 'parseHttpd', language: 'httpd', parse: parseHttpd },
  { name: 'parseWorkers', language: 'modjk', parse: parseWorkers },
];

for (const parser of PARSERS) {
  test(`fuzz: ${parser.name} never throws, keeps offsets inside the text, is deterministic and fast`, (t) => {
    const timing = new Timing();
    // Mostly the parser's own language, sometimes any other.
    const input = fc.oneof({ arbitrary: fuzzInput(parser.language, LIMITS), weight: 3 }, { arbitrary: fuzzInput(undefined, LIMITS), weight: 1 });
    fc.assert(
      fc.property(input, (fuzz: FuzzInput) => {
        const text = inputText(fuzz);
        const label = (): string => `${parser.name} on ${text.length} chars: ${describeInput(fuzz)}`;
        const first = timing.measure(label, () => parser.parse(text));
        const second = timing.measure(label, () => parser.parse(text));
        assertOffsetsInside(first, text.length, parser.name);
        assertSameResult(first, second, parser.name);
      }),
      fuzzParameters(FILE_SHARE / PARSERS.length, 100),
    );
    t.diagnostic(timing.summary());
  });
}
