// createRouter: the routing decision. Precedence: state (sticky, unless the config no longer
// admits the provider: then a move), the resource's `provider:`, the first rule that matches
// and has a candidate for the kind, routing.defaults, the only able provider; else a
// diagnostic. Pure and deterministic; rules are compiled once, traces built only by explain().
import type { ConfigResource, RoutingStrategy } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import { createAdaptiveModel, type AdaptiveModel } from './adaptive-model.js';
import { summarizeCalls, type CallRecord } from './call-record.js';
import { compileRules, type CompiledRule } from './compile-rules.js';
import type { CandidateTrace, DecisionStep, DecisionTrace, RuleTrace, StickyTrace } from './decision-trace.js';
import { describeNoPlacement } from './describe-no-placement.js';
import { describeMismatch, matchesRule } from './match-rule.js';
import type { Placement } from './placement.js';
import { createPlacementTally } from './placement-tally.js';
import { canManage, mapProviderKinds } from './provider-kinds.js';
import { unprobedCondition, type ProviderCondition, type RoutingInputs } from './routing-inputs.js';
import { createAdaptive, seedOfHistory } from './strategies/adaptive.js';
import { createHealthBased } from './strategies/health-based.js';
import { createLeastConnections } from './strategies/least-connections.js';
import { createRoundRobin } from './strategies/round-robin.js';
import { candidateAt, type Strategy, type StrategyInput } from './strategies/strategy.js';
import { createWeighted } from './strategies/weighted.js';

export interface RoutingResult {
  readonly value?: Placement;
  readonly diagnostic?: Diagnostic;
}

export interface Router {
  /**
   * Places one resource. Call it in address order: the router counts its own placements, so
   * the spreading strategies spread a batch, and every call depends on the ones before.
   */
  place(resource: ConfigResource): RoutingResult;
  /** The whole decision place() would make now, without counting it. */
  explain(resource: ConfigResource): DecisionTrace;
}

interface Decision {
  readonly step: DecisionStep;
  readonly placement?: Placement;
  readonly diagnostic?: Diagnostic;
  /** Decided afresh (not kept where state has it): counts towards the batch. */
  readonly fresh: boolean;
}

/** What explain() collects while a decision runs; place() passes none. */
interface TraceNotes {
  readonly rules: RuleTrace[];
  candidates: CandidateTrace[];
  sticky?: StickyTrace;
  scoring?: string;
}

/** How far eligibility was relaxed: 0 healthy and breaker not open, 1 breaker not open, 2 any. */
type Eligibility = 0 | 1 | 2;

const none: readonly string[] = Object.freeze([]);

