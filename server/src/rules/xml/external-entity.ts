import type { EntityDeclaration } from '../../syntax/xml/doctype';
import type { XmlRule } from '../rule';

/** Expanded sizes above this are a "billion laughs" bomb, whatever the intent. */
const MAX_EXPANSION = 100_000;

/** A DOCTYPE that declares an external entity or an entity expansion bomb (never resolved, never expanded). */
export const externalEntity: XmlRule = {
  meta: {
    id: 'xml/external-entity',
    defaultSeverity: 'warning',
    description: 'The DOCTYPE declares an external entity or an entity expansion bomb.',
    language: 'tomcat-xml',
    syntax: true,
  },
  check({ tree, report }) {
    const entities = tree.doctype?.entities ?? [];
    for (const entity of entities) {
      if (!entity.external) continue;
      const kind = entity.parameter ? 'external parameter entity' : 'external entity';
      report({
        start: entity.nameStart,
        end: entity.nameEnd,
        message: `The DOCTYPE declares the ${kind} \`${entity.name}\` (${JSON.stringify(entity.systemId ?? '')}): an XML parser that resolves it reads that resource (XXE). It is not needed in a Tomcat configuration; this checker never resolves it.`,
      });
    }
    const sizes = expansionSizes(entities.filter((e) => !e.external && !e.parameter));
    for (const entity of entities) {
      const size = sizes.get(entity.name);
      if (entity.external || entity.parameter || size === undefined) continue;
      if (size === Infinity) {
        report({ start: entity.nameStart, end: entity.nameEnd, message: `The entity \`${entity.name}\` refers to itself: expanding it never ends. It is never expanded here.` });
      } else if (size > MAX_EXPANSION) {
        report({ start: entity.nameStart, end: entity.nameEnd, message: `The entity \`${entity.name}\` expands to about ${formatSize(size)} characters (an entity expansion bomb). It is never expanded here.` });
      }
    }
  },
};

/** Expanded length of each internal entity, computed without expanding (Infinity for a cycle). */
function expansionSizes(entities: EntityDeclaration[]): Map<string, number> {
  const byName = new Map(entities.map((e) => [e.name, e]));
  const sizes = new Map<string, number>();
  const visiting = new Set<string>();
  const sizeOf = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const entity = byName.get(name);
    if (!entity) return name.length + 2;
    if (visiting.has(name)) return Infinity;
    visiting.add(name);
    const value = entity.value ?? '';
    let size = 0;
    let rest = value;
    const ref = /&([A-Za-z_:][-A-Za-z0-9._:]*);/g;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = ref.exec(value))) {
      size += m.index - last + (byName.has(m[1]) ? sizeOf(m[1]) : m[0].length);
      last = m.index + m[0].length;
      if (size > Number.MAX_SAFE_INTEGER) size = Infinity;
    }
    rest = value.slice(last);
    size += rest.length;
    visiting.delete(name);
    sizes.set(name, size);
    return size;
  };
  for (const e of entities) sizeOf(e.name);
  return sizes;
}

function formatSize(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(1)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en-US');
}
