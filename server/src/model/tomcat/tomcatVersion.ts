/**
 * Tomcat versions as the catalogues speak of them: branches ("9.0") and
 * releases ("9.0.83"). A node's version may be known exactly, to the branch,
 * to the major ("tc8" jar: 8.0 or 8.5), or only as a lower bound (a jakarta
 * web.xml: 10 or later), so it is an interval of release numbers.
 */

/** major.minor.patch → one comparable number. */
export function releaseNumber(major: number, minor = 0, patch = 0): number {
  return major * 1_000_000 + minor * 1_000 + patch;
}

export function parseRelease(text: string): number | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!m) return undefined;
  return releaseNumber(Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3]));
}

export interface TomcatVersion {
  /** Lowest and highest release number the node can be. */
  low: number;
  high: number;
  /** How a person would write it: "9.0.83", "9.0", "8.x", "10 or later". */
  label: string;
  /** Where it comes from, for messages: "lib/catalina.jar", "the settings file (nodes.tomcat1.tomcatVersion)". */
  source: string;
}

/** "9.0.83" → exactly that release; "9.0" → any 9.0 release. */
export function versionFromText(text: string, source: string): TomcatVersion | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (m[3] !== undefined) {
    const n = releaseNumber(major, minor, Number(m[3]));
    return { low: n, high: n, label: `${major}.${minor}.${m[3]}`, source };
  }
  return { low: releaseNumber(major, minor, 0), high: releaseNumber(major, minor, 999), label: `${major}.${minor}`, source };
}

export function versionFromMajor(major: number, source: string): TomcatVersion {
  return { low: releaseNumber(major, 0, 0), high: releaseNumber(major, 999, 999), label: `${major}.x`, source };
}

export function versionAtLeast(major: number, source: string): TomcatVersion {
  return { low: releaseNumber(major, 0, 0), high: Number.MAX_SAFE_INTEGER, label: `${major} or later`, source };
}

export interface VersionedItem {
  since?: string[];
  removed?: string;
  deprecated?: string[];
}

function branchOf(n: number): number {
  return Math.floor(n / 1000);
}

/** Whether an item exists in one exact release (the catalogue convention, see tomcat-catalogue.schema.json). */
export function existsIn(item: VersionedItem, release: number): boolean {
  if (item.removed) {
    const removed = parseRelease(item.removed);
    if (removed !== undefined && release >= removed) return false;
  }
  if (!item.since || item.since.length === 0) return true;
  const entries = item.since.map((s) => parseRelease(s)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  const branch = branchOf(release);
  const same = entries.find((e) => branchOf(e) === branch);
  if (same !== undefined) return release >= same;
  return branch > branchOf(entries[0]);
}

export type Availability = 'yes' | 'no' | 'unknown';

/** Whether an item exists in every release the version can be ('yes'), in none ('no'), or it depends ('unknown'). */
export function availability(item: VersionedItem, version: TomcatVersion | undefined): Availability {
  if (!version) return 'unknown';
  // Existence only changes at the boundaries named by the item, so testing
  // the ends of the interval and both sides of each boundary inside it is enough.
  const boundaries = [...(item.since ?? []), ...(item.removed ? [item.removed] : [])]
    .map((s) => parseRelease(s))
    .filter((n): n is number => n !== undefined);
  const branchStarts = boundaries.map((b) => branchOf(b) * 1000);
  const points = new Set<number>([version.low, version.high]);
  for (const b of [...boundaries, ...branchStarts]) {
    for (const p of [b - 1, b]) if (p >= version.low && p <= version.high) points.add(p);
  }
  let yes = 0;
  let no = 0;
  for (const p of points) (existsIn(item, p) ? yes++ : no++);
  return no === 0 ? 'yes' : yes === 0 ? 'no' : 'unknown';
}

/** Whether the item is deprecated in every release the version can be. */
export function isDeprecatedIn(item: VersionedItem, version: TomcatVersion | undefined): boolean {
  if (!version || !item.deprecated?.length) return false;
  return availability({ since: item.deprecated }, version) === 'yes';
}

/** "in Tomcat 8.5.38+, 9.0.13+ and 10.1+" style wording of an item's availability. */
export function describeAvailability(item: VersionedItem): string {
  const parts: string[] = [];
  if (item.since?.length) parts.push(`since ${item.since.join(' / ')}`);
  if (item.removed) parts.push(`removed in ${item.removed}`);
  return parts.join(', ');
}
