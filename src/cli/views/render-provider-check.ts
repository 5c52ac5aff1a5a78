// `mosaic providers check` output: the per-instance report as a table with a verdict for
// people, and as the documented JSON shape (docs/resilience.md) for scripts.
import type { ChalkInstance } from 'chalk';
import { isHealthy, type BreakerChange, type ProviderCheck } from '../../run/check-providers.js';

export function providerCheckJson(checks: readonly ProviderCheck[], transitions: readonly BreakerChange[]): unknown {
  return {
    format_version: 1,
    healthy: checks.every(isHealthy),
    providers: checks.map((check) => ({
      name: check.name,
      type: check.type,
      healthy: isHealthy(check),
      reachable: check.reachable,
      authenticated: check.authenticated,
      latency_ms: check.latencyMs,
      rate_limit: check.rateLimit === null ? null : { remaining: check.rateLimit.remaining, limit: check.rateLimit.limit, reset_at: check.rateLimit.resetAt ?? null },
      breaker: { state: check.breaker.state, consecutive_failures: check.breaker.consecutiveFailures, opened_at: check.breaker.openedAt, probe_at: check.breaker.probeAt },
      detail: check.detail,
    })),
    breaker_transitions: transitions.map((t) => ({ provider: t.provider, from: t.from, to: t.to, time: t.time, reason: t.reason })),
  };
}

export function renderProviderCheck(checks: readonly ProviderCheck[], transitions: readonly BreakerChange[], c: ChalkInstance): string {
  const header = ['PROVIDER', 'TYPE', 'REACHABLE', 'AUTHENTICATED', 'LATENCY', 'RATE LIMIT LEFT', 'BREAKER', 'DETAIL'];
  const rows = checks.map((check) => [
    check.name,
    check.type,
    yesNo(check.reachable),
    check.authenticated === null ? '-' : yesNo(check.authenticated),
    check.latencyMs === null ? '-' : `${String(check.latencyMs)} ms`,
    check.rateLimit === null ? '-' : `${check.rateLimit.remaining.toLocaleString('en-US')} of ${check.rateLimit.limit.toLocaleString('en-US')}`,
    describeBreaker(check),
    check.detail ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const lines = [c.bold(line(header)), ...rows.map((row, index) => {
    const text = line(row);
    const check = checks[index];
    return check !== undefined && isHealthy(check) ? text : c.red(text);
  })];
  if (transitions.length > 0) {
    lines.push('', ...transitions.map((t) => `${t.provider}: circuit breaker ${t.from} -> ${t.to} (${t.reason})`));
  }
  const unhealthy = checks.filter((check) => !isHealthy(check));
  lines.push('');
  if (unhealthy.length === 0) lines.push(c.green(checks.length === 1 ? 'The provider is healthy.' : `All ${String(checks.length)} providers are healthy.`));
  else lines.push(c.red(`${String(unhealthy.length)} of ${String(checks.length)} provider(s) unhealthy: ${unhealthy.map((check) => `${check.name} (${whyUnhealthy(check)})`).join(', ')}.`));
  return lines.join('\n');
}

function yesNo(value: boolean | null): string {
  return value === null ? '?' : value ? 'yes' : 'no';
}

function describeBreaker(check: ProviderCheck): string {
  const { state, probeAt } = check.breaker;
  return state === 'open' && probeAt !== null ? `open until ${probeAt}` : state;
}

function whyUnhealthy(check: ProviderCheck): string {
  if (check.breaker.state === 'open') return 'circuit breaker open';
  if (check.authenticated === false) return 'credential refused';
  return 'unreachable';
}
