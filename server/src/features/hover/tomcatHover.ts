/**
 * Hover in Tomcat XML (server.xml, context.xml): on an element name its
 * catalogue entry and class, on an attribute name that attribute of the
 * element's class, on a className (or enumerated) value the class (or the
 * allowed values), on an msm transcoderFactoryClass the serializer and its
 * jars. Everything said comes from the Tomcat and msm catalogues; the
 * version verdicts use the node's Tomcat version.
 */
import type { FeatureContext, HoverResult } from '../featureContext';
import type { XmlAttribute, XmlElement } from '../../syntax/xml/xmlDocument';
import { TOMCAT_CATALOGUE, type AttributeInfo, type ClassInfo, type ElementInfo } from '../../model/tomcat/catalogue';
import { catalogueElement, classNameOf, simpleName } from '../../model/tomcat/configElements';
import { isMsmManagerClass, MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';
import type { TomcatNode } from '../../model/tomcat/node';
import { availability, describeAvailability, isDeprecatedIn, type TomcatVersion, type VersionedItem } from '../../model/tomcat/tomcatVersion';
import { linkVersion, tomcatDocBranch, tomcatDocUrl } from './docLinks';
import { code, list, prose, render } from './markdown';
import { msmAttributeHover, msmClassHover, transcoderHover } from './msmHover';
import { elementTree, endTagName, walk } from './xmlTree';

type Hit =
  | { kind: 'element'; element: XmlElement; start: number; end: number }
  | { kind: 'name'; element: XmlElement; attribute: XmlAttribute }
  | { kind: 'value'; element: XmlElement; attribute: XmlAttribute };

/** The token under the offset: an element name (start or end tag), an attribute name, or an attribute value. */
function locate(text: string, roots: XmlElement[], offset: number): Hit | undefined {
  for (const element of walk(roots)) {
    if (offset < element.start || offset >= element.end) continue;
    if (offset >= element.nameStart && offset < element.nameEnd) return { kind: 'element', element, start: element.nameStart, end: element.nameEnd };
    if (offset < element.startTagEnd) {
      for (const attribute of element.attributes) {
        if (offset >= attribute.nameStart && offset < attribute.nameEnd) return { kind: 'name', element, attribute };
        if (offset >= attribute.valueStart && offset < attribute.valueEnd) return { kind: 'value', element, attribute };
      }
      return undefined;
    }
    const close = endTagName(text, element);
    if (close && offset >= close.start && offset < close.end) return { kind: 'element', element, start: close.start, end: close.end };
  }
  return undefined;
}

interface Scope {
  node?: TomcatNode;
  /** The version verdicts and links follow: the node's, else the settings'. */
  version?: TomcatVersion;
  branch: string;
  filePath?: string;
}

export function tomcatHover(ctx: FeatureContext): HoverResult | undefined {
  const text = ctx.document.getText();
  const hit = locate(text, elementTree(text), ctx.offset);
  if (!hit) return undefined;
  const node = ctx.filePath ? ctx.nodes?.nodeFor(ctx.filePath) : undefined;
  const version = linkVersion(node?.version, ctx.settings.tomcatVersion);
  const scope: Scope = { node, version, branch: tomcatDocBranch(version), filePath: ctx.filePath };
  const entry = catalogueElement(TOMCAT_CATALOGUE, hit.element);
  const className = classNameOf(hit.element, entry?.info);

  if (hit.kind === 'element') {
    if (!entry) return undefined;
    return { markdown: elementHover(hit.element, entry.id, entry.info, className, scope), start: hit.start, end: hit.end };
  }
  const { attribute } = hit;
  if (hit.kind === 'name') {
    const markdown = attributeNameHover(attribute.name, className, entry?.info, scope) ?? (attribute.name === 'className' && className ? classHover(className, hit.element, scope) : undefined);
    return markdown ? { markdown, start: attribute.nameStart, end: attribute.nameEnd } : undefined;
  }
  const markdown = attributeValueHover(hit.element, attribute, className, scope);
  return markdown ? { markdown, start: attribute.valueStart, end: attribute.valueEnd } : undefined;
}

// ---------------------------------------------------------------------------
// Versions

function tomcatAvailability(item: VersionedItem): string | undefined {
  const described = describeAvailability(item);
  return described ? `${described.replace(/\b(since|removed in) /g, '$1 Tomcat ')}` : undefined;
}

/** What the item's availability means for this file's Tomcat, when it is a problem or uncertain. */
function verdict(item: VersionedItem, what: string, scope: Scope): string | undefined {
  if (!scope.version || (!item.since?.length && !item.removed && !item.deprecated?.length)) return undefined;
  const which = `Tomcat ${scope.version.label} (${scope.node?.version ? `this node's version, from ${scope.version.source}` : `from ${scope.version.source}`})`;
  switch (availability(item, scope.version)) {
    case 'no':
      return `⚠ ${which} does not have ${what}.`;
    case 'unknown':
      return `⚠ Whether ${which} has ${what} depends on the exact release.`;
    default:
      return isDeprecatedIn(item, scope.version) ? `${which} has ${what}, deprecated.` : undefined;
  }
}

function docLink(docPage: string | undefined, scope: Scope): { label: string; url: string }[] {
  if (!docPage) return [];
  const page = docPage.replace(/^.*\//, '').replace(/\.html$/, '');
  return [{ label: `Tomcat ${scope.branch} documentation: ${page}`, url: tomcatDocUrl(docPage, scope.branch) }];
}

function classLabel(className: string): string {
  const info = TOMCAT_CATALOGUE.classes.get(className);
  const when = info ? tomcatAvailability(info) : undefined;
  return `${code(simpleName(className))}${when ? ` (${when})` : ''}`;
}

// ---------------------------------------------------------------------------
// Elements and classes

function elementHover(element: XmlElement, id: string, info: ElementInfo, className: string | undefined, scope: Scope): string {
  const classInfo = className ? TOMCAT_CATALOGUE.classes.get(className) : undefined;
  const msm = isMsmManagerClass(className);
  const explicit = element.attributes.some((a) => a.name === 'className');
  const classFact = className
    ? `${code(simpleName(className))}${explicit ? '' : ' (the default)'}`
    : info.classNameRequired
      ? 'none: `className` is required here'
      : undefined;
  const paragraphs = [prose(info.doc)];
  if (classInfo) paragraphs.push(`${code(simpleName(className!))}: ${prose(classInfo.doc)}`);
  if (msm) paragraphs.push(`${code(simpleName(className!))}: ${prose(MSM_CATALOGUE.managerClasses.find((c) => c.className === className)!.doc)}`);
  return render({
    title: `**${code(`<${info.name}>`)}** · Tomcat ${code(id)}`,
    paragraphs,
    facts: [
      ['Class', classFact],
      ['Classes', info.classes.length > 1 || (info.classes.length === 1 && info.classes[0] !== className) ? list(info.classes.map(classLabel), 'or') : undefined],
      ['className', info.classNameRequired ? 'required' : info.defaultClass ? `optional, default ${code(simpleName(info.defaultClass))}` : undefined],
      ['Multiple', info.multiple ? 'allowed' : undefined],
      ['Tomcat', tomcatAvailability(info)],
    ],
    notes: [verdict(info, `${code(`<${info.name}>`)} here`, scope), classInfo ? verdict(classInfo, code(simpleName(className!)), scope) : undefined],
    links: docLink(info.docPage ?? classInfo?.docPage, scope),
  });
}

function classHover(className: string, element: XmlElement, scope: Scope): string | undefined {
  if (isMsmManagerClass(className)) return msmClassHover(className, element, scope.node);
  const info: ClassInfo | undefined = TOMCAT_CATALOGUE.classes.get(className);
  if (!info) return undefined;
  const elementInfo = catalogueElement(TOMCAT_CATALOGUE, element)?.info;
  const replacement = info.replacement ? `use ${code(simpleName(info.replacement))} instead` : undefined;
  return render({
    title: `**${simpleName(className)}** · Tomcat class`,
    paragraphs: [prose(info.doc)],
    facts: [
      ['Class', code(className)],
      ['Extends', info.extends ? code(simpleName(info.extends)) : undefined],
      ['Element', elementInfo ? code(`<${elementInfo.name}>`) : undefined],
      ['Tomcat', [tomcatAvailability(info), replacement].filter(Boolean).join('; ') || undefined],
      ['Deprecated', info.deprecated?.length ? `in Tomcat ${info.deprecated.join(' / ')}` : undefined],
      ['Attributes', attributeCount(className)],
    ],
    notes: [verdict(info, code(simpleName(className)), scope)],
    links: docLink(info.docPage ?? elementInfo?.docPage, scope),
  });
}

function attributeCount(className: string): string | undefined {
  const n = TOMCAT_CATALOGUE.attributesOf(className).size;
  return n ? `${n} (hover one for its documentation)` : undefined;
}

// ---------------------------------------------------------------------------
// Attributes

/** The class (own or inherited) that declares an attribute. */
function declaringClass(className: string, attribute: string): { name: string; info: ClassInfo } | undefined {
  const seen = new Set<string>();
  for (let c: string | undefined = className; c && !seen.has(c); ) {
    seen.add(c);
    const info = TOMCAT_CATALOGUE.classes.get(c);
    if (!info) return undefined;
    if (Object.prototype.hasOwnProperty.call(info.attributes, attribute)) return { name: c, info };
    c = info.extends;
  }
  return undefined;
}

function attributeNameHover(name: string, className: string | undefined, elementInfo: ElementInfo | undefined, scope: Scope): string | undefined {
  if (!className) return undefined;
  if (isMsmManagerClass(className)) {
    const msm = MSM_CATALOGUE.attributes[name];
    if (msm) return msmAttributeHover(name, msm, className);
    return MSM_CATALOGUE.extendsTomcatClass ? tomcatAttributeHover(name, MSM_CATALOGUE.extendsTomcatClass, className, elementInfo, scope) : undefined;
  }
  return tomcatAttributeHover(name, className, className, elementInfo, scope);
}

function tomcatAttributeHover(name: string, lookupClass: string, className: string, elementInfo: ElementInfo | undefined, scope: Scope): string | undefined {
  const info: AttributeInfo | undefined = TOMCAT_CATALOGUE.attributesOf(lookupClass).get(name);
  if (!info) return undefined;
  const declaring = declaringClass(lookupClass, name);
  const owner = simpleName(className);
  const inherited = declaring && declaring.name !== className ? ` (from ${code(simpleName(declaring.name))})` : '';
  return render({
    title: `**${name}** · attribute of ${code(owner)}${inherited}`,
    paragraphs: [prose(info.doc)],
    facts: [
      ['Type', info.type],
      ['Default', info.default === undefined || info.default === null ? undefined : code(info.default)],
      ['Values', valuesOf(info)],
      ['Range', rangeOf(info)],
      ['Required', info.required ? 'yes' : undefined],
      ['Tomcat', tomcatAvailability(info)],
      ['Deprecated', info.deprecated?.length ? `in Tomcat ${info.deprecated.join(' / ')}` : undefined],
    ],
    notes: [verdict(info, `${code(name)} on ${code(owner)}`, scope)],
    links: docLink(declaring?.info.docPage ?? TOMCAT_CATALOGUE.classes.get(className)?.docPage ?? elementInfo?.docPage, scope),
  });
}

function valuesOf(info: AttributeInfo): string | undefined {
  if (info.values?.length) return info.values.map(code).join(' | ') + (info.caseInsensitive ? ' (any case)' : '');
  if (info.type === 'boolean') return '`true` | `false`';
  return undefined;
}

function rangeOf(info: AttributeInfo): string | undefined {
  if (info.min !== undefined && info.max !== undefined) return `${info.min} to ${info.max}`;
  if (info.min !== undefined) return `at least ${info.min}`;
  if (info.max !== undefined) return `at most ${info.max}`;
  return undefined;
}

function attributeValueHover(element: XmlElement, attribute: XmlAttribute, className: string | undefined, scope: Scope): string | undefined {
  const value = attribute.value.trim();
  if (attribute.name === 'className') return classHover(value, element, scope);
  if (isMsmManagerClass(className)) {
    if (attribute.name === 'transcoderFactoryClass') return transcoderHover(value, scope.node, scope.filePath);
    const msm = MSM_CATALOGUE.attributes[attribute.name];
    if (msm?.values?.length) return msmAttributeHover(attribute.name, msm, className!);
    if (msm) return undefined;
  }
  if (!className) return undefined;
  const lookup = isMsmManagerClass(className) ? MSM_CATALOGUE.extendsTomcatClass : className;
  const info = lookup ? TOMCAT_CATALOGUE.attributesOf(lookup).get(attribute.name) : undefined;
  if (!info) return undefined;
  // A class-valued attribute naming a catalogued class describes that class.
  if (info.type === 'className' && TOMCAT_CATALOGUE.classes.has(value)) return classHover(value, element, scope);
  if (info.values?.length) return attributeNameHover(attribute.name, className, catalogueElement(TOMCAT_CATALOGUE, element)?.info, scope);
  return undefined;
}
