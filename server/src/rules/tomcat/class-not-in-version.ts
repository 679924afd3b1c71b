import { simpleName } from '../../model/tomcat/configElements';
import { availability, describeAvailability } from '../../model/tomcat/tomcatVersion';
import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlRule } from '../rule';
import { attributeTable } from './attributeTable';
import { configuredElements, unknownVersionPhrase, versionPhrase } from './configuredElements';

/**
 * A Tomcat class that does not exist in the node's Tomcat version
 * (JvmRouteSessionIDBinderListener after 7.0, BioReceiver after 9.0,
 * StaticMembershipService before 9.0.11 …). Where the version is unknown, a
 * class that newer Tomcats no longer have is an information naming the setting.
 */
export const classNotInVersion: XmlRule = {
  meta: {
    id: 'tomcat/class-not-in-version',
    defaultSeverity: 'error',
    description: "The class does not exist in the node's Tomcat version.",
    language: 'tomcat-xml',
  },
  check({ tree, catalogue, report, node }) {
    for (const { element, info, className, classInfo } of configuredElements(tree, catalogue)) {
      const attr = attribute(element, 'className');
      if (!attr || !className || !classInfo || !info.classes.includes(className)) continue;
      if (!classInfo.since && !classInfo.removed) continue;
      const version = node()?.version;
      // Only where the replacement takes the element's other attributes too: JDBCStore's driverName and
      // connectionURL are no properties of DataSourceStore from 10.0, and Tomcat would ignore them.
      const table = classInfo.replacement ? attributeTable(catalogue, classInfo.replacement) : undefined;
      const carriesOver =
        table !== undefined &&
        element.attributes.every((a) => {
          if (a.name === 'className' || a.name.startsWith('xmlns')) return true;
          const known = table.attributes.get(a.name);
          return known !== undefined && availability(known, version) !== 'no';
        });
      const fix =
        classInfo.replacement && carriesOver
          ? { title: `Replace with ${classInfo.replacement}`, edits: [{ start: attr.valueStart, end: attr.valueEnd, text: classInfo.replacement }] }
          : undefined;
      const instead = classInfo.replacement ? ` Use ${simpleName(classInfo.replacement)} instead.` : '';
      const when = describeAvailability(classInfo);
      const exists = availability(classInfo, version);
      if (exists === 'no') {
        report({
          start: attr.valueStart,
          end: attr.valueEnd,
          message: `${simpleName(className)} is not in this Tomcat (${when}); ${versionPhrase(version!)}.${instead}`,
          fix,
        });
      } else if (!version && classInfo.removed) {
        report({
          start: attr.valueStart,
          end: attr.valueEnd,
          severity: 'information',
          message: `${simpleName(className)} was removed in Tomcat ${classInfo.removed}; ${unknownVersionPhrase(node())}.${instead}`,
          fix,
        });
      }
    }
  },
};
