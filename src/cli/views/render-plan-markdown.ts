// The plan as Markdown for a pull-request comment: a summary line and the human plan in a
// diff-highlighted block, folded when long.
import { Chalk } from 'chalk';
import type { Plan } from '../../plan/plan.js';
import { renderPlan, summaryLine } from './render-plan.js';

export function renderPlanMarkdown(plan: Plan): string {
  const body = renderPlan(plan, new Chalk({ level: 0 }))
    .split('\n')
    // Moves the action symbol to column 0 so GitHub's diff highlighting colours the lines.
    .map((l) => l.replace(/^(\s*)(-\/\+|[+~-]) /, (_m, indent: string, sym: string) => `${sym === '~' ? '!' : sym === '-/+' ? '!' : sym}${indent} `))
    .join('\n');
  const changed = plan.changes.some((c) => c.action !== 'no-op');
  const title = changed ? summaryLine(plan) : 'No changes.';
  const drift = plan.summary.drifted > 0 ? `\n\n⚠️ ${String(plan.summary.drifted)} resource(s) changed outside of mosaic since the last apply.` : '';
  return `### mosaic plan\n\n**${title}**${drift}\n\n<details${changed ? ' open' : ''}><summary>Show plan</summary>\n\n\`\`\`diff\n${body.trimEnd()}\n\`\`\`\n\n</details>\n`;
}
