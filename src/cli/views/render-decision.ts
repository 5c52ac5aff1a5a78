// The human view of one routing decision (mosaic route explain): where the resource goes, the
// rules tried, the candidates with eligibility, score, health and count, and the reason.
import type { ChalkInstance } from 'chalk';
import type { CandidateTrace, DecisionTrace } from '../../routing/decision-trace.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostic.js';

const steps: Record<DecisionTrace['step'], string> = {
  state: 'kept where state places it (placement is sticky)',
  'resource-provider': 'the resource names its provider',
  rule: 'a routing rule',
  'routing-default': 'routing.defaults',
  'only-provider': 'the only provider able to manage the kind',
  none: 'nothing could place it',
};

export function renderDecision(trace: DecisionTrace, c: ChalkInstance): string {
  const out: string[] = [];
  const head = trace.winner === undefined ? c.red.bold(`${trace.address}: no placement`) : `${c.bold(trace.address)} → ${c.bold.green(trace.winner)}`;
  out.push(head, `  decided by: ${steps[trace.step]}${trace.rule ? ` (rule ${trace.rule}${trace.strategy ? `, ${trace.strategy}` : ''})` : ''}`, `  because:    ${trace.because}`);
  if (trace.placement?.moveFrom !== undefined) out.push(c.magenta(`  move:       from ${trace.placement.moveFrom} to ${trace.placement.provider} at the next apply`));
  if (trace.sticky) out.push(`  state:      lives on ${trace.sticky.provider}; ${trace.sticky.admitted ? 'still admitted' : c.yellow('no longer admitted')}: ${trace.sticky.why}`);
  if (trace.placement && trace.placement.failover.length > 0) out.push(`  failover:   ${trace.placement.failover.join(', then ')}`);
  if (trace.rules.length > 0) {
    out.push('', c.bold('Rules tried, in order:'));
    const width = Math.max(...trace.rules.map((r) => r.name.length));
    for (const r of trace.rules) out.push(`  ${r.matched ? c.green('✓') : c.dim('✗')} ${r.name.padEnd(width)}  ${r.matched ? r.why : c.dim(r.why)}`);
  }
  if (trace.candidates.length > 0) {
    out.push('', c.bold(`Candidates${trace.scoring ? ` (score: ${trace.scoring})` : ''}:`));
    const width = Math.max(...trace.candidates.map((x) => x.provider.length));
    for (const candidate of trace.candidates) out.push(renderCandidate(candidate, width, candidate.provider === trace.winner, c));
  }
  if (trace.diagnostic) out.push('', formatDiagnostic(trace.diagnostic, { error: (x) => c.red.bold(x), warning: (x) => x, dim: (x) => c.dim(x) }));
  return `${out.join('\n')}\n`;
}

function renderCandidate(candidate: CandidateTrace, width: number, won: boolean, c: ChalkInstance): string {
  const parts: string[] = [];
  if (candidate.score !== undefined) parts.push(`score ${formatScore(candidate.score)}`);
  if (candidate.placed !== undefined) parts.push(`placed ${String(candidate.placed)}`);
  const h = candidate.health;
  if (h) parts.push(`${h.healthy ? 'healthy' : 'unhealthy'}, breaker ${h.breaker}${h.inFlight > 0 ? `, ${String(h.inFlight)} in flight` : ''}${h.latencyMs === undefined ? '' : `, probe ${String(h.latencyMs)} ms`}`);
  const mark = won ? c.green('→') : candidate.eligible ? ' ' : c.dim('✗');
  const name = won ? c.green.bold(candidate.provider.padEnd(width)) : candidate.provider.padEnd(width);
  const text = `${parts.join('; ')}${parts.length > 0 ? ' — ' : ''}${candidate.why}`;
  return `  ${mark} ${name}  ${candidate.eligible ? text : c.dim(text)}`;
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(3);
}
