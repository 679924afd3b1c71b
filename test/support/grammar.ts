/** Tokenizes text with one of the project's TextMate grammars, as VS Code does (vscode-textmate + oniguruma). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { projectRoot } from './paths';

let registry: vsctm.Registry | undefined;

async function getRegistry(): Promise<vsctm.Registry> {
  if (registry) return registry;
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const files: Record<string, string> = {
    'source.nginx': 'syntaxes/nginx.tmLanguage.json',
    'source.apacheconf': 'syntaxes/apacheconf.tmLanguage.json',
    'source.modjk-workers': 'syntaxes/workers-properties.tmLanguage.json',
  };
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      if (!file || !fs.existsSync(path.join(projectRoot, file))) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(path.join(projectRoot, file), 'utf8'), path.join(projectRoot, file));
    },
  });
  return registry;
}

export interface ScopedToken {
  text: string;
  scopes: string[];
}

/** Each line's tokens with their scope stacks. */
export async function tokenize(scopeName: string, text: string): Promise<ScopedToken[][]> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The innermost scope of the first token whose text is exactly `text` (on the given line, or anywhere). */
export function scopeOf(lines: ScopedToken[][], text: string, line?: number): string {
  const pool = line === undefined ? lines.flat() : lines[line];
  const token = pool.find((t) => t.text === text || t.text.trim() === text);
  if (!token) throw new Error(`no token "${text}" in ${JSON.stringify(pool.map((t) => t.text))}`);
  return token.scopes[token.scopes.length - 1];
}