export function createRouter(inputs: RoutingInputs): Router {
  const { config, state } = inputs;
  const providerKinds = mapProviderKinds(config);
  const rules = compileRules(config.routing.rules, providerKinds);
  const tally = createPlacementTally(state);
  const conditionOf = (provider: string): ProviderCondition => inputs.conditions.get(provider) ?? unprobedCondition;
  // The history is read only when a rule needs it.
  let calls: ReadonlyMap<string, CallRecord> | undefined;
  let model: AdaptiveModel | undefined;
  const strategies: Record<RoutingStrategy, Strategy> = {
    'round-robin': createRoundRobin(tally),
    weighted: createWeighted(tally),
    'least-connections': createLeastConnections(tally, conditionOf),
    'health-based': createHealthBased((provider) => (calls ??= summarizeCalls(inputs.history)).get(provider), conditionOf),
    adaptive: createAdaptive(() => (model ??= createAdaptiveModel(inputs.history)), seedOfHistory(inputs.history.length, inputs.history.at(-1)?.time)),
  };
  const scores = new Float64Array(Math.max(1, ...config.routing.rules.map((r) => r.to.length)));
  const able = new Map<ResourceKind, readonly string[]>();
  const ableFor = (kind: ResourceKind): readonly string[] => {
    let list = able.get(kind);
    if (!list) able.set(kind, (list = [...config.providers.keys()].filter((p) => canManage(providerKinds, p, kind))));
    return list;
  };

  const findRule = (resource: ConfigResource, notes: TraceNotes | undefined): CompiledRule | undefined => {
    for (const rule of rules) {
      if (!matchesRule(rule, resource)) {
        notes?.rules.push({ name: rule.rule.name, matched: false, why: describeMismatch(rule, resource) ?? 'does not match' });
        continue;
      }
      if (rule.capable[resource.kind].length === 0) {
        notes?.rules.push({ name: rule.rule.name, matched: true, why: `matches, but none of ${rule.rule.to.join(', ')} manages ${resource.kind} resources` });
        continue;
      }
      notes?.rules.push({ name: rule.rule.name, matched: true, why: 'matches' });
      return rule;
    }
    return undefined;
  };

  /** Whether the config still admits the provider state has the resource on. */
  const admit = (resource: ConfigResource, provider: string, rule: CompiledRule | undefined): { admitted: boolean; why: string } => {
    if (resource.provider !== undefined) {
      return resource.provider === provider ? { admitted: true, why: `provider: names ${provider}` } : { admitted: false, why: `provider: names ${resource.provider} now, not ${provider}` };
    }
    if (rule) return rule.rule.to.includes(provider) ? { admitted: true, why: `rule ${rule.rule.name} lists ${provider}` } : { admitted: false, why: `rule ${rule.rule.name} no longer lists ${provider}` };
    const byDefault = config.routingDefaults[resource.kind];
    if (byDefault === undefined) return { admitted: true, why: `no rule matches it and routing.defaults.${resource.kind} is unset` };
    return byDefault === provider
      ? { admitted: true, why: `routing.defaults.${resource.kind} is ${provider}` }
      : { admitted: false, why: `no rule matches it and routing.defaults.${resource.kind} is ${byDefault} now` };
  };

  const eligibleAt = (level: Eligibility, condition: ProviderCondition): boolean => level === 2 || (condition.breaker !== 'open' && (level === 1 || condition.healthy));
  const selectEligible = (capable: readonly string[], skipsUnhealthy: boolean): { candidates: readonly string[]; level: Eligibility } => {
    for (const level of skipsUnhealthy ? ([0, 1] as const) : ([1] as const)) {
      let count = 0;
      for (const p of capable) if (eligibleAt(level, conditionOf(p))) count++;
      if (count === capable.length) return { candidates: capable, level };
      if (count > 0) return { candidates: capable.filter((p) => eligibleAt(level, conditionOf(p))), level };
    }
    return { candidates: capable, level: 2 };
  };
  const whyIneligible = (provider: string, kind: ResourceKind): string => {
    if (!config.providers.has(provider)) return 'not a configured provider';
    if (!canManage(providerKinds, provider, kind)) return `cannot manage ${kind} resources`;
    return conditionOf(provider).breaker === 'open' ? 'breaker open' : 'unhealthy (last probe)';
  };

  const placeByRule = (rule: CompiledRule, resource: ConfigResource, notes: TraceNotes | undefined): Placement => {
    const { kind } = resource;
    const strategy = strategies[rule.rule.strategy];
    const capable = rule.capable[kind];
    const { candidates, level } = selectEligible(capable, strategy.skipsUnhealthy);
    const input: StrategyInput = { rule: rule.rule, kind, address: resource.address, candidates };
    const chosen = strategy.choose(input, scores);
    const provider = candidateAt(input, chosen);
    let note = '';
    if (candidates !== capable) note = `; skipped ${capable.filter((p) => !candidates.includes(p)).map((p) => `${p} (${whyIneligible(p, kind)})`).join(', ')}`;
    else if (level === 2) note = '; every candidate’s breaker is open, so none is skipped';
    else if (level === 1 && strategy.skipsUnhealthy) note = '; every candidate is unhealthy, so health is not held against them';
    if (notes) {
      notes.scoring = strategy.scoring;
      notes.candidates = rule.rule.to.map((p): CandidateTrace => {
        const index = candidates.indexOf(p);
        const placed = tally.placedByRule(rule.rule.name, p);
        const health = conditionOf(p);
        if (index === -1) return { provider: p, eligible: false, why: whyIneligible(p, kind), health, placed };
        return { provider: p, eligible: true, why: strategy.describe(input, index, scores), score: scores[index] ?? 0, health, placed };
      });
    }
    return {
      provider,
      reason: `${strategy.explainChoice(input, chosen, scores)}${note}`,
      rule: rule.rule.name,
      strategy: rule.rule.strategy,
      failover: rule.failoverAfter[kind].get(provider) ?? none,
    };
  };

  const decideAfresh = (resource: ConfigResource, rule: CompiledRule | undefined, notes: TraceNotes | undefined): Decision => {
    const { kind } = resource;
    if (resource.provider !== undefined) return { step: 'resource-provider', fresh: true, placement: { provider: resource.provider, reason: 'provider set on the resource', failover: none } };
    if (rule) return { step: 'rule', fresh: true, placement: placeByRule(rule, resource, notes) };
    const byDefault = config.routingDefaults[kind];
    if (byDefault) return { step: 'routing-default', fresh: true, placement: { provider: byDefault, reason: `routing.defaults.${kind}`, failover: none } };
    const only = ableFor(kind);
    if (only.length === 1 && only[0] !== undefined) return { step: 'only-provider', fresh: true, placement: { provider: only[0], reason: `the only provider that manages ${kind} resources`, failover: none } };
    const matchedWithoutCandidate = rules.filter((r) => matchesRule(r, resource) && r.capable[kind].length === 0).map((r) => r.rule.name);
    return { step: 'none', fresh: false, diagnostic: describeNoPlacement(resource, only, { count: rules.length, matchedWithoutCandidate }) };
  };

  const decide = (resource: ConfigResource, notes?: TraceNotes): Decision => {
    const entry = state.resources[resource.address];
    const rule = resource.provider === undefined ? findRule(resource, notes) : undefined;
    if (!entry) return decideAfresh(resource, rule, notes);
    const verdict = admit(resource, entry.provider, rule);
    if (notes) notes.sticky = { provider: entry.provider, ...verdict };
    if (verdict.admitted) return { step: 'state', fresh: false, placement: { provider: entry.provider, reason: 'placed earlier (state)', failover: none } };
    const decided = decideAfresh(resource, rule, notes);
    if (!decided.placement) return decided;
    return { ...decided, placement: { ...decided.placement, reason: `${verdict.why}; ${decided.placement.reason}`, moveFrom: entry.provider } };
  };

  return {
    place(resource) {
      const decided = decide(resource);
      if (decided.placement) {
        if (decided.fresh) tally.record(decided.placement.rule, decided.placement.provider);
        return { value: decided.placement };
      }
      return decided.diagnostic ? { diagnostic: decided.diagnostic } : {};
    },
    explain(resource) {
      const notes: TraceNotes = { rules: [], candidates: [] };
      const decided = decide(resource, notes);
      const { placement, diagnostic } = decided;
      return {
        address: resource.address,
        step: decided.step,
        ...(notes.sticky ? { sticky: notes.sticky } : {}),
        rules: notes.rules,
        ...(placement?.rule !== undefined ? { rule: placement.rule } : {}),
        ...(placement?.strategy !== undefined ? { strategy: placement.strategy } : {}),
        ...(notes.scoring !== undefined ? { scoring: notes.scoring } : {}),
        candidates: notes.candidates,
        ...(placement ? { winner: placement.provider, placement } : {}),
        because: placement?.reason ?? diagnostic?.summary ?? '',
        ...(diagnostic ? { diagnostic } : {}),
      };
    },
  };
}
