// When a create may leave its provider for the next candidate of its rule.
import { isProviderUnavailable } from '../transport/provider-resilience.js';

/**
 * A create fails over only when its provider is unavailable and nothing it sent may have been
 * carried out: a POST whose connection broke may have made the object, and a failover would
 * make it twice. That one fails instead, and the intent journal lets the next run find it.
 */
export function failoverReason(error: unknown): string | undefined {
  return isProviderUnavailable(error) && !error.mayHaveWritten ? error.detail : undefined;
}
