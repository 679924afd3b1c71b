/** Which jars provide an msm artifact: by artifactId as the jar's file name starts, or its aliases. */
import type { Jar } from '../../model/tomcat/jars';
import type { MsmArtifact } from '../../model/tomcat/msmCatalogue';

export function jarsOf(artifact: MsmArtifact | string, jars: Jar[]): Jar[] {
  const names = typeof artifact === 'string' ? [artifact] : [artifact.artifact, ...(artifact.aliases ?? [])];
  return jars.filter((j) => names.includes(j.artifact));
}

export function hasArtifact(artifact: MsmArtifact | string, jars: Jar[]): boolean {
  return jarsOf(artifact, jars).length > 0;
}
