/**
 * The parsed tree of each XML file's current text, so that the file check, the
 * node model and the cluster model parse a file once between edits, not three
 * times. One version per file (an edit replaces it: no two copies of a large
 * file are held), and the least recently used files go when the texts held
 * pass a bound. Trees are never changed after parsing, so sharing them is safe.
 */
import { parseXml, type XmlDocument } from './xmlDocument';

/** About 7 bytes of tree per character of text: 8 M characters hold some 60 MB. */
const DEFAULT_MAX_CHARS = 8_000_000;

export class XmlTrees {
  private readonly byKey = new Map<string, XmlDocument>();
  private chars = 0;

  constructor(private readonly maxChars = DEFAULT_MAX_CHARS) {}

  /** The tree of `text`, the file `key`'s current text (its path, or the URI of an unsaved document). */
  tree(key: string, text: string): XmlDocument {
    const known = this.byKey.get(key);
    this.byKey.delete(key);
    if (known && known.text === text) {
      this.byKey.set(key, known); // most recently used goes last
      return known;
    }
    if (known) this.chars -= known.text.length;
    const tree = parseXml(text);
    if (text.length > this.maxChars) return tree;
    this.byKey.set(key, tree);
    this.chars += text.length;
    for (const [oldest, old] of this.byKey) {
      if (this.chars <= this.maxChars) break;
      this.byKey.delete(oldest);
      this.chars -= old.text.length;
    }
    return tree;
  }

  /** Characters of text held (for tests and the benchmark). */
  get heldChars(): number {
    return this.chars;
  }
}

/** The trees of the process: the CLI run's or the language server's files. */
export const XML_TREES = new XmlTrees();
