/**
 * Runs the rules of one file's language over its parsed tree. A rule that
 * throws is contained: logged, and the other rules' findings are kept.
 * Semantic rules run only on a well-formed tree: on a half-typed document the
 * syntax error is the finding (the language server keeps the last good
 * semantic findings meanwhile).
 */
import { filePathOf } from '../workspace/fileUri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TOMCAT_CATALOGUE } from '../model/tomcat/catalogue';
import type { TomcatApp, TomcatNode } from '../model/tomcat/node';
import { TomcatNodes } from '../model/tomcat/nodes';
import { tomcatFileInfo } from '../model/tomcat/tomcatFiles';
import { DEFAULT_RULES, type RuleSet } from '../rules';
import type { FileRule, FileRuleContext, HttpdRuleContext, NginxRuleContext, OffsetReport, TomcatRuleContext } from '../rules/rule';
import { collectBalancers, type HttpdBalancers } from '../model/httpd/balancers';
import * as path from 'node:path';
import { HttpdConfigs, loadHttpdConfig, type HttpdConfig } from '../model/httpd/httpdConfig';
import { parseHttpd, type HttpdFile } from '../syntax/httpd/httpdParser';
import { parseWorkers } from '../syntax/modjk/workersParser';
import { allowedIn, contextOf, isKnownDirective } from '../model/nginx/directives';
import { parseNginxText } from '../model/nginx/nginxConfig';
import { NginxConfigs } from '../model/nginx/nginxConfigs';
import type { NginxFile } from '../syntax/nginx/nginxParser';
import { parseXml, type XmlDocument } from '../syntax/xml/xmlDocument';
import { XML_TREES } from '../syntax/xml/xmlTrees';
import type { FileLanguage } from '../workspace/fileKind';
import { DiskFileSource } from '../workspace/fileSource';
import { effectiveSeverity, maxFileSizeBytes, type Settings } from '../workspace/settings';
import { largeFile } from '../rules/workspace/large-file';
import type { Finding } from './finding';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface CheckOptions {
  settings?: Settings;
  /** Folder of the settings file; node keys in `settings.nodes` are relative to it. */
  settingsDir?: string;
  rules?: RuleSet;
  /** The workspace's nodes (shared across files); a private one is made when absent. */
  nodes?: TomcatNodes;
  /** The workspace's httpd configurations (shared across files); a private one is made when absent. */
  httpdConfigs?: HttpdConfigs;
  /** The workspace's nginx configurations (shared across files); a private one is made when absent. */
  nginxConfigs?: NginxConfigs;
  /** Session cookie names the workspace's backends set (lower case), or undefined when no backend is known. */
  backendCookies?: () => Set<string> | undefined;
  /** Where a rule's exception goes; the check itself goes on. */
  log?: (message: string) => void;
  /** Checked between rules; when it says yes the check stops with CancelledError. */
  isCancelled?: () => boolean;
}

export interface DocumentCheck {
  findings: Finding[];
  /** False when the file has syntax errors, so its semantic rules did not run. */
  wellFormed: boolean;
  /** True when the file is above the size limit: its syntax rules alone ran (and workspace/large-file says so). */
  syntaxOnly?: boolean;
}

export function checkDocument(document: TextDocument, language: FileLanguage, options: CheckOptions = {}): Finding[] {
  return checkDocumentDetailed(document, language, options).findings;
}

export function checkDocumentDetailed(document: TextDocument, language: FileLanguage, options: CheckOptions = {}): DocumentCheck {
  const rules = options.rules ?? DEFAULT_RULES;
  const limitBytes = maxFileSizeBytes(options.settings ?? {});
  const sizeBytes = documentBytes(document.getText(), limitBytes);
  if (sizeBytes > limitBytes) return checkSyntaxOnly(document, language, rules, options, sizeBytes, limitBytes);
  switch (language) {
    case 'tomcat-xml': {
      const tree = XML_TREES.tree(filePathOf(document.uri) ?? document.uri, document.getText());
      const context = tomcatContext(document, tree, options);
      const wellFormed = tree.errors.length === 0;
      const findings = runRules(document, context, rules.xml, options);
      // A loop, not push(...): some 130,000 findings as arguments overflow the stack.
      if (wellFormed) for (const f of runRules(document, context, rules.tomcat, options)) findings.push(f);
      return { findings, wellFormed };
    }
    case 'nginx': {
      const findings = runRules(document, nginxContext(document, options), rules.nginx, options);
      // nginx rules run on the recovered tree even with syntax errors: nothing to keep from an earlier version.
      return { findings: dedupe(findings), wellFormed: true };
    }
    case 'httpd': {
      // httpd rules run on the recovered tree, like nginx's.
      return { findings: runRules(document, httpdContext(document, options), rules.httpd, options), wellFormed: true };
    }
    case 'modjk': {
      const tree = parseWorkers(document.getText());
      const filePath = filePathOf(document.uri) ?? document.uri;
      return { findings: runRules(document, { document, tree, filePath }, rules.modjk, options), wellFormed: true };
    }
  }
}

