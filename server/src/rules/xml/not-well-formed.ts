import type { XmlRule } from '../rule';

/** Well-formedness: the first error fast-xml-parser's validator finds, plus the document-level errors it lets through. */
export const notWellFormed: XmlRule = {
  meta: {
    id: 'xml/not-well-formed',
    defaultSeverity: 'error',
    description: 'The document is not well-formed XML, so Tomcat cannot read it.',
    language: 'tomcat-xml',
    syntax: true,
  },
  check({ tree, report }) {
    for (const error of tree.errors) {
      report({ start: error.start, end: error.end, message: error.message, related: error.related });
    }
  },
};
