/**
 * Completion in Tomcat XML (server.xml, context.xml) from the Tomcat
 * catalogue (schemas/tomcat) and the msm catalogue (schemas/msm): the
 * elements allowed under the enclosing element, the attributes of the
 * element's class, the classes an element takes, and the values an
 * attribute's type allows, each for the node's Tomcat version (what the
 * version does not have is left out; what it deprecates, or what depends on
 * a version that is not known exactly, is marked).
 */
import * as path from 'node:path';
import { SEND_OPTION_NAMES, checkAttributeValue } from '../../model/tomcat/attributeValues';
import { TOMCAT_CATALOGUE, type AttributeInfo, type ClassInfo, type ElementInfo } from '../../model/tomcat/catalogue';
import { MSM_CATALOGUE, isMsmManagerClass, type MsmAttribute } from '../../model/tomcat/msmCatalogue';
import { availability, describeAvailability, isDeprecatedIn, versionFromText, type TomcatVersion, type VersionedItem } from '../../model/tomcat/tomcatVersion';
import type { CompletionEntry, FeatureContext } from '../featureContext';
import { backtickedValues, code, markdown, sortKey } from './common';
import { xmlSituation, type StartTag, type TagAttribute } from './xmlCursor';

const catalogue = TOMCAT_CATALOGUE;

export function tomcatXmlCompletions(ctx: FeatureContext): CompletionEntry[] {
  const text = ctx.document.getText();
  const situation = xmlSituation(text, ctx.offset);
  const version = tomcatVersionOf(ctx);
  switch (situation.kind) {
    case 'element-name':
      return elementEntries(situation.parents, ctx.filePath, version, { start: situation.start, end: situation.end });
    case 'text':
      return elementEntries(situation.parents, ctx.filePath, version, { start: situation.start, end: situation.end }).map((e) => ({ ...e, insertText: `<${e.insertText ?? e.label}` }));
    case 'end-tag': {
      const open = situation.parents[situation.parents.length - 1];
      if (!open) return [];
      const closed = text[situation.end] === '>';
      return [{ label: open, kind: 'element', detail: `closes <${open}>`, insertText: closed ? open : `${open}>`, replace: { start: situation.start, end: situation.end } }];
    }
    case 'attribute-name':
      return attributeNameEntries(situation.parents, situation.tag, version, { start: situation.start, end: situation.end }, situation.hasValue);
    case 'attribute-value':
      return attributeValueEntries(text, ctx.offset, situation.parents, situation.tag, situation.attribute, version, { start: situation.start, end: situation.end }, situation.quoted);
    default:
      return [];
  }
}

/** The node's Tomcat version; for a file in no node, the version the settings give. */
export function tomcatVersionOf(ctx: FeatureContext): TomcatVersion | undefined {
  const node = ctx.filePath ? ctx.nodes?.nodeFor(ctx.filePath) : undefined;
  if (node?.version) return node.version;
  return ctx.settings.tomcatVersion ? versionFromText(ctx.settings.tomcatVersion, 'the tomcatVersion setting') : undefined;
}

// ---------------------------------------------------------------------------
// Where an element sits in the catalogue

/**
 * The catalogue id of the last element of a path (names outermost first):
 * `Cluster/Channel/Membership`, `Context/Manager`; undefined outside Cluster
 * and Context or for elements the catalogue does not describe there.
 */
function catalogueId(names: string[]): string | undefined {
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i] === 'Cluster' || names[i] === 'Context') {
      const id = names.slice(i).join('/');
      return catalogue.elements.has(id) ? id : undefined;
    }
  }
  return undefined;
}

interface ChildElement {
  name: string;
  id?: string;
  info?: ElementInfo;
}

