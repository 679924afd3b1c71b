/** Every rule of the product, by language (see docs/rules/ and ../shared/spec/rules.md). */
import type { RuleMeta, XmlRule } from './rule';
import { notWellFormed } from './xml/not-well-formed';
import { externalEntity } from './xml/external-entity';

export interface RuleSet {
  xml: XmlRule[];
}

export const DEFAULT_RULES: RuleSet = {
  xml: [notWellFormed, externalEntity],
};

export const RULE_METAS: readonly RuleMeta[] = [...DEFAULT_RULES.xml].map((r) => r.meta);

export const RULE_IDS: ReadonlySet<string> = new Set(RULE_METAS.map((m) => m.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
