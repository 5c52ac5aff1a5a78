// Compiles routing rules once per router: globs to one RegExp, kinds and tenants to Sets,
// and per kind the candidates able to manage it, so a decision does no parsing or searching.
import type { RoutingRule } from '../config/config.js';
import { resourceKinds, type ResourceKind } from '../resources/resource-kind.js';
import { compileGlob } from './compile-glob.js';
import { canManage, type ProviderKinds } from './provider-kinds.js';

export interface CompiledRule {
  readonly rule: RoutingRule;
  readonly kinds: ReadonlySet<ResourceKind> | undefined;
  /** Any of the rule's name globs, as one expression. */
  readonly names: RegExp | undefined;
  readonly labels: readonly (readonly [string, string])[];
  readonly tenants: ReadonlySet<string> | undefined;
  /** Per kind, the candidates of `to` able to manage it, in `to` order. */
  readonly capable: Readonly<Record<ResourceKind, readonly string[]>>;
  /** Per kind, the failover order restricted to providers able to manage it; [] without failover. */
  readonly failover: Readonly<Record<ResourceKind, readonly string[]>>;
  /** Per kind and chosen candidate, that failover order without the chosen one (shared, never copied per decision). */
  readonly failoverAfter: Readonly<Record<ResourceKind, ReadonlyMap<string, readonly string[]>>>;
}

export function compileRules(rules: readonly RoutingRule[], providerKinds: ProviderKinds): readonly CompiledRule[] {
  return rules.map((rule) => {
    const { match } = rule;
    const perKind = (names: readonly string[]): Record<ResourceKind, readonly string[]> => {
      const byKind = {} as Record<ResourceKind, readonly string[]>;
      for (const kind of resourceKinds) byKind[kind] = names.filter((p) => canManage(providerKinds, p, kind));
      return byKind;
    };
    const capable = perKind(rule.to);
    const failover = perKind(rule.failover ? rule.failoverOrder : []);
    const failoverAfter = {} as Record<ResourceKind, ReadonlyMap<string, readonly string[]>>;
    for (const kind of resourceKinds) failoverAfter[kind] = new Map(capable[kind].map((chosen) => [chosen, failover[kind].filter((p) => p !== chosen)]));
    return {
      rule,
      kinds: match.kinds ? new Set(match.kinds) : undefined,
      names: match.names ? new RegExp(match.names.map((glob) => compileGlob(glob).source).join('|'), 's') : undefined,
      labels: Object.entries(match.labels ?? {}),
      tenants: match.tenants ? new Set(match.tenants) : undefined,
      capable,
      failover,
      failoverAfter,
    };
  });
}
