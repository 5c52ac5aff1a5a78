// The human view of a plan, shaped like Terraform's: a drift section, then one block per
// change with + ~ - -/+ symbols, multi-line text as a unified diff, and a summary line.
import type { ChalkInstance } from 'chalk';
import { structuredPatch } from 'diff';
import type { Action, Drift, FieldChange, Plan, ResourceChange } from '../../plan/plan.js';
import { kindTraits, type ResourceKind } from '../../resources/resource-kind.js';
import { renderMembers } from './render-members.js';
import { isMultiline, renderValue } from './render-value.js';

interface Symbol {
  readonly mark: string;
  readonly verb: string;
  readonly paint: (c: ChalkInstance) => (s: string) => string;
}

const symbols: Record<Exclude<Action, 'no-op'>, Symbol> = {
  create: { mark: '  +', verb: 'will be created', paint: (c) => c.green },
  update: { mark: '  ~', verb: 'will be updated in place', paint: (c) => c.yellow },
  replace: { mark: '-/+', verb: 'must be replaced', paint: (c) => c.red },
  move: { mark: ' =>', verb: 'will move to another provider', paint: (c) => c.magenta },
  delete: { mark: '  -', verb: 'will be destroyed', paint: (c) => c.red },
  import: { mark: ' <=', verb: 'will be imported', paint: (c) => c.cyan },
};

export function renderPlan(plan: Plan, c: ChalkInstance): string {
  const out: string[] = [];
  if (plan.drift.length > 0) {
    out.push(c.bold('Objects changed outside of mosaic since the last apply:'), '');
    for (const d of plan.drift) out.push(...renderDrift(d, c), '');
  }
  const visible = plan.changes.filter((ch) => ch.action !== 'no-op' || ch.moved_from);
  if (visible.length === 0) {
    out.push(c.green.bold('No changes.') + ' The live objects match the configuration.');
  } else {
    out.push(c.bold('mosaic will perform the following actions:'), '');
    for (const change of visible) out.push(...renderChange(change, c), '');
    out.push(c.bold(summaryLine(plan)));
  }
  const requests = renderRequests(plan);
  if (requests.length > 0) out.push('', ...requests.map((line) => c.dim(line)));
  return `${out.join('\n')}\n`;
}

