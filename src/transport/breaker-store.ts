// Where a provider's circuit breaker is kept between runs on this machine:
// STATE_DIR/breakers/NAME.json, beside the ETag caches, so a cron run minutes after a run that
// opened a breaker fails fast on that provider until its half-open time has passed.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** One provider's breaker as saved. */
export interface BreakerRecord {
  readonly state: BreakerState;
  /** Failures in a row that said the provider was unavailable (reset by a success). */
  readonly consecutive_failures: number;
  /** When it last opened (ISO 8601); kept while open or half-open. */
  readonly opened_at?: string;
  /** What the failure that opened it was, e.g. "HTTP 503". */
  readonly last_failure?: string;
}

interface BreakerFile extends BreakerRecord {
  readonly format_version: 1;
}

function breakerPath(stateDir: string, provider: string): string {
  return join(stateDir, 'breakers', `${provider}.json`);
}

/**
 * The saved breaker of `provider`, or undefined (never saved, or unreadable: a damaged file
 * costs a closed breaker, nothing more). Synchronous: guarding an instance must know its
 * state before the first call.
 */
export function readBreakerRecord(stateDir: string, provider: string): BreakerRecord | undefined {
  let file: Partial<BreakerFile>;
  try {
    file = JSON.parse(readFileSync(breakerPath(stateDir, provider), 'utf8')) as Partial<BreakerFile>;
  } catch {
    return undefined;
  }
  if (file.format_version !== 1 || (file.state !== 'closed' && file.state !== 'open' && file.state !== 'half-open')) return undefined;
  const failures = typeof file.consecutive_failures === 'number' && Number.isInteger(file.consecutive_failures) && file.consecutive_failures >= 0 ? file.consecutive_failures : 0;
  const openedAt = typeof file.opened_at === 'string' && !Number.isNaN(Date.parse(file.opened_at)) ? file.opened_at : undefined;
  // An open breaker without a readable opening time cannot say when to probe: treat it as due.
  return {
    state: file.state,
    consecutive_failures: failures,
    ...(openedAt === undefined ? {} : { opened_at: openedAt }),
    ...(typeof file.last_failure === 'string' ? { last_failure: file.last_failure } : {}),
  };
}

export async function writeBreakerRecord(stateDir: string, provider: string, record: BreakerRecord): Promise<void> {
  const path = breakerPath(stateDir, provider);
  const file: BreakerFile = { format_version: 1, ...record };
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${String(process.pid)}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
  await rename(temporary, path);
}
