// The scope of one guarded provider call: what the provider fetch saw of the API while the
// call ran (the last answer it handed the SDK) and the signal that cancels the call's
// requests when it times out. SDKs wrap HTTP failures each their own way; this is how the
// guard learns that a thrown error was a 503 and not a 404.
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the last answer handed to the SDK said about the provider. */
export type AnswerKind = 'ok' | 'client-error' | 'server-error' | 'rate-limited' | 'connection' | 'timeout';

export interface Answer {
  readonly kind: AnswerKind;
  /** e.g. "HTTP 503", "HTTP 429", "connection refused (ECONNREFUSED)". */
  readonly detail: string;
}

export interface CallScope {
  /** Aborted when the guarded call times out; the fetch aborts its requests with it. */
  readonly signal: AbortSignal | undefined;
  /** The last answer; each one replaces the one before (a retry that succeeds clears a 503). */
  last: Answer | undefined;
  /** What the call's writes (requests other than GET/HEAD/OPTIONS) may have done. */
  readonly writes: WriteTrace;
  /**
   * A limit per request instead of one for the whole call: a list() of 10,000 objects takes
   * as long as it takes, but no single page may hang.
   */
  readonly requestTimeoutMs?: number;
}

/**
 * Whether a failed call may have changed something at the provider: a create that may have
 * made its object must not fail over to another provider, or the object would exist twice.
 */
export interface WriteTrace {
  /** Requests sent through the fetch, writes or not. */
  requests: number;
  /** Writes sent and not yet answered. */
  pending: number;
  /** A write was answered with success. */
  landed: boolean;
  /** A write's connection broke after it was sent: it may have been carried out. */
  inDoubt: boolean;
}

export function emptyWriteTrace(): WriteTrace {
  return { requests: 0, pending: 0, landed: false, inDoubt: false };
}

/** Whether the call's writes may have changed something (a write that is answered 4xx/5xx did not). */
export function mayHaveWritten(trace: WriteTrace): boolean {
  return trace.landed || trace.inDoubt || trace.pending > 0;
}

/** The current call's write trace; undefined outside a guarded call. */
export function callWrites(): WriteTrace | undefined {
  return storage.getStore()?.writes;
}

const storage = new AsyncLocalStorage<CallScope>();

export function runInCallScope<T>(scope: CallScope, call: () => Promise<T>): Promise<T> {
  return storage.run(scope, call);
}

/** Notes an answer on the current call's scope; outside a guarded call it is a no-op. */
export function recordAnswer(answer: Answer): void {
  const scope = storage.getStore();
  if (scope) scope.last = answer;
}

/** The signal of the guarded call this code runs in, if any. */
export function callSignal(): AbortSignal | undefined {
  return storage.getStore()?.signal;
}

/** The per-request limit of the guarded call this code runs in, if it has one. */
export function callRequestTimeout(): number | undefined {
  return storage.getStore()?.requestTimeoutMs;
}
