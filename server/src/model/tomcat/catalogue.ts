/**
 * The Tomcat configuration catalogue (schemas/tomcat/*.json): which elements
 * may appear where, which classes each element takes, and every property each
 * class has, per version. Data, merged from its fragments; this module only
 * answers questions about it.
 */
import clusterFragment from '../../../../schemas/tomcat/cluster.json';
import containersFragment from '../../../../schemas/tomcat/containers.json';
import sessionManagersFragment from '../../../../schemas/tomcat/session-managers.json';
import type { VersionedItem } from './tomcatVersion';

export type AttributeType =
  | 'boolean'
  | 'integer'
  | 'port'
  | 'string'
  | 'regex'
  | 'address'
  | 'multicastAddress'
  | 'sendOptions'
  | 'className'
  | 'enum'
  | 'hex'
  | 'path'
  | 'uniqueId'
  | 'channelStartOptions';

export interface AttributeInfo extends VersionedItem {
  type: AttributeType;
  values?: string[];
  caseInsensitive?: boolean;
  default?: string | null;
  required?: boolean;
  doc: string;
  min?: number;
  max?: number;
}

export interface ClassInfo extends VersionedItem {
  doc: string;
  docPage?: string;
  replacement?: string;
  extends?: string;
  attributes: Record<string, AttributeInfo>;
}

export interface ElementInfo {
  name: string;
  parents: string[];
  classNameRequired: boolean;
  defaultClass?: string;
  multiple?: boolean;
  since?: string[];
  classes: string[];
  doc: string;
  docPage?: string;
}

interface Fragment {
  containers?: Record<string, string[]>;
  elements?: Record<string, ElementInfo>;
  classes?: Record<string, ClassInfo>;
}

export class TomcatCatalogue {
  readonly containers = new Map<string, Set<string>>();
  readonly elements = new Map<string, ElementInfo>();
  readonly classes = new Map<string, ClassInfo>();

  constructor(fragments: Fragment[]) {
    for (const f of fragments) {
      for (const [name, children] of Object.entries(f.containers ?? {})) {
        const set = this.containers.get(name) ?? new Set<string>();
        children.forEach((c) => set.add(c));
        this.containers.set(name, set);
      }
      for (const [id, element] of Object.entries(f.elements ?? {})) this.elements.set(id, element);
      for (const [name, info] of Object.entries(f.classes ?? {})) this.classes.set(name, info);
    }
  }

  /** Every property of a class: its own and its catalogued ancestors', nearest first. */
  /** Every attribute of a class, its superclasses' included; computed once per class (read-only: do not change the map). */
  attributesOf(className: string): ReadonlyMap<string, AttributeInfo> {
    let cached = this.attributeCache.get(className);
    if (!cached) this.attributeCache.set(className, (cached = this.collectAttributes(className)));
    return cached;
  }

  private readonly attributeCache = new Map<string, Map<string, AttributeInfo>>();

  private collectAttributes(className: string): Map<string, AttributeInfo> {
    const out = new Map<string, AttributeInfo>();
    const seen = new Set<string>();
    let current: string | undefined = className;
    while (current && !seen.has(current)) {
      seen.add(current);
      const info = this.classes.get(current);
      if (!info) break;
      for (const [name, attribute] of Object.entries(info.attributes)) if (!out.has(name)) out.set(name, attribute);
      current = info.extends;
    }
    return out;
  }

  /** The ids of the elements that may appear directly under `parentId` (an element id or a container name). */
  childElementIds(parentId: string): string[] {
    return [...this.elements.entries()].filter(([, e]) => e.parents.includes(parentId)).map(([id]) => id);
  }

  /** The class names valid on any catalogued element with this element name (for "did you mean"). */
  classesForElementName(name: string): string[] {
    const out = new Set<string>();
    for (const e of this.elements.values()) if (e.name === name) e.classes.forEach((c) => out.add(c));
    return [...out];
  }
}

export const TOMCAT_CATALOGUE = new TomcatCatalogue([
  containersFragment as Fragment,
  clusterFragment as Fragment,
  sessionManagersFragment as Fragment,
]);
