// Human lines for apply: one per change started and settled, then a summary that lists every
// failure with its diagnostic and every skipped change with the failure that caused it.
import type { ChalkInstance } from 'chalk';
import type { ApplyEvent, ChangeOutcome } from '../../apply/apply-events.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostic.js';

const doing: Record<string, [string, string]> = {
  create: ['creating', 'created'],
  update: ['updating', 'updated'],
  replace: ['replacing', 'replaced'],
  delete: ['destroying', 'destroyed'],
  import: ['importing', 'imported'],
  'no-op': ['moving', 'moved'],
};

export function renderApplyEvent(event: ApplyEvent, c: ChalkInstance): string {
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
  }
}

export interface OutcomeSummary {
  readonly created: number;
  readonly updated: number;
  readonly replaced: number;
  readonly destroyed: number;
  readonly imported: number;
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
    failed: outcomes.filter((o) => o.status === 'failed').length,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
  };
}

export function renderApplySummary(command: 'apply' | 'destroy', outcomes: readonly ChangeOutcome[], c: ChalkInstance): string {
  const s = summarizeOutcomes(outcomes);
  const counts =
    command === 'destroy'
      ? `${String(s.destroyed)} destroyed`
      : `${String(s.created)} created, ${String(s.updated)} updated, ${String(s.replaced)} replaced, ${String(s.destroyed)} destroyed, ${String(s.imported)} imported`;
  const title = command === 'destroy' ? 'Destroy' : 'Apply';
  if (s.failed === 0 && s.skipped === 0) return `\n${c.green.bold(`${title} complete!`)} Resources: ${counts}.`;
  const lines = [`\n${c.red.bold(`${title} failed.`)} Resources: ${counts}; ${String(s.failed)} failed, ${String(s.skipped)} skipped.`, ''];
  for (const o of outcomes) {
    if (o.status === 'failed') lines.push(formatDiagnostic(o.diagnostic, { error: (x) => c.red.bold(x), warning: (x) => x, dim: (x) => c.dim(x) }));
  }
  for (const o of outcomes) {
    if (o.status === 'skipped') lines.push(`${o.address}: skipped because ${o.because}`);
  }
  return lines.join('\n');
}
