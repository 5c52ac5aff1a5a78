// Suggestions for misspelt names ("Did you mean ...?"): a bounded edit distance plus prefix
// matching. Called only on the error path, so it may scan every candidate.

/** The closest candidate to `typed`, or undefined when none is close enough to suggest. */
export function findClosest(typed: string, candidates: Iterable<string>): string | undefined {
  const wanted = typed.toLowerCase();
  const maxDistance = wanted.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === typed) continue;
    const lower = candidate.toLowerCase();
    const distance = measureEditDistance(wanted, lower, maxDistance);
    // A prefix either way ("desc", "descriptions"), or a plural ending ("repositories").
    const isPrefix = wanted.length >= 3 && (lower.startsWith(wanted) || wanted.startsWith(lower) || (lower.length >= 5 && wanted.startsWith(lower.slice(0, -1))));
    if (distance > maxDistance && !isPrefix) continue;
    // A prefix match ranks after every real typo fix, shorter completions first.
    const score = distance <= maxDistance ? distance : maxDistance + 1 + Math.abs(lower.length - wanted.length) / 1000;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** "Did you mean "x"?" when a candidate is close, else `otherwise` (which may be undefined). */
export function suggestName(typed: string, candidates: Iterable<string>, otherwise?: string): string | undefined {
  const closest = findClosest(typed, candidates);
  return closest === undefined ? otherwise : `Did you mean "${closest}"?`;
}

/**
 * Levenshtein distance of a and b, giving up (returning limit + 1) once it must exceed limit,
 * so a scan of thousands of candidates stays cheap.
 */
export function measureEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
