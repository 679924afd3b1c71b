/**
 * The nginx configurations of a workspace, each loaded once: for a file, the
 * main configurations that include it (an nginx.conf in its folder or a folder
 * above), so an included file is checked in the context it is included in.
 */
import * as path from 'node:path';
import type { FileSource } from '../../workspace/fileSource';
import { loadNginxConfig, type Inclusion, type NginxConfig } from './nginxConfig';

/** How many folders up a main configuration is looked for (conf.d/x.conf → ../nginx.conf; sites-enabled/x → ../nginx.conf). */
const LEVELS_UP = 4;

export class NginxConfigs {
  private readonly byMain = new Map<string, NginxConfig>();

  constructor(
    readonly files: FileSource,
    /** Main configurations known up front (the CLI's walk finds them); more are found next to the files asked about. */
    private readonly knownMains: string[] = [],
  ) {}

  config(mainPath: string): NginxConfig {
    let config = this.byMain.get(mainPath);
    if (!config) {
      config = loadNginxConfig(this.files, mainPath);
      this.byMain.set(mainPath, config);
    }
    return config;
  }

  /** The main configurations that include this file (or are it), with the contexts it is included in. */
  inclusionsOf(filePath: string): { config: NginxConfig; inclusions: Inclusion[] }[] {
    const candidates = new Set(this.knownMains);
    let dir = path.dirname(filePath);
    for (let i = 0; i <= LEVELS_UP; i++) {
      const candidate = path.join(dir, 'nginx.conf');
      if (this.files.isFile(candidate)) candidates.add(candidate);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    const out: { config: NginxConfig; inclusions: Inclusion[] }[] = [];
    for (const main of candidates) {
      const config = this.config(main);
      const inclusions = config.inclusions.get(filePath);
      if (inclusions?.length) out.push({ config, inclusions });
    }
    return out;
  }

  invalidate(changedPath?: string): void {
    if (!changedPath) return this.byMain.clear();
    for (const [main, config] of this.byMain) if (main === changedPath || config.files.has(changedPath) || config.inclusions.has(changedPath)) this.byMain.delete(main);
    // A new file may match an include glob of any configuration.
    if (![...this.byMain.values()].some((c) => c.files.has(changedPath))) this.byMain.clear();
  }
}
