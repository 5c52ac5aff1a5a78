// The local state lock: a lock file created exclusively, naming its holder, taken over when
// its holder is a dead process on this host.
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { describeLockedState } from './describe-locked-state.js';
import { hasErrorCode } from './error-code.js';
import type { LockHolder, LockRequest, LockWaitListener, StateLock } from './state.js';

const POLL_MIN_MS = 100;
const POLL_JITTER_MS = 100;
/** A holder writes its lock file just after creating it; give a half-written file this long. */
const UNREADABLE_GRACE_MS = 100;
/** A takeover guard older than this was left by a run that crashed while holding it. */
const ABANDONED_GUARD_MS = 5_000;

type FoundHolder = LockHolder | 'gone' | 'unreadable';

/**
 * Takes the lock file at `path`, waiting up to `timeoutMs` (0: not at all) for its holder to
 * release it. Fails with a `state.locked` DiagnosticError that names the holder.
 */
export async function acquireStateLock(path: string, holder: LockRequest, timeoutMs: number, onWait?: LockWaitListener): Promise<StateLock> {
  const deadline = Date.now() + Math.max(0, timeoutMs);
  let waiting = false;
  await mkdir(dirname(path), { recursive: true });
  for (;;) {
    const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: holder.command, principal: holder.principal };
    if (await createLockFile(path, mine)) return new LocalStateLock(path, mine);
    const found = await readLockHolder(path, UNREADABLE_GRACE_MS);
    if (found === 'gone') continue;
    if (found !== 'unreadable' && isStale(found)) {
      await removeStaleLock(path, found);
      continue;
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      const named = found === 'unreadable' ? `lock file ${path} cannot be read` : found;
      throw new DiagnosticError([describeLockedState({ holder: named, timeoutMs, ifGone: `If that process is gone, remove ${path}.` })]);
    }
    if (!waiting) {
      waiting = true;
      onWait?.(found === 'unreadable' ? undefined : found);
    }
    await sleep(Math.min(remaining, POLL_MIN_MS + Math.random() * POLL_JITTER_MS));
  }
}

/** A held lock; releasing removes the lock file only while it is still ours. */
class LocalStateLock implements StateLock {
  #released = false;
  readonly #path: string;
  readonly #holder: LockHolder;

  constructor(path: string, holder: LockHolder) {
    this.#path = path;
    this.#holder = holder;
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    const found = await readLockHolder(this.#path, 0);
    if (typeof found === 'string' || !isSameHolder(found, this.#holder)) return;
    await unlinkIfPresent(this.#path);
  }
}

/** True when the file was created and now names `holder`; false when it already existed. */
async function createLockFile(path: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (hasErrorCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`, 'utf8');
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
}

async function readLockHolder(path: string, graceMs: number): Promise<FoundHolder> {
  const giveUpAt = Date.now() + graceMs;
  for (;;) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return 'gone';
      throw error;
    }
    const holder = parseLockHolder(text);
    if (holder !== undefined) return holder;
    if (Date.now() >= giveUpAt) return 'unreadable';
    await sleep(20);
  }
}

function parseLockHolder(text: string): LockHolder | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const { pid, host, since, command, principal } = record;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || typeof host !== 'string' || typeof since !== 'string') return undefined;
  return {
    pid,
    host,
    since,
    command: typeof command === 'string' ? command : 'unknown command',
    principal: typeof principal === 'string' ? principal : 'unknown',
  };
}

/** Only a holder on this host can be checked; one elsewhere is always taken to be alive. */
function isStale(holder: LockHolder): boolean {
  return holder.host === hostname() && !isProcessAlive(holder.pid);
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return !hasErrorCode(error, 'ESRCH');
  }
}

/**
 * Several runs may find the same stale lock at once, and one of them may have taken the
 * lock anew before another acts; a plain unlink would then delete a live lock. So removal
 * happens only under a takeover guard (a second file created exclusively), after checking
 * again, under the guard, that the lock file still names the stale holder. Returns without
 * removing anything while another run holds the guard; the caller then tries again.
 */
async function removeStaleLock(path: string, stale: LockHolder): Promise<void> {
  const guardPath = `${path}.takeover`;
  const guard: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: 'stale lock takeover', principal: '' };
  if (!(await createLockFile(guardPath, guard))) {
    await removeAbandonedGuard(guardPath);
    await sleep(10 + Math.random() * 20);
    return;
  }
  try {
    const current = await readLockHolder(path, 0);
    if (typeof current !== 'string' && isSameHolder(current, stale)) await unlinkIfPresent(path);
  } finally {
    await unlinkIfPresent(guardPath);
  }
}

/** A guard is held for milliseconds; one whose holder died, or that is old, was abandoned by a crash. */
async function removeAbandonedGuard(guardPath: string): Promise<void> {
  let ageMs: number;
  try {
    ageMs = Date.now() - (await stat(guardPath)).mtimeMs;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return;
    throw error;
  }
  const holder = await readLockHolder(guardPath, 0);
  const abandoned = ageMs > ABANDONED_GUARD_MS || (typeof holder !== 'string' && isStale(holder));
  if (abandoned) await unlinkIfPresent(guardPath);
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error;
  }
}

function isSameHolder(a: LockHolder, b: LockHolder): boolean {
  return a.pid === b.pid && a.host === b.host && a.since === b.since;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
