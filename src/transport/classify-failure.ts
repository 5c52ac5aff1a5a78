// Decides whether a failed provider call says the provider is unavailable: from network error
// codes in the error's cause chain, from what the provider fetch recorded in the call's scope,
// and, when it recorded nothing, from the plugin's error code (PLUGIN.unavailable,
// .server-error, .unreachable, .rate-limited). Anything else (a 4xx, a validation error, a
// bug) is not the provider's unavailability and is left alone.
import type { Answer } from './call-scope.js';
import type { UnavailableReason } from './provider-unavailable-error.js';

/** Connection-level failures of Node's net / undici, and DNS failures. */
const networkCodes = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENETDOWN|EPIPE|EAI_AGAIN|ENOTFOUND|UND_ERR_\w+)$/;

export interface Unavailability {
  readonly reason: Exclude<UnavailableReason, 'circuit-open'>;
  readonly detail: string;
}

export function classifyFailure(error: unknown, last: Answer | undefined): Unavailability | undefined {
  const code = networkCodeOf(error);
  if (code !== undefined) return { reason: 'connection', detail: `connection failed (${code})` };
  if (isFetchFailure(error)) return { reason: 'connection', detail: 'connection failed' };
  switch (last?.kind) {
    case 'server-error':
      return { reason: 'server-error', detail: last.detail };
    case 'rate-limited':
      return { reason: 'rate-limited', detail: last.detail };
    case 'connection':
      return { reason: 'connection', detail: last.detail };
    case 'timeout':
      return { reason: 'timeout', detail: last.detail };
    case 'client-error':
    case 'ok':
      return undefined;
    case undefined:
      // No answer seen in this call (a plugin without createFetch, or a lookup another call
      // started and this one awaited): the plugin's own error code is the remaining witness.
      return classifyByCode(error);
  }
}

/** ProviderError codes by the convention the built-in plugins follow (github.unavailable, ...). */
function classifyByCode(error: unknown): Unavailability | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  const kind = /\.([a-z-]+)$/.exec(code)?.[1];
  switch (kind) {
    case 'unavailable':
    case 'server-error':
      return { reason: 'server-error', detail: code };
    case 'unreachable':
      return { reason: 'connection', detail: code };
    case 'rate-limited':
      return { reason: 'rate-limited', detail: code };
    default:
      return undefined;
  }
}

/** The first network error code along the cause chain. */
export function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** undici's "TypeError: fetch failed", whatever wraps it. */
function isFetchFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}