/** The elements Tomcat reads under the last element of `parents` (at the top: the file's root element). */
function childElements(parents: string[], filePath: string | undefined): ChildElement[] {
  const out = new Map<string, ChildElement>();
  const add = (name: string): void => {
    if (out.has(name)) return;
    const id = catalogueId([...parents, name]);
    out.set(name, { name, id, info: id ? catalogue.elements.get(id) : undefined });
  };
  if (parents.length === 0) {
    for (const root of rootElements(filePath)) add(root);
    return [...out.values()];
  }
  const parent = parents[parents.length - 1];
  const parentId = catalogueId(parents);
  for (const id of catalogue.childElementIds(parentId ?? parent)) {
    const info = catalogue.elements.get(id)!;
    out.set(info.name, { name: info.name, id, info });
  }
  // Containers (Engine, Host, Context …) hold what containers.json lists; catalogued elements only their catalogued children.
  if (!parentId) for (const name of catalogue.containers.get(parent) ?? []) add(name);
  return [...out.values()];
}

/**
 * The root elements: the containers no container holds (Server) for a
 * server.xml; the Context for a context file; both when the name says nothing.
 */
function rootElements(filePath: string | undefined): string[] {
  const contained = new Set([...catalogue.containers.values()].flatMap((c) => [...c]));
  const outermost = [...catalogue.containers.keys()].filter((c) => !contained.has(c));
  const base = filePath ? path.basename(filePath) : '';
  if (base === 'server.xml') return outermost;
  if (base === 'web.xml') return [];
  const context = catalogue.containers.has('Context') ? ['Context'] : [];
  return base === '' ? [...outermost, ...context] : context;
}

// ---------------------------------------------------------------------------
// Elements

function elementEntries(parents: string[], filePath: string | undefined, version: TomcatVersion | undefined, replace: { start: number; end: number }): CompletionEntry[] {
  const parent = parents[parents.length - 1];
  const entries: CompletionEntry[] = [];
  childElements(parents, filePath).forEach((child, index) => {
    const since = child.info?.since ? { since: child.info.since } : undefined;
    const avail = since ? availability(since, version) : 'yes';
    if (avail === 'no') return;
    const versionNote = since && avail === 'unknown' ? `Tomcat ${describeAvailability(since)}` : undefined;
    entries.push({
      label: child.name,
      kind: 'element',
      detail: [parent ? `in <${parent}>` : 'root element', child.info?.classNameRequired ? 'className required' : undefined, versionNote].filter(Boolean).join(' · '),
      documentation: child.info
        ? markdown(
            child.info.doc,
            child.info.defaultClass ? `Default class: ${code(child.info.defaultClass)}` : undefined,
            child.info.classes.length ? `Classes: ${child.info.classes.map((c) => code(simpleName(c))).join(', ')}` : undefined,
            since ? `Read by Tomcat ${describeAvailability(since)}.` : undefined,
            docLink(child.info.docPage ?? classDocPage(child.info), version),
          )
        : undefined,
      replace,
      sortText: sortKey(child.info ? 0 : 1, index, child.name),
    });
  });
  return entries;
}

