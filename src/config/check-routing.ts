// Checks routing rules beyond their schema: every candidate is a declared instance able to
// manage the kinds the rule matches, weights and failover_order name candidates only, and
// weights come with the weighted strategy.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { resourceKinds, type ResourceKind } from '../resources/resource-kind.js';
import { checkProviderUse } from './check-providers.js';
import type { Declarations } from './collect-declarations.js';
import { suggestName } from './did-you-mean.js';
import { listProviderTypes } from './implicit-provider.js';
import { isPlainMap } from './json-value.js';
import { locateKey, locateValue, type PositionedTree } from './yaml-positions.js';

export function checkRouting(tree: PositionedTree, declarations: Declarations, catalog: PluginCatalog, isValid: (path: readonly string[]) => boolean): Diagnostic[] {
  const routing = isPlainMap(tree.root) && isPlainMap(tree.root.routing) ? tree.root.routing : undefined;
  const rules = Array.isArray(routing?.rules) ? (routing.rules as unknown[]) : [];
  const types = listProviderTypes(declarations);
  const defaultStrategy = typeof routing?.default_strategy === 'string' ? routing.default_strategy : 'round-robin';
  const diagnostics: Diagnostic[] = [];
  rules.forEach((rule, index) => {
    const path = ['routing', 'rules', String(index)];
    if (!isValid(path) || !isPlainMap(rule)) return;
    const to = (rule.to as string[]).filter((name) => typeof name === 'string');
    const match = isPlainMap(rule.match) ? rule.match : {};
    const kinds: readonly ResourceKind[] = match.kind === undefined ? resourceKinds : Array.isArray(match.kind) ? (match.kind as ResourceKind[]) : [match.kind as ResourceKind];
    to.forEach((name, i) => {
      const at = [...path, 'to', String(i)];
      if (!types.has(name)) {
        diagnostics.push(checkProviderUse(name, kinds[0] ?? 'repository', at, types, tree, catalog) ?? errorDiagnostic('config.unknown-provider', `unknown provider "${name}"`, { range: locateValue(tree, at) }));
        return;
      }
      // Without `match.kind` the rule matches every kind: a candidate must manage at least one.
      const problems = kinds.map((kind) => checkProviderUse(name, kind, at, types, tree, catalog));
      const blocking = match.kind === undefined ? (problems.every((p) => p !== undefined) ? problems[0] : undefined) : problems.find((p) => p !== undefined);
      if (blocking) diagnostics.push(blocking);
    });
    const strategy = typeof rule.strategy === 'string' ? rule.strategy : defaultStrategy;
    const weights = isPlainMap(rule.weights) ? rule.weights : undefined;
    if (weights && strategy !== 'weighted') {
      diagnostics.push(
        errorDiagnostic('config.routing-weights', `weights are given but the strategy of this rule is ${strategy}`, {
          range: locateKey(tree, [...path, 'weights']),
          hint: 'Set `strategy: weighted` on the rule, or remove `weights`.',
        }),
      );
    }
    if (strategy === 'weighted' && !weights) {
      diagnostics.push(
        errorDiagnostic('config.routing-weights', 'a weighted rule needs `weights`', {
          range: locateValue(tree, [...path, ...(rule.strategy === undefined ? [] : ['strategy'])]),
          hint: `Give each candidate a weight, e.g. weights: { ${to.map((name) => `${name}: 1`).join(', ')} }.`,
        }),
      );
    }
    if (weights) {
      for (const name of Object.keys(weights)) {
        if (to.includes(name)) continue;
        const hint = suggestName(name, to, `Weights name candidates of the rule's \`to\`: ${to.join(', ')}.`);
        diagnostics.push(errorDiagnostic('config.routing-weights', `weight for "${name}", which is not a candidate of this rule`, { range: locateKey(tree, [...path, 'weights', name]), ...(hint ? { hint } : {}) }));
      }
      const missing = to.filter((name) => !(name in weights));
      if (strategy === 'weighted' && missing.length > 0) {
        diagnostics.push(
          errorDiagnostic('config.routing-weights', `no weight for ${missing.map((m) => `"${m}"`).join(', ')}`, {
            range: locateKey(tree, [...path, 'weights']),
            hint: 'Give every candidate of `to` a weight; a candidate that should receive nothing does not belong in `to`.',
          }),
        );
      }
    }
    const order = Array.isArray(rule.failover_order) ? (rule.failover_order as unknown[]) : [];
    order.forEach((name, i) => {
      if (typeof name !== 'string' || to.includes(name)) return;
      const hint = suggestName(name, to, `failover_order lists candidates of the rule's \`to\`: ${to.join(', ')}.`);
      diagnostics.push(errorDiagnostic('config.routing-failover', `"${name}" in failover_order is not a candidate of this rule`, { range: locateValue(tree, [...path, 'failover_order', String(i)]), ...(hint ? { hint } : {}) }));
    });
    if (order.length > 0 && rule.failover === false) {
      diagnostics.push(
        errorDiagnostic('config.routing-failover', 'failover_order is given but failover is false', {
          range: locateKey(tree, [...path, 'failover_order']),
          hint: 'Remove failover_order, or set `failover: true`.',
        }),
      );
    }
  });
  const names = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!isPlainMap(rule) || typeof rule.name !== 'string') return;
    const first = names.get(rule.name);
    if (first === undefined) names.set(rule.name, index);
    else diagnostics.push(errorDiagnostic('config.routing-rule-name', `two routing rules are named "${rule.name}"`, { range: locateValue(tree, ['routing', 'rules', String(index), 'name']), hint: `rules[${String(first)}] has this name already; state records which rule placed each resource, so names must be unique.` }));
  });
  return diagnostics;
}
