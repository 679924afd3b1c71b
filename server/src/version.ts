/** The product's name and version, from package.json (esbuild keeps only these two fields). */
import { name, version } from '../../package.json';

export const TOOL = { name: 'tomcat-cluster-check', packageName: name, version };
