import { attribute } from '../../syntax/xml/xmlQuery';
import type { XmlAttribute } from '../../syntax/xml/xmlDocument';
import type { OffsetReport, XmlRule } from '../rule';
import { locationIn, managersOf } from './managers';

/** Non-sticky msm with an Engine jvmRoute: msm warns "You should remove the jvmRoute configuration for non-sticky mode". */
export const nonStickyJvmRoute: XmlRule = {
  meta: {
    id: 'msm/non-sticky-jvmroute',
    defaultSeverity: 'warning',
    description: 'sticky="false" while the Engine has a jvmRoute.',
    language: 'tomcat-xml',
  },
  check(context) {
    for (const m of managersOf(context)) {
      if (m.sticky || !m.stickyAttribute) continue;
      // The Engine is in this file (a Context in server.xml) or in the node's server.xml.
      let engine: XmlAttribute | undefined;
      let related: NonNullable<OffsetReport['related']>[number] | undefined;
      for (let p = m.element.parent; p; p = p.parent) {
        if (p.name === 'Engine') {
          engine = attribute(p, 'jvmRoute');
          if (engine) related = { start: engine.valueStart, end: engine.valueEnd, message: 'the Engine jvmRoute' };
          break;
        }
      }
      const node = context.node();
      if (!related && node?.engine && node.server && node.serverXmlPath && node.serverXmlPath !== context.filePath) {
        engine = attribute(node.engine, 'jvmRoute');
        if (engine) related = { ...locationIn(node.serverXmlPath, node.server.text, engine.valueStart, engine.valueEnd), message: 'the Engine jvmRoute in server.xml' };
      }
      if (!engine || !related) continue;
      context.report({
        start: m.stickyAttribute.valueStart,
        end: m.stickyAttribute.valueEnd,
        message: `Non-sticky sessions, but the Engine has jvmRoute="${engine.value}": msm warns "You should remove the jvmRoute configuration for non-sticky mode" (a route suffix invites balancers to stick).`,
        related: [related],
      });
    }
  },
};
