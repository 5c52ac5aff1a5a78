// Whether a compiled routing rule's `match` admits a resource (every key given must match;
// an absent key matches anything), and in words why not, for `route explain`.
import type { ConfigResource } from '../config/config.js';
import type { CompiledRule } from './compile-rules.js';

export function matchesRule(rule: CompiledRule, resource: ConfigResource): boolean {
  if (rule.kinds && !rule.kinds.has(resource.kind)) return false;
  if (rule.names && !rule.names.test(resource.name)) return false;
  for (const [key, value] of rule.labels) if (resource.labels[key] !== value) return false;
  if (rule.tenants && (resource.tenant === undefined || !rule.tenants.has(resource.tenant))) return false;
  return true;
}

/** Why the rule's match does not admit the resource; undefined when it does. */
export function describeMismatch(rule: CompiledRule, resource: ConfigResource): string | undefined {
  const { match } = rule.rule;
  if (rule.kinds && !rule.kinds.has(resource.kind)) return `kind ${resource.kind} is not ${listed(match.kinds ?? [])}`;
  if (rule.names && !rule.names.test(resource.name)) return `name ${resource.name} matches no glob of ${listed(match.names ?? [])}`;
  for (const [key, value] of rule.labels) {
    const actual = resource.labels[key];
    if (actual !== value) return actual === undefined ? `label ${key} is missing (wants ${value})` : `label ${key} is ${actual}, not ${value}`;
  }
  if (rule.tenants && (resource.tenant === undefined || !rule.tenants.has(resource.tenant))) {
    return resource.tenant === undefined ? `it has no tenant (wants ${listed(match.tenants ?? [])})` : `tenant ${resource.tenant} is not ${listed(match.tenants ?? [])}`;
  }
  return undefined;
}

function listed(values: readonly string[]): string {
  return values.length === 1 ? (values[0] ?? '') : `one of ${values.join(', ')}`;
}
