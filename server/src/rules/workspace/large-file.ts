import type { FileRule, FileRuleContext } from '../rule';

/** What the notice needs: the file's size and the limit it is above. */
export interface LargeFileContext extends FileRuleContext<undefined> {
  sizeBytes: number;
  limitBytes: number;
}

/**
 * A file above the size limit gets its syntax checked and nothing more (no
 * node, include tree or cluster model is built from it): this notice says so,
 * so that the silence of the other rules is not read as a clean bill.
 */
export const largeFile: FileRule<LargeFileContext> = {
  meta: {
    id: 'workspace/large-file',
    defaultSeverity: 'information',
    description: 'The file is above the size limit, so only its syntax is checked.',
    language: 'workspace',
  },
  check({ document, sizeBytes, limitBytes, report }) {
    const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
    report({
      start: 0,
      end: Math.min(firstLine.length, 200),
      message: `This file is ${kib(sizeBytes)} KiB, above the ${kib(limitBytes)} KiB limit: only its syntax is checked (raise "maxFileSizeKB" in .tomcat-cluster.json or the tomcatCluster.validation.maxFileSizeKB setting to check it fully).`,
    });
  },
};

function kib(bytes: number): string {
  return Math.ceil(bytes / 1024).toLocaleString('en-US');
}
