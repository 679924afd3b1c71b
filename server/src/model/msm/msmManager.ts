/**
 * A memcached-session-manager `<Manager>` as msm reads it: the memcachedNodes
 * forms MemcachedNodesManager.createFor accepts, failoverNodes, sticky, with
 * the offsets of each entry so rules can point at the bad one.
 */
import type { XmlAttribute, XmlElement } from '../../syntax/xml/xmlDocument';
import { attribute, attributeValue } from '../../syntax/xml/xmlQuery';
import { isMsmManagerClass } from '../tomcat/msmCatalogue';

export interface MemcachedNode {
  /** Node id; undefined for the single `host:port` form. */
  id?: string;
  host: string;
  port: number;
  /** Offsets of the entry in the document. */
  start: number;
  end: number;
}

export interface NodeToken {
  text: string;
  start: number;
  end: number;
}

export type NodesForm = 'memcached' | 'single' | 'redis' | 'couchbase';

export interface ParsedNodes {
  form?: NodesForm;
  nodes: MemcachedNode[];
  /** Entries that match no form, with their offsets. */
  invalid: NodeToken[];
  /** The whole attribute is empty (or absent). */
  empty: boolean;
}

export interface MsmManager {
  element: XmlElement;
  className: string;
  sticky: boolean;
  /** `sticky` as written, for ranges. */
  stickyAttribute?: XmlAttribute;
  nodesAttribute?: XmlAttribute;
  nodes: ParsedNodes;
  failoverAttribute?: XmlAttribute;
  failoverIds: NodeToken[];
  transcoderAttribute?: XmlAttribute;
  transcoderClass: string;
}

const ENTRY = /^([\w]+):([^:]+):(\d+)$/;
const SINGLE = /^([^:\s,]+):(\d+)$/;
const REDIS = /^rediss?:\/\/[^\s,]+$/;
const COUCHBASE = /^https?:\/\/[^/\s,:]+:\d+\/\w+$/;

/** The msm Manager of an element, or undefined when it is no msm Manager. */
export function msmManagerOf(element: XmlElement): MsmManager | undefined {
  const className = attributeValue(element, 'className');
  if (element.name !== 'Manager' || !isMsmManagerClass(className)) return undefined;
  const nodesAttribute = attribute(element, 'memcachedNodes');
  const failoverAttribute = attribute(element, 'failoverNodes');
  const stickyAttribute = attribute(element, 'sticky');
  const transcoderAttribute = attribute(element, 'transcoderFactoryClass');
  return {
    element,
    className: className!,
    // msm reads the flag with Boolean.parseBoolean-like semantics: only "false" turns it off.
    sticky: stickyAttribute?.value.trim().toLowerCase() !== 'false',
    stickyAttribute,
    nodesAttribute,
    nodes: parseMemcachedNodes(nodesAttribute),
    failoverAttribute,
    failoverIds: failoverAttribute ? tokens(failoverAttribute.value, failoverAttribute.valueStart) : [],
    transcoderAttribute,
    transcoderClass: transcoderAttribute?.value.trim() || 'de.javakaffee.web.msm.JavaSerializationTranscoderFactory',
  };
}

/** Tokens separated by white space or commas, with their offsets (valueStart = offset of the value). */
export function tokens(value: string, valueStart: number): NodeToken[] {
  const out: NodeToken[] = [];
  const re = /[^\s,]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) out.push({ text: m[0], start: valueStart + m.index, end: valueStart + m.index + m[0].length });
  return out;
}

export function parseMemcachedNodes(attr: XmlAttribute | undefined): ParsedNodes {
  if (!attr || attr.value.trim() === '') return { nodes: [], invalid: [], empty: true };
  const entries = tokens(attr.value, attr.valueStart);
  if (entries.length === 1 && REDIS.test(entries[0].text)) {
    const url = /^rediss?:\/\/(?:[^@/]*@)?([^:/]+)(?::(\d+))?/.exec(entries[0].text);
    return {
      form: 'redis',
      nodes: url ? [{ host: url[1], port: url[2] ? Number(url[2]) : 6379, start: entries[0].start, end: entries[0].end }] : [],
      invalid: [],
      empty: false,
    };
  }
  if (entries.every((e) => COUCHBASE.test(e.text))) {
    return {
      form: 'couchbase',
      nodes: entries.map((e) => {
        const m = /^https?:\/\/([^/:]+):(\d+)/.exec(e.text)!;
        return { host: m[1], port: Number(m[2]), start: e.start, end: e.end };
      }),
      invalid: [],
      empty: false,
    };
  }
  if (entries.length === 1 && SINGLE.test(entries[0].text)) {
    const m = SINGLE.exec(entries[0].text)!;
    return { form: 'single', nodes: [{ host: m[1], port: Number(m[2]), start: entries[0].start, end: entries[0].end }], invalid: [], empty: false };
  }
  const nodes: MemcachedNode[] = [];
  const invalid: NodeToken[] = [];
  for (const e of entries) {
    const m = ENTRY.exec(e.text);
    if (m) nodes.push({ id: m[1], host: m[2], port: Number(m[3]), start: e.start, end: e.end });
    else invalid.push(e);
  }
  return { form: 'memcached', nodes, invalid, empty: false };
}

/** Every msm Manager of a Tomcat XML tree's elements. */
export function msmManagers(elements: Iterable<XmlElement>): MsmManager[] {
  const out: MsmManager[] = [];
  for (const e of elements) {
    const m = msmManagerOf(e);
    if (m) out.push(m);
  }
  return out;
}
