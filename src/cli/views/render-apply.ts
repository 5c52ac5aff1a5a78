// Human lines for apply: one per change started and settled, then a summary that lists every
// failure with its diagnostic and every skipped change with the failure that caused it.
import type { ChalkInstance } from 'chalk';
import type { ApplyEvent, ChangeOutcome, Failover } from '../../apply/apply-events.js';
import { assertNever } from '../../assert-never.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostic.js';

const doing: Record<string, [string, string]> = {
  create: ['creating', 'created'],
  update: ['updating', 'updated'],
  replace: ['replacing', 'replaced'],
  delete: ['destroying', 'destroyed'],
  import: ['importing', 'imported'],
  'no-op': ['moving', 'moved'],
  move: ['moving to another provider', 'moved'],
};

/** The progress line of an event; undefined for the steps inside a change (journaled, called, recorded). */
export function renderApplyEvent(event: ApplyEvent, c: ChalkInstance): string | undefined {
  const [ing, ed] = doing[event.change.action] ?? ['changing', 'changed'];
  switch (event.type) {
    case 'started':
      return `${event.change.address}: ${ing}…`;
    case 'succeeded':
      return c.green(`${event.change.address}: ${ed} in ${(event.ms / 1000).toFixed(1)}s${event.id ? ` [id=${event.id}]` : ''}`);
    case 'failed':
      return c.red(`${event.change.address}: ${ing} failed: ${event.diagnostic.summary}`);
    case 'skipped':
      return c.yellow(`${event.change.address}: skipped because ${event.because}`);
    case 'failover':
      return c.yellow(`${event.change.address}: ${event.failover.from} is unavailable (${event.failover.reason}); failing over to ${event.failover.to}`);
    case 'kept':
      return c.yellow(`${event.change.address}: the old object (id ${event.id}) stays on ${event.provider}, no longer managed by mosaic; apply the move with --allow-move-delete to delete it`);
    case 'journaled':
    case 'called':
    case 'recorded':
      return undefined;
    default:
      return assertNever(event, 'apply event');
  }
}

export interface OutcomeSummary {
  readonly created: number;
  readonly updated: number;
  readonly replaced: number;
  readonly destroyed: number;
  readonly imported: number;
  readonly moved: number;
  readonly failed: number;
  readonly skipped: number;
}

export function summarizeOutcomes(outcomes: readonly ChangeOutcome[]): OutcomeSummary {
  const ok = (action: string) => outcomes.filter((o) => o.status === 'succeeded' && o.action === action).length;
  return {
    created: ok('create'),
    updated: ok('update') + ok('no-op'),
    replaced: ok('replace'),
    destroyed: ok('delete'),
    imported: ok('import'),
    moved: ok('move'),
    failed: outcomes.filter((o) => o.status === 'failed').length,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
  };
}

export function renderApplySummary(command: 'apply' | 'destroy', outcomes: readonly ChangeOutcome[], c: ChalkInstance, failovers: readonly Failover[] = []): string {
  const s = summarizeOutcomes(outcomes);
  const failedOver = renderFailovers(outcomes, failovers, c);
  const counts =
    command === 'destroy'
      ? `${String(s.destroyed)} destroyed`
      : `${String(s.created)} created, ${String(s.updated)} updated, ${String(s.replaced)} replaced, ${s.moved > 0 ? `${String(s.moved)} moved, ` : ''}${String(s.destroyed)} destroyed, ${String(s.imported)} imported`;
  const title = command === 'destroy' ? 'Destroy' : 'Apply';
  if (s.failed === 0 && s.skipped === 0) return [`\n${c.green.bold(`${title} complete!`)} Resources: ${counts}.`, ...failedOver].join('\n');
  const lines = [`\n${c.red.bold(`${title} failed.`)} Resources: ${counts}; ${String(s.failed)} failed, ${String(s.skipped)} skipped.`, ...failedOver, ''];
  for (const o of outcomes) {
    if (o.status === 'failed') lines.push(formatDiagnostic(o.diagnostic, { error: (x) => c.red.bold(x), warning: (x) => x, dim: (x) => c.dim(x) }));
  }
  for (const o of outcomes) {
    if (o.status === 'skipped') lines.push(`${o.address}: skipped because ${o.because}`);
  }
  return lines.join('\n');
}

/** "Failover: 12 creates went to gh-b instead of gh-a (gh-a unavailable: HTTP 503)", per pair. */
function renderFailovers(outcomes: readonly ChangeOutcome[], failovers: readonly Failover[], c: ChalkInstance): string[] {
  const landed = new Map(outcomes.flatMap((o) => (o.status === 'succeeded' ? [[o.address, o.provider] as const] : [])));
  const pairs = new Map<string, { from: string; to: string; count: number; reason: string }>();
  const first = new Map<string, Failover>();
  for (const f of failovers) if (!first.has(f.address)) first.set(f.address, f);
  for (const [address, f] of first) {
    const to = landed.get(address);
    if (to === undefined) continue;
    const key = `${f.from}\u0000${to}`;
    const pair = pairs.get(key) ?? { from: f.from, to, count: 0, reason: f.reason };
    pair.count += 1;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => c.yellow(`Failover: ${String(p.count)} create${p.count === 1 ? '' : 's'} went to ${p.to} instead of ${p.from} (${p.from} unavailable: ${p.reason}).`));
}