/**
 * A file above the size limit: its syntax rules, on contexts that read no other
 * file and build no model, plus the notice that nothing else was checked. Its
 * tree is not kept in the shared XML cache (no copy of a large file is held).
 */
function checkSyntaxOnly(document: TextDocument, language: FileLanguage, rules: RuleSet, options: CheckOptions, sizeBytes: number, limitBytes: number): DocumentCheck {
  const text = document.getText();
  const filePath = filePathOf(document.uri) ?? document.uri;
  const settings = options.settings ?? {};
  const syntax = <R extends { meta: { syntax?: true } }>(list: R[]): R[] => list.filter((r) => r.meta.syntax);
  let findings: Finding[];
  switch (language) {
    case 'tomcat-xml': {
      const tree = parseXml(text);
      const context = { document, tree, file: tomcatFileInfo(filePath), filePath, node: () => undefined, app: () => undefined, catalogue: TOMCAT_CATALOGUE, settings };
      findings = runRules(document, context, syntax([...rules.xml, ...rules.tomcat]), options);
      break;
    }
    case 'nginx': {
      const tree = parseNginxText(text);
      const context = { document, tree, filePath, inclusionContexts: [standaloneContext(tree)], configs: [], settings, backendCookies: () => undefined };
      findings = dedupe(runRules(document, context, syntax(rules.nginx), options));
      break;
    }
    case 'httpd': {
      const tree = parseHttpd(text);
      const context = { document, tree, filePath, configs: [], settings, balancers: () => collectBalancers(new Map([[filePath, tree]])), loadedModules: () => undefined };
      findings = runRules(document, context, syntax(rules.httpd), options);
      break;
    }
    case 'modjk':
      findings = runRules(document, { document, tree: parseWorkers(text), filePath }, syntax(rules.modjk), options);
      break;
  }
  for (const f of runRules(document, { document, tree: undefined, sizeBytes, limitBytes }, [largeFile], options)) findings.push(f);
  // Well-formed or not, no semantic finding of an earlier, smaller version of the file still holds.
  return { findings, wellFormed: true, syntaxOnly: true };
}

/** The document's size in UTF-8 bytes, counted only when it may be above the limit (a character is 1 to 3 bytes). */
function documentBytes(text: string, limitBytes: number): number {
  return text.length * 3 <= limitBytes ? text.length : Buffer.byteLength(text, 'utf8');
}

function tomcatContext(document: TextDocument, tree: XmlDocument, options: CheckOptions): Omit<TomcatRuleContext, 'report'> {
  const localPath = filePathOf(document.uri);
  const filePath = localPath ?? document.uri;
  const settings = options.settings ?? {};
  const file = tomcatFileInfo(filePath);
  let nodes = options.nodes;
  let node: TomcatNode | undefined | null = null;
  const getNode = (): TomcatNode | undefined => {
    if (node === null) {
      nodes ??= new TomcatNodes(new DiskFileSource(), { settings, settingsDir: options.settingsDir });
      node = localPath !== undefined ? nodes.nodeFor(localPath) : undefined;
    }
    return node;
  };
  const getApp = (): TomcatApp | undefined => {
    if (!file?.app) return undefined;
    return getNode()?.apps.get(file.app);
  };
  return { document, tree, file, filePath, node: getNode, app: getApp, catalogue: TOMCAT_CATALOGUE, settings };
}

function nginxContext(document: TextDocument, options: CheckOptions): Omit<NginxRuleContext, 'report'> {
  const localPath = filePathOf(document.uri);
  const filePath = localPath ?? document.uri;
  const configs = options.nginxConfigs ?? new NginxConfigs(new DiskFileSource((uri) => (uri === document.uri ? document.getText() : undefined)));
  const including = localPath !== undefined ? configs.inclusionsOf(localPath) : [];
  // A configuration that includes the file has parsed this very text already: one parse of a 100,000-line file, not two.
  const text = document.getText();
  const tree = including.map((i) => i.config.files.get(filePath)).find((f) => f?.text === text) ?? parseNginxText(text);
  const contexts = new Map<string, string[]>();
  for (const { inclusions } of including) for (const i of inclusions) contexts.set(i.blocks.join('/'), i.blocks);
  return {
    document,
    tree,
    filePath,
    inclusionContexts: contexts.size > 0 ? [...contexts.values()] : [standaloneContext(tree)],
    configs: including.map((i) => i.config),
    settings: options.settings ?? {},
    backendCookies: options.backendCookies ?? (() => undefined),
  };
}

