/**
 * Every attribute a configured element's class takes (Tomcat classes from
 * the Tomcat catalogue; a memcached-session-manager Manager from the msm
 * catalogue plus the Tomcat ManagerBase it extends), in the one shape the
 * attribute rules read.
 */
import type { AttributeInfo, TomcatCatalogue } from '../../model/tomcat/catalogue';
import { isMsmManagerClass, MSM_CATALOGUE } from '../../model/tomcat/msmCatalogue';

export interface AttributeTable {
  /** The class's simple name, for messages. */
  owner: string;
  attributes: ReadonlyMap<string, AttributeInfo>;
}

export function attributeTable(catalogue: TomcatCatalogue, className: string | undefined): AttributeTable | undefined {
  if (!className) return undefined;
  const owner = className.slice(className.lastIndexOf('.') + 1);
  if (isMsmManagerClass(className)) {
    const attributes = new Map<string, AttributeInfo>(MSM_CATALOGUE.extendsTomcatClass ? catalogue.attributesOf(MSM_CATALOGUE.extendsTomcatClass) : []);
    for (const [name, a] of Object.entries(MSM_CATALOGUE.attributes)) {
      // msm's own attribute kinds are checked by the msm/* rules; here they only count as known.
      attributes.set(name, { type: 'string', doc: a.doc, default: a.default ?? null });
    }
    return { owner, attributes };
  }
  if (!catalogue.classes.has(className)) return undefined;
  return { owner, attributes: catalogue.attributesOf(className) };
}
