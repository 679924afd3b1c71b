/**
 * "Did you mean": the candidate nearest to a misspelt name (Damerau–Levenshtein, case-insensitive).
 * A name is compared with hundreds of candidates, for each unknown name of a file: with `max`, the
 * count stops as soon as the distance must exceed it (and gives max + 1), and the rows of the
 * matrix are reused from one comparison to the next.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  return distance(a.toLowerCase(), b.toLowerCase(), max);
}

// Three rows of the matrix (the transposition looks two rows up), grown as needed.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function distance(x: string, y: string, max: number): number {
  const m = x.length;
  const n = y.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const xi = x.charCodeAt(i - 1);
    const xh = i > 1 ? x.charCodeAt(i - 2) : -1;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const yj = y.charCodeAt(j - 1);
      let d = previous[j - 1] + (xi === yj ? 0 : 1);
      if (previous[j] + 1 < d) d = previous[j] + 1;
      if (current[j - 1] + 1 < d) d = current[j - 1] + 1;
      if (j > 1 && xi === y.charCodeAt(j - 2) && xh === yj && before[j - 2] + 1 < d) d = before[j - 2] + 1;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // No row has a smaller minimum than the row above it: the distance is at least this.
    if (rowMin > max) return max + 1;
    const t = before;
    before = previous;
    previous = current;
    current = t;
  }
  return previous[n] > max ? max + 1 : previous[n];
}

/** The closest candidate within a distance that still reads as a typo (a third of the name, at least 2). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > limit) continue;
    // Only a candidate strictly nearer than the best so far (and within the limit) matters.
    const dist = distance(lower, c.toLowerCase(), Math.min(limit, bestDistance - 1));
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
