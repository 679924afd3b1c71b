/** The modjk/* rules (mod_jk workers.properties), one file each. */
import type { ModjkRule } from '../rule';
import { modjkSyntax } from './syntax';
import { unknownProperty } from './unknown-property';
import { workerUndefined } from './worker-undefined';

export const MODJK_RULES: ModjkRule[] = [modjkSyntax, workerUndefined, unknownProperty];
