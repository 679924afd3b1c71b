/** Completion at a `|` marker: the entries the feature offers there, in editor terms. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogueCompletions, completions } from '../../../../server/src/features/completion';
import type { CompletionEntry, FeatureContext } from '../../../../server/src/features/featureContext';
import type { FileLanguage } from '../../../../server/src/workspace/fileKind';

export const CURSOR = '|';

/** The text without its `|` marker, and the marker's offset. */
export function atCursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the text has no | marker');
  assert.equal(textWithCursor.indexOf(CURSOR, offset + 1), -1, 'the text has more than one | marker');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}

export function contextAt(language: FileLanguage, textWithCursor: string, extra: Partial<FeatureContext> = {}): FeatureContext {
  const { text, offset } = atCursor(textWithCursor);
  const uri = extra.filePath ? pathToFileURL(extra.filePath).href : 'untitled:test';
  const document = TextDocument.create(uri, language, 1, text);
  return { document, language, offset, settings: {}, ...extra };
}

/** What the catalogues offer (without the strategy snippets). */
export function complete(language: FileLanguage, textWithCursor: string, extra: Partial<FeatureContext> = {}): CompletionEntry[] {
  return catalogueCompletions(contextAt(language, textWithCursor, extra));
}

/** Everything completion offers, snippets included. */
export function completeAll(language: FileLanguage, textWithCursor: string, extra: Partial<FeatureContext> = {}): CompletionEntry[] {
  return completions(contextAt(language, textWithCursor, extra));
}

export function labels(entries: CompletionEntry[]): string[] {
  return entries.map((e) => e.label);
}

export function entry(entries: CompletionEntry[], label: string): CompletionEntry {
  const found = entries.find((e) => e.label === label);
  assert.ok(found, `no entry "${label}" among ${labels(entries).slice(0, 40).join(', ')}`);
  return found;
}

/** Asserts every `offered` label is there and no `notOffered` one is. */
export function assertOffers(entries: CompletionEntry[], offered: string[], notOffered: string[] = []): void {
  const got = new Set(labels(entries));
  for (const l of offered) assert.ok(got.has(l), `"${l}" is not offered; offered: ${[...got].slice(0, 60).join(', ')}`);
  for (const l of notOffered) assert.ok(!got.has(l), `"${l}" is offered but should not be`);
}

/** The text an entry's replace range covers, in the text without the marker. */
export function replaced(textWithCursor: string, e: CompletionEntry): string {
  const { text } = atCursor(textWithCursor);
  assert.ok(e.replace, `entry "${e.label}" has no replace range`);
  return text.slice(e.replace.start, e.replace.end);
}

/** A temporary folder with these files (relative paths → text); removed when the process exits. */
export function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'completion-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return root;
}
