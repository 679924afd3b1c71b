/**
 * tomcat-cluster-check: the command-line front end (the only place that knows
 * argv, exit codes and output formats). Contract: ../shared/spec/design.md.
 */
import { formatHtml } from './formats/html';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../engine/checkDocument';
import { checkWorkspace } from '../engine/checkWorkspace';
import { NginxConfigs } from '../model/nginx/nginxConfigs';
import { DiskFileSource } from '../workspace/fileSource';
import { formatCrossplane } from './formats/crossplane';
import { SEVERITIES, severityRank, type Severity } from '../engine/finding';
import { RULE_IDS } from '../rules';
import { TOOL } from '../version';
import { findSettingsFile, loadSettingsFile, SettingsError, type Settings } from '../workspace/settings';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import type { CheckReport } from './report';

export const USAGE = `Usage:
  tomcat-cluster-check [path ...] [options]     check files and folders (default: .)
  tomcat-cluster-check parse FILE --format crossplane

Options:
  --format text|json|sarif|html   output format (default: text)
  --config FILE                   the workspace settings file (default: .tomcat-cluster.json found from the path upward)
  --tomcat-version X.Y            Tomcat version of nodes whose version is unknown
  --min-severity error|warning|information|hint
                                  report only findings at least this severe (default: hint)
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage or internal failure.`;

export class UsageError extends Error {}

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
type Format = (typeof FORMATS)[number];

export function run(argv: string[], io: CliIo): number {
  try {
    return runChecked(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SettingsError) {
      io.stderr(`tomcat-cluster-check: ${e.message}\n`);
      if (e instanceof UsageError) io.stderr(`Run 'tomcat-cluster-check --help' for usage.\n`);
      return 2;
    }
    io.stderr(`tomcat-cluster-check: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

function runChecked(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        'tomcat-version': { type: 'string' },
        'min-severity': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (positionals[0] === 'parse') return parseCommand(positionals.slice(1), values.format, io);

  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
  const minSeverity = (values['min-severity'] ?? 'hint') as Severity;
  if (!SEVERITIES.includes(minSeverity)) throw new UsageError(`unknown severity "${values['min-severity']}" (expected ${SEVERITIES.join(', ')})`);
  const tomcatVersion = values['tomcat-version'];
  if (tomcatVersion !== undefined && !/^\d+\.\d+$/.test(tomcatVersion)) throw new UsageError(`--tomcat-version takes a version such as 9.0, not "${tomcatVersion}"`);

  const paths = (positionals.length > 0 ? positionals : ['.']).map((p) => path.resolve(io.cwd, p));
  const root = rootOf(paths, io.cwd);
  const settingsFile = values.config ? path.resolve(io.cwd, values.config) : findSettingsFile(root);
  const settings: Settings = settingsFile ? loadSettingsFile(settingsFile, RULE_IDS) : {};
  if (tomcatVersion) settings.tomcatVersion = tomcatVersion;

  const settingsDir = settingsFile ? path.dirname(settingsFile) : root;
  const result = checkWorkspace(paths, { settings, settingsDir, log: (m) => io.stderr(`tomcat-cluster-check: ${m}\n`) });
  if (result.missing.length > 0) {
    throw new UsageError(`no such file or folder: ${result.missing.map((m) => path.relative(io.cwd, m) || m).join(', ')}`);
  }
  const findings = result.findings.filter((f) => severityRank(f.severity) <= severityRank(minSeverity));
  const report: CheckReport = { tool: { name: TOOL.name, version: TOOL.version }, root, files: result.files.map((f) => f.path), findings };
  const output =
    format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report) : format === 'html' ? formatHtml(report, result.cluster) : formatText(report);
  io.stdout(output);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** `parse FILE --format crossplane`: the nginx file and its includes as crossplane's JSON payload. */
function parseCommand(files: string[], format: string | undefined, io: CliIo): number {
  if (files.length !== 1) throw new UsageError('parse takes one nginx configuration file: tomcat-cluster-check parse FILE --format crossplane');
  if (format !== 'crossplane') throw new UsageError('parse prints only --format crossplane');
  const main = path.resolve(io.cwd, files[0]);
  const source = new DiskFileSource();
  if (!source.isFile(main)) throw new UsageError(`no such file: ${files[0]}`);
  const nginxConfigs = new NginxConfigs(source);
  const config = nginxConfigs.config(main);
  const settingsFile = findSettingsFile(path.dirname(main));
  const settings = settingsFile ? loadSettingsFile(settingsFile, RULE_IDS) : {};
  const CROSSPLANE_CHECKS = new Set(['nginx/syntax', 'nginx/directive-not-allowed', 'nginx/invalid-arguments', 'nginx/include-not-found', 'nginx/include-cycle']);
  const errorsOf = (file: string): { line: number; message: string }[] => {
    const text = config.files.get(file)?.text;
    if (text === undefined) return [];
    const document = TextDocument.create(pathToFileURL(file).href, 'nginx', 0, text);
    return checkDocument(document, 'nginx', { settings, nginxConfigs })
      .filter((f) => f.severity === 'error' && CROSSPLANE_CHECKS.has(f.code))
      .map((f) => ({ line: f.range.start.line + 1, message: f.message }));
  };
  const payload = formatCrossplane(config, files[0], errorsOf);
  io.stdout(payload);
  return JSON.parse(payload).status === 'ok' ? 0 : 1;
}

/** The folder output paths are relative to: the one folder given, the folder of the one file given, else the current folder. */
function rootOf(paths: string[], cwd: string): string {
  if (paths.length === 1) {
    try {
      return fs.statSync(paths[0]).isDirectory() ? paths[0] : path.dirname(paths[0]);
    } catch {
      return cwd;
    }
  }
  return cwd;
}

if (require.main === module) {
  const out: string[] = [];
  const code = run(process.argv.slice(2), {
    stdout: (s) => void out.push(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
  });
  // Write then exit once stdout has drained, so piped output is never cut.
  process.stdout.write(out.join(''), () => process.exit(code));
}
