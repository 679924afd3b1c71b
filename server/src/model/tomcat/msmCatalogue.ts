/** The memcached-session-manager catalogue (schemas/msm/msm-catalogue.json), typed. */
import data from '../../../../schemas/msm/msm-catalogue.json';

export interface MsmArtifact {
  artifact: string;
  aliases?: string[];
  /** First msm release that needs it. */
  since?: string;
  doc?: string;
}

export interface MsmTranscoder {
  className: string;
  name: string;
  artifacts: MsmArtifact[];
  since?: string;
  lastRelease?: string;
  doc: string;
}

export interface MsmAttribute {
  type: string;
  values?: string[];
  default?: string | null;
  required?: boolean;
  since?: string;
  mode?: 'sticky' | 'non-sticky';
  doc: string;
}

export interface MsmCatalogue {
  coreArtifact: string;
  extendsTomcatClass?: string;
  managerClasses: { className: string; doc: string; since?: string }[];
  attributes: Record<string, MsmAttribute>;
  transcoders: MsmTranscoder[];
  tomcatModules: { artifact: string; tomcatMajor: number; since: string; doc?: string }[];
  clients: { store: 'memcached' | 'redis' | 'couchbase'; artifacts: MsmArtifact[]; doc?: string }[];
  compatibility: { msm: { from: string; to: string }; artifacts: Record<string, string>; doc?: string }[];
}

export const MSM_CATALOGUE = data as MsmCatalogue;

export const MSM_PACKAGE = 'de.javakaffee.web.msm.';

export function isMsmManagerClass(className: string | undefined): boolean {
  return !!className && MSM_CATALOGUE.managerClasses.some((c) => c.className === className);
}