function classDocPage(info: ElementInfo): string | undefined {
  for (const c of info.classes) {
    const page = catalogue.classes.get(c)?.docPage;
    if (page) return page;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Attributes

interface ElementClass {
  id?: string;
  info?: ElementInfo;
  /** The class the element creates: its className, its default class, or its only class. */
  className?: string;
  /** The class comes from the className attribute. */
  explicit: boolean;
}

function elementClass(parents: string[], tag: StartTag): ElementClass {
  const id = catalogueId([...parents, tag.name]);
  const info = id ? catalogue.elements.get(id) : undefined;
  const written = tag.attributes.find((a) => a.name === 'className')?.value?.trim();
  const className = written || info?.defaultClass || (info?.classes.length === 1 ? info.classes[0] : undefined);
  return { id, info, className, explicit: !!written };
}

interface AttributeRow {
  name: string;
  /** Tomcat's catalogue entry (for msm attributes: a Tomcat-shaped copy for the checks). */
  info: AttributeInfo;
  /** The msm catalogue's entry, for an msm Manager's own attributes (its `since` is an msm release). */
  msm?: MsmAttribute;
}

/** The attributes of a class: from the Tomcat catalogue, or for an msm Manager the msm catalogue plus the Tomcat class it extends. */
function attributeRows(className: string | undefined): AttributeRow[] {
  if (!className) return [];
  if (isMsmManagerClass(className)) {
    const rows = new Map<string, AttributeRow>();
    if (MSM_CATALOGUE.extendsTomcatClass) for (const [name, info] of catalogue.attributesOf(MSM_CATALOGUE.extendsTomcatClass)) rows.set(name, { name, info });
    for (const [name, msm] of Object.entries(MSM_CATALOGUE.attributes)) {
      rows.set(name, { name, msm, info: { type: 'string', doc: msm.doc, default: msm.default ?? null, required: msm.required, values: msm.values } });
    }
    return [...rows.values()];
  }
  return [...catalogue.attributesOf(className)].map(([name, info]) => ({ name, info }));
}

function attributeNameEntries(
  parents: string[],
  tag: StartTag,
  version: TomcatVersion | undefined,
  replace: { start: number; end: number },
  hasValue: boolean,
): CompletionEntry[] {
  const element = elementClass(parents, tag);
  if (!element.info) return [];
  const present = new Set(tag.attributes.filter((a) => a.nameStart !== replace.start).map((a) => a.name));
  const insert = (name: string): Pick<CompletionEntry, 'insertText' | 'snippet'> => (hasValue ? {} : { insertText: `${name}="$1"`, snippet: true });
  const entries: CompletionEntry[] = [];
  if (!present.has('className') && (element.info.classes.length > 0 || element.info.classNameRequired)) {
    entries.push({
      label: 'className',
      kind: 'attribute',
      detail: element.info.classNameRequired ? 'required: the class of the element' : `default ${simpleName(element.info.defaultClass ?? element.info.classes[0])}`,
      documentation: markdown(
        `The class Tomcat creates for this <${tag.name}>.`,
        element.info.classes.length ? `One of: ${element.info.classes.map((c) => code(c)).join(', ')}` : undefined,
        element.info.defaultClass ? `Default: ${code(element.info.defaultClass)}` : undefined,
      ),
      ...insert('className'),
      replace,
      sortText: sortKey(0, 0, 'className'),
    });
  }
  attributeRows(element.className).forEach((row, index) => {
    if (row.name === 'className' || present.has(row.name)) return;
    const avail = row.msm ? 'yes' : availability(row.info, version);
    if (avail === 'no') return;
    const deprecated = !row.msm && isDeprecatedIn(row.info, version);
    entries.push({
      label: row.name,
      kind: 'attribute',
      detail: attributeDetail(row, avail === 'unknown', deprecated),
      documentation: attributeDoc(row, element.className, version),
      ...insert(row.name),
      replace,
      sortText: sortKey(row.info.required ? 0 : deprecated ? 3 : avail === 'unknown' ? 2 : 1, index + 1, row.name),
    });
  });
  return entries;
}

function attributeDetail(row: AttributeRow, versionDependent: boolean, deprecated: boolean): string {
  const type = row.msm?.type ?? row.info.type;
  const parts = [row.info.required ? `${type}, required` : type];
  if (row.info.default !== undefined && row.info.default !== null && row.info.default !== '') parts.push(`default ${row.info.default}`);
  if (deprecated) parts.push('deprecated');
  if (versionDependent) parts.push(`Tomcat ${describeAvailability(row.info)}`);
  if (row.msm?.since) parts.push(`msm ${row.msm.since}+`);
  return parts.join(' · ');
}

function attributeDoc(row: AttributeRow, className: string | undefined, version: TomcatVersion | undefined): string {
  const info = row.info;
  const classInfo = className ? catalogue.classes.get(className) : undefined;
  return markdown(
    info.doc,
    info.default !== undefined && info.default !== null && info.default !== '' ? `Default: ${code(info.default)}` : undefined,
    info.values?.length ? `Values: ${info.values.map(code).join(', ')}` : undefined,
    info.min !== undefined || info.max !== undefined ? `Range: ${info.min ?? '…'} to ${info.max ?? '…'}` : undefined,
    row.msm?.since ? `Since memcached-session-manager ${row.msm.since}.` : undefined,
    row.msm?.mode ? `Only in ${row.msm.mode} mode.` : undefined,
    !row.msm ? versionWording(info) : undefined,
    docLink(classInfo?.docPage, version),
  );
}

/** "Since Tomcat 8.5.38 / 9.0.13. Deprecated in 9.0. Removed in 10.0." */
function versionWording(item: VersionedItem): string | undefined {
  const parts: string[] = [];
  if (item.since?.length) parts.push(`Since Tomcat ${item.since.join(' / ')}.`);
  if (item.deprecated?.length) parts.push(`Deprecated in ${item.deprecated.join(' / ')}.`);
  if (item.removed) parts.push(`Removed in Tomcat ${item.removed}.`);
  return parts.length ? parts.join(' ') : undefined;
}

// ---------------------------------------------------------------------------
// Attribute values

interface ValueCandidate {
  value: string;
  kind: CompletionEntry['kind'];
  detail?: string;
  documentation?: string;
  snippet?: string;
  rank: number;
}

function attributeValueEntries(
  text: string,
  offset: number,
  parents: string[],
  tag: StartTag,
  attribute: TagAttribute,
  version: TomcatVersion | undefined,
  replace: { start: number; end: number },
  quoted: boolean,
): CompletionEntry[] {
  const element = elementClass(parents, tag);
  if (!element.info) return [];
  let candidates: ValueCandidate[];
  let range = replace;
  if (attribute.name === 'className') {
    candidates = classCandidates(element.info, version);
  } else {
    const row = attributeRows(element.className).find((r) => r.name === attribute.name);
    if (!row) return [];
    candidates = valueCandidates(row, version);
    if (row.info.type === 'sendOptions' || row.msm?.type === 'storageKeyPrefix') range = listItemRange(text, offset, replace);
  }
  return candidates.map((c, index) => {
    const body = c.snippet ?? c.value;
    const wrap = (s: string): string => (quoted ? s : `"${s}"`);
    return {
      label: c.value,
      kind: c.kind,
      detail: c.detail,
      documentation: c.documentation,
      insertText: c.snippet || !quoted ? wrap(body) : undefined,
      snippet: c.snippet ? true : undefined,
      replace: range,
      sortText: sortKey(c.rank, index, c.value),
    };
  });
}

/** The comma-separated item at the offset within a value. */
function listItemRange(text: string, offset: number, value: { start: number; end: number }): { start: number; end: number } {
  let start = offset;
  while (start > value.start && text[start - 1] !== ',') start--;
  while (start < offset && /\s/.test(text[start])) start++;
  let end = offset;
  while (end < value.end && text[end] !== ',') end++;
  while (end > offset && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The classes an element takes in this version (and msm's Managers where a class of the element is a Tomcat class msm extends). */
function classCandidates(info: ElementInfo, version: TomcatVersion | undefined): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  for (const className of info.classes) {
    const ci = catalogue.classes.get(className);
    const avail = ci ? availability(ci, version) : 'unknown';
    if (avail === 'no') continue;
    const deprecated = !!ci && isDeprecatedIn(ci, version);
    const isDefault = className === info.defaultClass;
    out.push({
      value: className,
      kind: 'class',
      detail: [simpleName(className), isDefault ? 'default' : undefined, deprecated ? 'deprecated' : undefined, ci && avail === 'unknown' ? `Tomcat ${describeAvailability(ci)}` : undefined].filter(Boolean).join(' · '),
      documentation: ci ? classDoc(ci, version) : undefined,
      rank: deprecated ? 3 : avail === 'unknown' ? 2 : isDefault ? 0 : 1,
    });
  }
  if (MSM_CATALOGUE.extendsTomcatClass && info.classes.some((c) => extendsClass(c, MSM_CATALOGUE.extendsTomcatClass!))) {
    for (const manager of MSM_CATALOGUE.managerClasses) {
      out.push({
        value: manager.className,
        kind: 'class',
        detail: `${simpleName(manager.className)} · memcached-session-manager${manager.since ? ` ${manager.since}+` : ''}`,
        documentation: markdown(manager.doc, manager.since ? `Since memcached-session-manager ${manager.since}.` : undefined, `Needs the msm jars in the node's lib folder (${code(MSM_CATALOGUE.coreArtifact)} and its client).`),
        rank: 1,
      });
    }
  }
  return out;
}

function extendsClass(className: string, ancestor: string): boolean {
  const seen = new Set<string>();
  for (let c: string | undefined = className; c && !seen.has(c); c = catalogue.classes.get(c)?.extends) {
    if (c === ancestor) return true;
    seen.add(c);
  }
  return false;
}

function classDoc(ci: ClassInfo, version: TomcatVersion | undefined): string {
  return markdown(ci.doc, versionWording(ci), ci.replacement ? `Use ${code(ci.replacement)} instead.` : undefined, docLink(ci.docPage, version));
}

/** The values an attribute's type offers: booleans, enums, send options, msm's modes and serializers, and the default. */
function valueCandidates(row: AttributeRow, version: TomcatVersion | undefined): ValueCandidate[] {
  const info = row.info;
  const defaultValue = info.default ?? undefined;
  const out: ValueCandidate[] = [];
  const add = (value: string, extra: Partial<ValueCandidate> = {}): void => {
    if (out.some((c) => c.value === value)) return;
    // Only what the attribute's own checks accept in this version (named send options need 9.0, …).
    if (!row.msm && !extra.snippet && checkAttributeValue(row.name, value, info, version)) return;
    const isDefault = value === defaultValue;
    out.push({ value, kind: 'value', detail: isDefault ? 'default' : undefined, rank: isDefault ? 0 : 1, ...extra });
  };
  const type = row.msm?.type ?? info.type;
  if (type === 'boolean') ['true', 'false'].forEach((v) => add(v));
  else if (info.values?.length) info.values.forEach((v) => add(v));
  else if (type === 'sendOptions') {
    if (defaultValue) add(defaultValue);
    SEND_OPTION_NAMES.forEach((v) => add(v));
  } else if (row.msm && type === 'className') {
    // A serializer factory: the transcoders msm knows (the default, java serialization, among them).
    if (MSM_CATALOGUE.transcoders.some((t) => t.className === defaultValue)) {
      for (const t of MSM_CATALOGUE.transcoders) {
        add(t.className, {
          kind: 'class',
          detail: [t.name, t.lastRelease ? `last release ${t.lastRelease}` : undefined].filter(Boolean).join(' · '),
          documentation: markdown(t.doc, t.artifacts.length ? `Jars: ${t.artifacts.map((a) => code(a.artifact)).join(', ')}` : undefined, t.since ? `Since memcached-session-manager ${t.since}.` : undefined),
        });
      }
    }
  } else if (row.msm) {
    // Kinds the msm catalogue describes in prose (lockingMode, storageKeyPrefix): the values its doc names.
    for (const v of backtickedValues(row.msm.doc)) add(v.label, { snippet: v.snippet });
  }
  if (defaultValue) add(defaultValue);
  return out;
}

// ---------------------------------------------------------------------------

function simpleName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

/** A link to the page of the Tomcat documentation of the node's branch (9.0 when the branch is not known). */
function docLink(docPage: string | undefined, version: TomcatVersion | undefined): string | undefined {
  if (!docPage) return undefined;
  const branch = version && /^(\d+\.\d+)/.exec(version.label)?.[1];
  const b = branch ?? '9.0';
  return `[Tomcat ${b} documentation](https://tomcat.apache.org/tomcat-${b}-doc/${docPage})`;
}
