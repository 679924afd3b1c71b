/** Every rule of the product, by language (see docs/rules/ and ../shared/spec/rules.md). */
import type { ClusterRule, HttpdRule, ModjkRule, NginxRule, RuleMeta, XmlRule } from './rule';
import { MODJK_RULES } from './modjk';
import { HTTPD_RULES } from './httpd';
import { NGINX_RULES } from './nginx';
import { notWellFormed } from './xml/not-well-formed';
import { externalEntity } from './xml/external-entity';
import { TOMCAT_RULES } from './tomcat';
import { MSM_RULES } from './msm';
import { CLUSTER_RULES } from './cluster';
import { largeFile } from './workspace/large-file';

export interface RuleSet {
  /** Syntax rules of Tomcat XML files: they run on every document. */
  xml: XmlRule[];
  /** Semantic rules of Tomcat XML files (tomcat/*, msm/*): they run on well-formed documents. */
  tomcat: XmlRule[];
  nginx: NginxRule[];
  httpd: HttpdRule[];
  modjk: ModjkRule[];
  /** Cross-file rules over the workspace's cluster model. */
  cluster: ClusterRule[];
}

export const DEFAULT_RULES: RuleSet = {
  xml: [notWellFormed, externalEntity],
  tomcat: [...TOMCAT_RULES, ...MSM_RULES],
  nginx: NGINX_RULES,
  httpd: HTTPD_RULES,
  modjk: MODJK_RULES,
  cluster: CLUSTER_RULES,
};

// workspace/large-file is not in a RuleSet: the engine adds it to a file above the size limit.
export const RULE_METAS: readonly RuleMeta[] = [...DEFAULT_RULES.xml, ...DEFAULT_RULES.tomcat, ...DEFAULT_RULES.nginx, ...DEFAULT_RULES.httpd, ...DEFAULT_RULES.modjk, ...DEFAULT_RULES.cluster, largeFile].map((r) => r.meta);

export const RULE_IDS: ReadonlySet<string> = new Set(RULE_METAS.map((m) => m.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
