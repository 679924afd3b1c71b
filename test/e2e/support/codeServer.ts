/**
 * A real VS Code for end-to-end tests, offline: code-server 4.100 (VS Code
 * 1.100) with the built .vsix installed in a fresh extensions folder, driven
 * in Debian's Chromium by playwright-core. `npm run setup:e2e` installs both.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../support/paths';

const execFileP = promisify(execFile);

export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/code-server-e2e');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string; publisher: string };
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
export const VSIX = path.join(projectRoot, `${manifest.name}-${manifest.version}.vsix`);

/** Why the suite cannot run here, or undefined when it can. */
export function missingPrerequisite(): string | undefined {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return `code-server is not installed in ${CODE_SERVER_DIR}: run \`npm run setup:e2e\``;
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing: run \`npm run setup:e2e\``;
  if (!fs.existsSync(VSIX)) return `${path.basename(VSIX)} is missing: run \`npm run package\``;
  return undefined;
}

/** User settings that keep the workbench quiet and predictable: no welcome page, trust dialog, telemetry, git scans. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'problems.defaultViewMode': 'tree',
  'workbench.editor.enablePreview': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
};

export interface ProblemRow {
  text: string;
  severity: string | null;
  message: string | null;
  source: string | null;
  code: string | null;
  codeHref: string | null;
  position: string | null;
}

export class CodeServerSession {
  page!: Page;
  private server?: ChildProcess;
  private browser?: Browser;
  private constructor(
    readonly runDir: string,
    readonly workspace: string,
  ) {}

  /** Installs the .vsix, starts code-server on `workspace` and opens the workbench in Chromium. */
  static async start(workspace: string): Promise<CodeServerSession> {
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcc-e2e-'));
    const session = new CodeServerSession(runDir, workspace);
    try {
      await session.launch();
    } catch (e) {
      await session.dispose();
      throw e;
    }
    return session;
  }

  private get userDir(): string {
    return path.join(this.runDir, 'user');
  }

  private get extensionsDir(): string {
    return path.join(this.runDir, 'extensions');
  }

  private async launch(): Promise<void> {
    fs.mkdirSync(path.join(this.userDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
    const { stdout, stderr } = await execFileP(
      process.execPath,
      [CODE_SERVER_ENTRY, '--user-data-dir', this.userDir, '--extensions-dir', this.extensionsDir, '--install-extension', VSIX, '--force'],
      { env },
    );
    if (!/successfully installed/i.test(stdout + stderr)) throw new Error(`installing ${VSIX} failed:\n${stdout}\n${stderr}`);

    const config = path.join(this.runDir, 'code-server.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    const port = await freePort();
    const log = fs.openSync(path.join(this.runDir, 'code-server.log'), 'a');
    this.server = spawn(
      process.execPath,
      [
        CODE_SERVER_ENTRY,
        '--config', config,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--user-data-dir', this.userDir,
        '--extensions-dir', this.extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        this.workspace,
      ],
      // Its own process group, so the extension host and the language server go with it.
      { detached: true, stdio: ['ignore', log, log], env },
    );
    fs.closeSync(log);
    await poll(`code-server on port ${port}`, 60_000, async () => {
      if (this.server?.exitCode !== null) throw new Error(`code-server exited: ${this.tail('code-server.log')}`);
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
      return r?.ok === true;
    });

    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    this.page = await context.newPage();
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`, { waitUntil: 'domcontentloaded' });
    await this.page.locator('.monaco-workbench').waitFor({ state: 'attached', timeout: 60_000 });
    // The Explorer listing the folder means the remote connection and file service are up.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** Waits until the extension host has activated our extension (its log says so). */
  async waitForActivation(): Promise<void> {
    await poll(`activation of ${EXTENSION_ID}`, 60_000, async () => this.extensionHostLog().includes(`_doActivateExtension ${EXTENSION_ID}`));
  }

  /** Opens a workspace file with Quick Open (retried: results come from the remote file search). */
  async openFile(relPath: string): Promise<void> {
    const page = this.page;
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const item = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: path.basename(relPath) }).first();
    let lastError: unknown;
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+P');
      try {
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill(relPath);
        await item.waitFor({ state: 'visible', timeout: 15_000 });
        await page.keyboard.press('Enter');
        await page.locator(`.part.editor .monaco-editor[data-uri$="${relPath}"]`).first().waitFor({ state: 'visible', timeout: 10_000 });
        return;
      } catch (e) {
        lastError = e;
      }
    }
    throw new Error(`could not open ${relPath} with Quick Open: ${String(lastError)}`);
  }

  /** Runs a command from the command palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout: 10_000 });
  }

  /** Waits for a notification toast whose text matches; returns its text. */
  async waitForNotification(text: RegExp, timeoutMs = 30_000): Promise<string> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ state: 'visible', timeout: timeoutMs });
    return (await toast.innerText()).replace(/\s+/g, ' ').trim();
  }

  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (await panel.isVisible()) return;
    await this.page.keyboard.press('ControlOrMeta+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Waits for a Problems row with this code (and message text); returns what the row shows. */
  async waitForProblem(code: string, messagePart: string, timeoutMs = 30_000): Promise<ProblemRow> {
    const row = this.page
      .locator('.markers-panel .monaco-list-row')
      .filter({ has: this.page.locator('.marker-code', { hasText: code }) })
      .filter({ has: this.page.locator('.marker-message', { hasText: messagePart }) })
      .first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    return row.evaluate((el) => {
      const q = (s: string): string | null => el.querySelector(s)?.textContent ?? null;
      return {
        text: (el as unknown as { innerText: string }).innerText.replace(/\s+/g, ' ').trim(),
        severity: el.querySelector('.marker-icon')?.className.replace('marker-icon', '').trim() ?? null,
        message: q('.marker-message'),
        source: q('.marker-source'),
        code: q('.marker-code'),
        codeHref: el.querySelector('a.monaco-link')?.getAttribute('href') ?? null,
        position: q('.marker-line'),
      };
    });
  }

  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  extensionHostLog(): string {
    const logs = path.join(this.userDir, 'logs');
    const out: string[] = [];
    for (const stamp of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
      for (const entry of fs.readdirSync(path.join(logs, stamp))) {
        const file = path.join(logs, stamp, entry, 'remoteexthost.log');
        if (entry.startsWith('exthost') && fs.existsSync(file)) out.push(fs.readFileSync(file, 'utf8'));
      }
    }
    return out.join('\n');
  }

  tail(file: string, lines = 40): string {
    try {
      return fs.readFileSync(path.join(this.runDir, file), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async dispose(): Promise<void> {
    await Promise.race([this.browser?.close().catch(() => undefined), sleep(5000)]);
    const server = this.server;
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, sleep(5000)]);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function poll(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await sleep(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