/**
 * The context of a file no main configuration includes: the outermost one in
 * which all its top-level directives are allowed (a conf.d file of upstreams
 * and servers is read as inside http, a snippet of locations inside a server).
 */
function standaloneContext(tree: NginxFile): string[] {
  const candidates = [[], ['http'], ['http', 'server'], ['http', 'server', 'location'], ['stream'], ['stream', 'server']];
  const names = tree.statements.map((s) => s.name).filter(isKnownDirective);
  return candidates.find((blocks) => names.every((n) => allowedIn(n, contextOf(blocks)))) ?? [];
}

function httpdContext(document: TextDocument, options: CheckOptions): Omit<HttpdRuleContext, 'report'> {
  const localPath = filePathOf(document.uri);
  const filePath = localPath ?? document.uri;
  const source = new DiskFileSource((uri) => (uri === document.uri ? document.getText() : undefined));
  const httpdConfigs = options.httpdConfigs ?? new HttpdConfigs(source);
  const including = localPath !== undefined ? httpdConfigs.configsOf(localPath) : [];
  // A file no main configuration includes is read as a configuration of its own (its LoadModule lines, its includes),
  // its relative Includes against the ServerRoot of a main configuration above it, if any.
  const above = including.length === 0 && localPath !== undefined ? httpdConfigs.mainsAbove(localPath)[0] : undefined;
  const configs =
    including.length > 0 || localPath === undefined
      ? including
      : [loadHttpdConfig(source, filePath, { standalone: { serverRoot: above ? resolvedServerRoot(above, source) : undefined } })];
  // A configuration that holds the file has parsed this very text already: one parse, not two.
  const text = document.getText();
  const tree = configs.map((c) => c.files.get(filePath)).find((f) => f?.text === text) ?? parseHttpd(text);
  let model: HttpdBalancers | undefined;
  return {
    document,
    tree,
    filePath,
    configs,
    settings: options.settings ?? {},
    balancers: () => {
      if (!model) {
        // The configurations' files, with this document's text for this file.
        const files = new Map<string, HttpdFile>();
        for (const c of configs) for (const [p, f] of c.files) files.set(p, f);
        files.set(filePath, tree);
        model = collectBalancers(files);
      }
      return model;
    },
    loadedModules: () => {
      const withModules = configs.filter((c) => c.hasLoadModule);
      if (withModules.length === 0) return undefined;
      return new Set(withModules.flatMap((c) => [...c.loadedModules]));
    },
  };
}

/** A main configuration's ServerRoot, or its own folder when the ServerRoot is not in the workspace (a copy of the server's files). */
function resolvedServerRoot(config: HttpdConfig, files: DiskFileSource): string {
  return files.isDirectory(config.serverRoot) ? config.serverRoot : path.dirname(config.mainPath);
}

/** The same finding reached through several inclusion contexts is one finding. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.range.start.line}:${f.range.start.character}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runRules<C extends FileRuleContext<unknown>>(
  document: TextDocument,
  base: Omit<C, 'report'>,
  rules: FileRule<C>[],
  options: CheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  const settings = options.settings ?? {};
  for (const rule of rules) {
    if (options.isCancelled?.()) throw new CancelledError();
    if (settings.rules?.[rule.meta.id] === 'off') continue;
    const report = (r: OffsetReport): void => {
      const severity = effectiveSeverity(settings, rule.meta.id, r.severity ?? rule.meta.defaultSeverity);
      if (!severity) return;
      findings.push({
        code: rule.meta.id,
        severity,
        message: r.message,
        uri: document.uri,
        range: { start: document.positionAt(r.start), end: document.positionAt(r.end) },
        related: r.related?.map((rel) =>
          rel.uri === undefined
            ? { uri: document.uri, range: { start: document.positionAt(rel.start), end: document.positionAt(rel.end) }, message: rel.message }
            : rel,
        ),
        fix: r.fix && {
          title: r.fix.title,
          edits: r.fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text })),
        },
      });
    };
    try {
      rule.check({ ...base, report } as C);
    } catch (e) {
      options.log?.(`rule ${rule.meta.id} failed on ${document.uri}: ${(e as Error).stack ?? e}`);
    }
  }
  return findings;
}
