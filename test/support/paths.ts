/** Where things are, for tests compiled to out/test/…: the project root and ../shared beside it. */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`project root not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(__dirname);
export const sharedRoot = path.resolve(projectRoot, '../shared');
export const fixturesRoot = path.join(projectRoot, 'test/fixtures');
export const cliBundle = path.join(projectRoot, 'dist/cli/tomcat-cluster-check.js');
export const serverBundle = path.join(projectRoot, 'dist/server/server.js');
