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
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiskFileSource } from '../workspace/fileSource';
import { pathToFileURL } from 'node:url';
import { completions } from '../features/completion';
import { definition } from '../features/definition';
import { documentLinks } from '../features/documentLinks';
import { references } from '../features/references';
import { hover } from '../features/hover';
import { documentSymbols } from '../features/symbols';
import { STRATEGY_SNIPPETS, type StrategySnippet } from '../features/snippets';
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

  const diskFiles = new DiskFileSource();
  const toLocation = (ctx: FeatureContext, target: { path: string; start: number; end: number }): Location => {
    // A target in the document itself may come without a path (a document that is no file).
    const uri = target.path === '' || target.path === ctx.filePath ? ctx.document.uri : pathToFileURL(target.path).href;
    // The open document's text, else the file's (a target in a file the editor has not opened).
    const shown = documents.get(uri) ?? TextDocument.create(uri, '', 0, diskFiles.readText(target.path) ?? '');
    return { uri, range: { start: shown.positionAt(target.start), end: shown.positionAt(target.end) } };
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
/** The strategy snippets for the client's "Insert Session Strategy…" picker, as the catalogue has them. */
export function sessionStrategies(): readonly StrategySnippet[] {
  return STRATEGY_SNIPPETS;
}

function wordAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && /[\w.$:-]/.test(text[start - 1])) start--;
  return { start, end: offset };
}


