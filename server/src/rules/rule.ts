/**
 * A rule: one file per rule id, ESLint-style: `meta` says what it is, `check`
 * looks at one parsed file and reports through its context.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, Severity } from '../engine/finding';
import type { FileLanguage } from '../workspace/fileKind';
import type { XmlDocument } from '../syntax/xml/xmlDocument';
import type { TomcatCatalogue } from '../model/tomcat/catalogue';
import type { TomcatApp, TomcatNode } from '../model/tomcat/node';
import type { TomcatFileInfo } from '../model/tomcat/tomcatFiles';
import type { Settings } from '../workspace/settings';
import type { NginxFile } from '../syntax/nginx/nginxParser';
import type { NginxConfig } from '../model/nginx/nginxConfig';
import type { HttpdFile } from '../syntax/httpd/httpdParser';
import type { WorkersFile } from '../syntax/modjk/workersParser';
import type { HttpdConfig } from '../model/httpd/httpdConfig';
import type { HttpdBalancers } from '../model/httpd/balancers';
import type { ClusterModel } from '../model/cluster/clusterModel';
import type { Place } from '../model/cluster/place';

export interface RuleMeta {
  /** `area/kebab-name`, a public contract: never renamed once released. */
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in SARIF and in the rule list. */
  description: string;
  /** Which kind of file the rule looks at; `workspace` for the cross-file cluster rules. */
  language: FileLanguage | 'workspace';
  /** A rule on the text's form alone: the only kind that runs on a file above the size limit. */
  syntax?: true;
}

/** Offsets into the document's text; the engine turns them into positions. */
export interface OffsetReport {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this one report (rules with two severities). */
  severity?: Severity;
  /** Other places that explain the finding: offsets in this file, or a range in another file. */
  related?: ({ uri?: undefined; start: number; end: number; message: string } | { uri: string; range: Range; message: string })[];
  /** A mechanical fix: edits in this document (offsets), offered as a quick fix. */
  fix?: OffsetFix;
}

export interface OffsetFix {
  title: string;
  edits: { start: number; end: number; text: string }[];
}

export interface FileRuleContext<Tree> {
  document: TextDocument;
  tree: Tree;
  report(report: OffsetReport): void;
}

export interface FileRule<Context> {
  meta: RuleMeta;
  check(context: Context): void;
}

/** What a rule on a Tomcat XML file can ask about: the file, its node, its app, the catalogue. */
export interface TomcatRuleContext extends FileRuleContext<XmlDocument> {
  /** The file's role (server.xml, a context file, a web.xml); undefined for an XML file of no known role. */
  file: TomcatFileInfo | undefined;
  filePath: string;
  /** The node (CATALINA_BASE) the file belongs to, loaded on first use. */
  node(): TomcatNode | undefined;
  /** The app a context file or web.xml configures. */
  app(): TomcatApp | undefined;
  catalogue: TomcatCatalogue;
  settings: Settings;
}

export type XmlRule = FileRule<TomcatRuleContext>;

/** What a rule on an nginx file can ask about: the contexts the file is read in and the configurations it belongs to. */
export interface NginxRuleContext extends FileRuleContext<NginxFile> {
  filePath: string;
  /** Block names around the file, one list per place it is included (the main file: [[]]). */
  inclusionContexts: string[][];
  /** The configurations this file is part of (its text as the editor has it). */
  configs: NginxConfig[];
  settings: Settings;
  /** Session cookies the workspace's backends set (JSESSIONID, sessionCookieName values); undefined when no backend is known. */
  backendCookies(): Set<string> | undefined;
}

export type NginxRule = FileRule<NginxRuleContext>;

/** What a rule on an httpd file can ask about: the configurations it is part of and their balancers. */
export interface HttpdRuleContext extends FileRuleContext<HttpdFile> {
  filePath: string;
  /** The configurations (main file and includes) this file is part of. */
  configs: HttpdConfig[];
  settings: Settings;
  /** Balancers, ProxyPass lines and ROUTEID recipes of the configurations (or of this file alone). */
  balancers(): HttpdBalancers;
  /** The modules LoadModule lines load, or undefined when no LoadModule line is known. */
  loadedModules(): Set<string> | undefined;
}

export type HttpdRule = FileRule<HttpdRuleContext>;

export interface ModjkRuleContext extends FileRuleContext<WorkersFile> {
  filePath: string;
}

export type ModjkRule = FileRule<ModjkRuleContext>;

/** A cross-file finding: where it is (any file of the workspace), what explains it, and a fix in that same file. */
export interface ClusterReport {
  place: Place;
  message: string;
  severity?: Severity;
  related?: { place: Place; message: string }[];
  fix?: { title: string; edits: { place: Place; text: string }[] };
}

/** What a cluster/* rule looks at: the whole workspace as one cluster. */
export interface ClusterRuleContext {
  model: ClusterModel;
  settings: Settings;
  report(report: ClusterReport): void;
}

export type ClusterRule = FileRule<ClusterRuleContext>;
