// Parses the durations users write, in the config (resilience timeouts) and in flags such as
// --lock-timeout ("30s", "2m", "500ms", "1m30s", "0"), into milliseconds.

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;

/** Milliseconds for `text`, or undefined when it is not a duration. A bare "0" means zero. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (!DURATION.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(PART)) {
    const amount = Number(match[1]);
    const unit = UNIT_MS[match[2] ?? ''];
    if (unit === undefined || !Number.isFinite(amount)) return undefined;
    total += amount * unit;
  }
  return Math.round(total);
}
