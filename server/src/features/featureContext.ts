/**
 * What an editing feature (completion, hover, definition, symbols, snippets)
 * is given: the document, its language, the cursor offset, and the shared
 * workspace models. Features speak in editor terms (offsets, labels,
 * markdown), never in LSP types; the lsp front end converts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HttpdConfigs } from '../model/httpd/httpdConfig';
import type { NginxConfigs } from '../model/nginx/nginxConfigs';
import type { TomcatNodes } from '../model/tomcat/nodes';
import type { FileLanguage } from '../workspace/fileKind';
import type { Settings } from '../workspace/settings';

export interface FeatureContext {
  document: TextDocument;
  language: FileLanguage;
  /** The cursor, as an offset into the document's text. */
  offset: number;
  /** The file's path (documents without a file: URI have none). */
  filePath?: string;
  settings: Settings;
  nodes?: TomcatNodes;
  nginxConfigs?: NginxConfigs;
  httpdConfigs?: HttpdConfigs;
}

export type CompletionKind = 'element' | 'attribute' | 'value' | 'class' | 'directive' | 'variable' | 'snippet' | 'reference' | 'parameter' | 'keyword';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown beside the label (a syntax, a default, a class's simple name). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text inserted instead of the label; snippet syntax ($1, ${1:default}) when `snippet` is set. */
  insertText?: string;
  snippet?: boolean;
  /** The offsets the insertion replaces (default: the word at the cursor). */
  replace?: { start: number; end: number };
  sortText?: string;
}

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  /** The hovered token. */
  start: number;
  end: number;
}

export interface DefinitionTarget {
  path: string;
  start: number;
  end: number;
}

export type SymbolKind = 'element' | 'block' | 'directive' | 'section' | 'upstream' | 'balancer' | 'worker' | 'server' | 'location' | 'host' | 'context' | 'cluster';

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: SymbolKind;
  start: number;
  end: number;
  /** The part to highlight (the name). */
  selectionStart: number;
  selectionEnd: number;
  children: SymbolEntry[];
}
