/**
 * The editing features over the protocol: completion (snippets included),
 * hover, outline, go-to-definition, and the snippet list the client's
 * "Insert Session Strategy…" command picks from. The features speak in
 * offsets and markdown; this file converts to and from LSP.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type DocumentLink,
  type DocumentSymbol,
  type Location,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import { completions } from '../features/completion';
import { definition } from '../features/definition';
import { documentLinks } from '../features/documentLinks';
import { references } from '../features/references';
import { hover } from '../features/hover';
import { documentSymbols } from '../features/symbols';
import { STRATEGY_SNIPPETS } from '../features/snippets';
import type { CompletionKind, FeatureContext, SymbolEntry, SymbolKind as FeatureSymbolKind } from '../features/featureContext';
import { documentLanguage } from './documentLanguage';

export const SNIPPETS_COMMAND = 'tomcatCluster.server.sessionStrategies';

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  element: CompletionItemKind.Class,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  class: CompletionItemKind.Class,
  directive: CompletionItemKind.Keyword,
  variable: CompletionItemKind.Variable,
  snippet: CompletionItemKind.Snippet,
  reference: CompletionItemKind.Reference,
  parameter: CompletionItemKind.Property,
  keyword: CompletionItemKind.Keyword,
};

const SYMBOL_KINDS: Record<FeatureSymbolKind, SymbolKind> = {
  element: SymbolKind.Object,
  block: SymbolKind.Namespace,
  directive: SymbolKind.Property,
  section: SymbolKind.Namespace,
  upstream: SymbolKind.Module,
  balancer: SymbolKind.Module,
  worker: SymbolKind.Class,
  server: SymbolKind.Object,
  location: SymbolKind.Field,
  host: SymbolKind.Object,
  context: SymbolKind.Package,
  cluster: SymbolKind.Module,
};

export interface EditingModels {
  context(document: TextDocument, offset: number): FeatureContext | undefined;
  log(message: string): void;
}

export function registerEditingFeatures(connection: Connection, documents: TextDocuments<TextDocument>, models: EditingModels): void {
  const contextAt = (uri: string, position: { line: number; character: number }): FeatureContext | undefined => {
    const document = documents.get(uri);
    if (!document || !documentLanguage(document)) return undefined;
    return models.context(document, document.offsetAt(position));
  };
  // A feature that throws is logged; the editor gets nothing rather than an error.
  const guarded = <T>(name: string, f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      models.log(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };

  connection.onCompletion((params): CompletionItem[] =>
    guarded('completion', () => {
      const ctx = contextAt(params.textDocument.uri, params.position);
      if (!ctx) return [];
      const document = ctx.document;
      return completions(ctx).map((entry, i) => {
        const replace = entry.replace ?? wordAt(document.getText(), ctx.offset);
        return {
          label: entry.label,
          kind: COMPLETION_KINDS[entry.kind],
          detail: entry.detail,
          documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
          insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range: { start: document.positionAt(replace.start), end: document.positionAt(replace.end) }, newText: entry.insertText ?? entry.label },
          sortText: entry.sortText ?? String(i).padStart(5, '0'),
        };
      });
    }, []),
  );

  connection.onHover((params) =>
    guarded('hover', () => {
      const ctx = contextAt(params.textDocument.uri, params.position);
      const result = ctx && hover(ctx);
      if (!ctx || !result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: { start: ctx.document.positionAt(result.start), end: ctx.document.positionAt(result.end) },
      };
    }, null),
  );

  connection.onDocumentSymbol((params): DocumentSymbol[] =>
    guarded('documentSymbol', () => {
      const document = documents.get(params.textDocument.uri);
      const language = document && documentLanguage(document);
      if (!document || !language) return [];
      const convert = (s: SymbolEntry): DocumentSymbol => ({
        name: s.name || '(unnamed)',
        detail: s.detail,
        kind: SYMBOL_KINDS[s.kind],
        range: { start: document.positionAt(s.start), end: document.positionAt(s.end) },
        selectionRange: { start: document.positionAt(s.selectionStart), end: document.positionAt(s.selectionEnd) },
        children: s.children.map(convert),
      });
      return documentSymbols(document, language).map(convert);
    }, []),
  );

  const toLocation = (ctx: FeatureContext, target: { path: string; start: number; end: number }): Location => {
    // A target in the document itself may come without a path (a document that is no file).
    const uri = target.path === '' || target.path === ctx.filePath ? ctx.document.uri : pathToFileURL(target.path).href;
    const text = documents.get(uri)?.getText() ?? readText(target.path);
    return { uri, range: { start: positionAt(text, target.start), end: positionAt(text, target.end) } };
  };

  connection.onDefinition((params): Location[] =>
    guarded('definition', () => {
      const ctx = contextAt(params.textDocument.uri, params.position);
      return ctx ? definition(ctx).map((t) => toLocation(ctx, t)) : [];
    }, []),
  );

  connection.onReferences((params): Location[] =>
    guarded('references', () => {
      const ctx = contextAt(params.textDocument.uri, params.position);
      return ctx ? references(ctx, params.context.includeDeclaration).map((t) => toLocation(ctx, t)) : [];
    }, []),
  );

  connection.onDocumentLinks((params): DocumentLink[] =>
    guarded('documentLinks', () => {
      const ctx = contextAt(params.textDocument.uri, { line: 0, character: 0 });
      if (!ctx) return [];
      return documentLinks(ctx.document, ctx.language, ctx.filePath, ctx).map((link) => ({
        range: { start: ctx.document.positionAt(link.start), end: ctx.document.positionAt(link.end) },
        target: pathToFileURL(link.target).href,
      }));
    }, []),
  );
}

/** What the client's "Insert Session Strategy…" picker shows: every snippet, with where it goes. */
export function sessionStrategies(): { id: string; label: string; strategy: string; description: string; language: string; fileRole: string; context: string[]; insert: string; body: string }[] {
  return STRATEGY_SNIPPETS.map((s) => ({
    id: s.id,
    label: s.label,
    strategy: s.strategy,
    description: s.description,
    language: s.language,
    fileRole: s.fileRole,
    context: s.context,
    insert: s.insert,
    body: s.body,
  }));
}

function wordAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && /[\w.$:-]/.test(text[start - 1])) start--;
  return { start, end: offset };
}

function readText(filePath: string): string {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch {
    return '';
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

