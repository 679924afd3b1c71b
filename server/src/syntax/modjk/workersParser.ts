/**
 * mod_jk's workers.properties → its `key=value` lines with offsets (jk_map):
 * `#` comments, blank lines, `worker.list=…`, `worker.<name>.<property>=…`,
 * and other keys (variables such as workers.tomcat_home, used as $(name)).
 * Like jk_map.c's trim_prp_comment, a `#` anywhere on a line starts a comment
 * that runs to the end of the line (`worker.list=lb # the balancer` is `lb`).
 * Never throws; a line without "=" is kept as a bad line.
 */

export interface WorkersLine {
  key: string;
  value: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** Offsets of the line's content: from its first non-blank character to the end of its text, without a trailing `#` comment and blanks. */
  start: number;
  end: number;
  /** No "=" on the line. */
  bad?: boolean;
}

export interface WorkersFile {
  text: string;
  lines: WorkersLine[];
}

export function parseWorkers(text: string): WorkersFile {
  const lines: WorkersLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    // mod_jk cuts the line at its first '#', wherever it is (trim_prp_comment).
    const hash = text.slice(start, end).indexOf('#');
    const raw = text.slice(start, hash < 0 ? end : start + hash);
    const lead = /^\s*/.exec(raw)![0].length;
    if (lead < raw.length) {
      const eq = raw.indexOf('=');
      const trimmedEnd = start + raw.trimEnd().length;
      if (eq < 0) {
        lines.push({ key: raw.trim(), value: '', keyStart: start + lead, keyEnd: trimmedEnd, valueStart: trimmedEnd, valueEnd: trimmedEnd, start: start + lead, end: trimmedEnd, bad: true });
      } else {
        const key = raw.slice(lead, eq).trim();
        const keyEnd = start + lead + raw.slice(lead, eq).trimEnd().length;
        const valueLead = /^\s*/.exec(raw.slice(eq + 1))![0].length;
        const valueStart = start + eq + 1 + valueLead;
        lines.push({ key, value: raw.slice(eq + 1).trim(), keyStart: start + lead, keyEnd, valueStart, valueEnd: Math.max(valueStart, trimmedEnd), start: start + lead, end: trimmedEnd });
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return { text, lines };
}
