/** The nodes of a workspace, each loaded once and kept until the files under it change. */
import { findNodeBase, loadNode, type NodeOptions, type TomcatNode } from './node';
import type { FileSource } from '../../workspace/fileSource';

export class TomcatNodes {
  private readonly byBase = new Map<string, TomcatNode>();

  constructor(
    readonly files: FileSource,
    readonly options: NodeOptions = {},
  ) {}

  /** The node a file belongs to, or undefined when the file is in no CATALINA_BASE. */
  nodeFor(filePath: string): TomcatNode | undefined {
    const base = this.baseOf(filePath);
    if (!base) return undefined;
    let node = this.byBase.get(base);
    if (!node) {
      node = loadNode(this.files, base, this.options);
      this.byBase.set(base, node);
    }
    return node;
  }

  /** The CATALINA_BASE of a file, each folder looked up once (a workspace of thousands of files asks often). */
  private baseOf(filePath: string): string | undefined {
    return findNodeBase(this.files, filePath, this.baseOfDir);
  }

  private readonly baseOfDir = new Map<string, string | undefined>();

  /** Forgets the nodes a changed path can affect (all of them when unsure). */
  invalidate(changedPath?: string): void {
    // A created or deleted server.xml moves bases: the folder lookups start over.
    this.baseOfDir.clear();
    if (!changedPath) {
      this.byBase.clear();
      return;
    }
    let matched = false;
    for (const base of [...this.byBase.keys()]) {
      if (changedPath === base || changedPath.startsWith(base + '/') || changedPath.startsWith(base + '\\')) {
        this.byBase.delete(base);
        matched = true;
      }
    }
    // A file outside every node (a shared CATALINA_HOME, a library folder named in the settings) may concern any of them.
    if (!matched) this.byBase.clear();
  }
}