/** One line per provider that sent HTTP requests during refresh: what they cost. */
export function renderRequests(plan: Plan): string[] {
  return Object.entries(plan.requests ?? {}).map(([provider, n]) => {
    const parts = [`${count(n.requests)} request${n.requests === 1 ? '' : 's'}`];
    if (n.not_modified > 0) parts.push(`${count(n.not_modified)} answered 304 Not Modified from the cache`);
    parts.push(`${count(n.rate_limited)} counted against the rate limit`);
    if (n.retries > 0) parts.push(`${count(n.retries)} retried`);
    const budget = n.rate_limit ? ` (${count(n.rate_limit.remaining)} of ${count(n.rate_limit.limit)} left)` : '';
    return `Refresh of ${provider}: ${parts.join(', ')}${budget}.`;
  });
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function summaryLine(plan: Plan): string {
  const s = plan.summary;
  const parts = [`${String(s.create)} to create`, `${String(s.update)} to update`, `${String(s.replace)} to replace`, `${String(s.delete)} to destroy`];
  if (s.import > 0) parts.unshift(`${String(s.import)} to import`);
  if ((s.move ?? 0) > 0) parts.splice(parts.length - 1, 0, `${String(s.move)} to move`);
  return `Plan: ${parts.join(', ')}.`;
}

function renderChange(change: ResourceChange, c: ChalkInstance): string[] {
  const action = change.action === 'no-op' ? 'update' : change.action;
  const sym = symbols[action];
  const paint = sym.paint(c);
  const why = [change.provider, placementText(change) ?? change.reason].filter(Boolean).join(': ');
  const lines = change.move
    ? [c.dim(`  # ${change.address} will move from ${change.move.provider} (id ${change.move.id}) to ${change.provider} (${change.reason ?? 'routing changed'})`)]
    : [c.dim(`  # ${change.address} ${sym.verb}`) + c.dim(` (${why})`)];
  if (change.moved_from) lines.push(c.dim(`  # (moved from ${change.moved_from})`));
  if (change.move) {
    const copy = change.kind === 'repository' ? 'every ref is pushed to the new repository (git push --mirror); ' : '';
    const old = change.move.delete === true ? `the old one on ${change.move.provider} is then deleted` : `the old one stays on ${change.move.provider}, unmanaged (--allow-move-delete deletes it)`;
    lines.push(c.dim(`  # ${change.id === undefined ? 'created' : `already created (id ${change.id})`} on ${change.provider}; ${copy}${old}`));
  }
  const failover = change.placement?.failover ?? [];
  if (change.action === 'create' && failover.length > 0) lines.push(c.dim(`  # if ${change.provider} is unavailable: ${failover.join(', then ')}`));
  lines.push(`${paint(sym.mark)} ${change.kind} ${JSON.stringify(change.name)} {`);
  const width = Math.max(0, ...change.fields.map((f) => f.field.length));
  for (const f of change.fields) lines.push(...renderField(f, action, width, c, change.kind));
  const hidden = Object.keys(change.spec ?? {}).length - change.fields.length;
  if ((action === 'update' || action === 'import') && hidden > 0) lines.push(c.dim(`        # (${String(hidden)} unchanged field${hidden === 1 ? '' : 's'} hidden)`));
  lines.push('    }');
  return lines;
}

/** "rule spread (weighted): gh-a has 3 of 10, below its share" — how routing chose. */
function placementText(change: ResourceChange): string | undefined {
  const p = change.placement;
  if (!p || change.action !== 'create') return undefined;
  if (p.rule === undefined) return p.reason;
  return `rule ${p.rule}${p.strategy ? ` (${p.strategy})` : ''}: ${p.reason}`;
}

function renderField(f: FieldChange, action: Exclude<Action, 'no-op'>, width: number, c: ChalkInstance, kind: ResourceKind): string[] {
  const name = f.field.padEnd(width);
  const list = kindTraits[kind].ownedLists.find((l) => l.field === f.field);
  if (list && action !== 'create' && action !== 'delete' && f.before !== undefined) {
    const members = renderMembers(f, name, list.itemKey, c);
    if (members) return members;
  }
  const forces = f.forces_replacement ? c.red(' # forces replacement') : '';
  const after = f.after_unknown ? '(known after apply)' : renderValue(f.after);
  if (action === 'create' || (f.before === undefined && f.after !== undefined && action !== 'delete')) {
    if (isMultiline(f.after)) return [`      ${c.green('+')} ${name} = <<-EOT`, ...f.after.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : `            ${l}`)), '        EOT'];
    return [`      ${c.green('+')} ${name} = ${after}${forces}`];
  }
  if (action === 'delete' || f.after === undefined) {
    if (isMultiline(f.before)) return [`      ${c.red('-')} ${name} = <<-EOT ... EOT`];
    return [`      ${c.red('-')} ${name} = ${renderValue(f.before)}${forces}`];
  }
  if (isMultiline(f.before) || isMultiline(f.after)) return renderTextDiff(name, asText(f.before), asText(f.after), c);
  return [`      ${c.yellow('~')} ${name} = ${renderValue(f.before)} -> ${after}${forces}`];
}

function renderTextDiff(name: string, before: string, after: string, c: ChalkInstance): string[] {
  const patch = structuredPatch('before', 'after', before, after, '', '', { context: 3 });
  const lines = [`      ${c.yellow('~')} ${name.trim()} = <<-EOT`];
  for (const hunk of patch.hunks) {
    lines.push(c.cyan(`          @@ -${String(hunk.oldStart)},${String(hunk.oldLines)} +${String(hunk.newStart)},${String(hunk.newLines)} @@`));
    for (const l of hunk.lines) {
      if (l.startsWith('\\')) continue;
      const paint = l.startsWith('+') ? c.green : l.startsWith('-') ? c.red : (s: string) => s;
      lines.push(`          ${paint(l)}`);
    }
  }
  lines.push('        EOT');
  return lines;
}

function renderDrift(d: Drift, c: ChalkInstance): string[] {
  if (d.deleted) return [c.dim(`  # ${d.address} was deleted outside of mosaic (${d.provider}, id ${d.id})`)];
  const width = Math.max(0, ...d.fields.map((f) => f.field.length));
  return [
    c.dim(`  # ${d.address} was changed outside of mosaic (${d.provider}, id ${d.id})`),
    `  ${c.yellow('~')} ${d.kind} ${JSON.stringify(d.address.slice(d.kind.length + 1))} {`,
    ...d.fields.flatMap((f) => renderField(f, 'update', width, c, d.kind)),
    '    }',
  ];
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : renderValue(value);
}
