// What adaptive routing learns, per provider and kind, from the outcomes of provider calls:
// a Kalman estimate of the mean log-latency of a successful call whose uncertainty grows
// while the provider goes unobserved, a discounted Beta posterior of success, and CUSUM
// change detectors that, when a provider's latency or failure rate shifts, make every
// estimate of the kind uncertain again so the kind is re-explored. Thompson sampling from
// these gives each candidate a cost: expected milliseconds per successful call.
import type { RoutingObservation } from '../state/routing-history.js';
import type { SeededRandom } from './seeded-random.js';

export interface AdaptiveParameters {
  /** How much the variance of an arm's mean log-latency grows before each of its own observations: how fast it follows a change. */
  readonly ownDriftVariance: number;
  /** How much it grows per observation of its kind while the arm is not observed: how fast knowledge goes stale. */
  readonly staleDriftVariance: number;
  /** Variance of one call's log-latency around its arm's mean, assumed until calls show otherwise. */
  readonly noiseVariance: number;
  /** Pseudo-observations behind noiseVariance. */
  readonly noisePriorWeight: number;
  /** Variance of the mean log-latency of an arm never observed; also the most staleness adds up to. */
  readonly unknownVariance: number;
  /** Median latency assumed when no call of the kind was ever observed. */
  readonly unknownLatencyMs: number;
  /** Beta prior of success: pseudo-successes and pseudo-failures. */
  readonly successPrior: readonly [number, number];
  /** Factor on every arm's success and failure counts per observation of its kind. */
  readonly staleDiscount: number;
  /** Further factor on an arm's counts each time it is observed, so its recent calls outweigh older ones. */
  readonly ownDiscount: number;
  /** Added to a failed call's latency: the backoff and retry or failover a failure causes. */
  readonly failurePenaltyMs: number;
  /** The failure rate the failure CUSUM tests against the arm's estimated rate. */
  readonly changeFailureRate: number;
  /** CUSUM slack: standardized latency residuals below this are taken as noise. */
  readonly changeSlack: number;
  /** CUSUM threshold: a sum of residuals beyond it is a change. */
  readonly changeThreshold: number;
  /** Factor on every arm's success counts of the kind when a change is detected. */
  readonly changeForget: number;
}

/** Tuned with bench/routing-adaptive.mjs; docs/routing.md and docs/benchmarks.md say why these values. */
export const adaptiveParameters: AdaptiveParameters = {
  ownDriftVariance: 0.0001,
  staleDriftVariance: 0.0001,
  noiseVariance: 0.25,
  noisePriorWeight: 4,
  unknownVariance: 1,
  unknownLatencyMs: 1000,
  successPrior: [1.9, 0.1],
  staleDiscount: 0.999,
  ownDiscount: 0.99,
  failurePenaltyMs: 500,
  changeFailureRate: 0.5,
  changeSlack: 0.5,
  changeThreshold: 7,
  changeForget: 0.1,
};

/** An arm's posterior in plain numbers, for `route explain`. */
export interface ArmEstimate {
  /** Discounted number of observations behind the estimate (0: only the prior). */
  readonly weight: number;
  /** Posterior mean probability that a call succeeds. */
  readonly successRate: number;
  /** Expected latency of a successful call. */
  readonly latencyMs: number;
  /** Standard deviation of the mean log-latency (0.1 is about ±10%). */
  readonly latencySpread: number;
  /** Expected milliseconds per successful call, from the posterior means. */
  readonly costMs: number;
}

export interface AdaptiveModel {
  /** Learns from one more call; observations must come oldest first. */
  observe(observation: RoutingObservation): void;
  /** One Thompson sample of the cost (ms per successful call) of `provider` for `kind`. */
  sampleCost(provider: string, kind: string, random: SeededRandom): number;
  estimate(provider: string, kind: string): ArmEstimate;
}

interface Arm {
  /** The kind's step this arm was last brought up to date at. */
  step: number;
  mu: number;
  variance: number;
  noiseSum: number;
  noiseWeight: number;
  successes: number;
  failures: number;
  failedLatencySum: number;
  failedWeight: number;
  weight: number;
  /** One-sided CUSUMs of standardized latency residuals, upwards and downwards. */
  cusumUp: number;
  cusumDown: number;
  /** CUSUM of the log-likelihood ratio "fails at changeFailureRate" against the estimated rate. */
  cusumFailures: number;
}

interface KindModel {
  /** Observations of this kind so far. */
  step: number;
  /** Running mean log-latency of the kind: the prior mean of an arm never observed. */
  pooledMu: number | undefined;
  readonly arms: Map<string, Arm>;
  /** Arms as they stand at `step`, cached until the next observation of the kind. */
  readonly views: Map<string, ArmView>;
}

interface ArmView {
  readonly mu: number;
  /** Standard deviation of the mean log-latency, staleness included. */
  readonly spread: number;
  readonly noise: number;
  readonly alpha: number;
  readonly beta: number;
  readonly weight: number;
  readonly failedMs: number | undefined;
}

export function createAdaptiveModel(history: readonly RoutingObservation[] = [], p: AdaptiveParameters = adaptiveParameters): AdaptiveModel {
  const kinds = new Map<string, KindModel>();
  const [alpha0, beta0] = p.successPrior;
  const kindModel = (kind: string): KindModel => {
    let km = kinds.get(kind);
    if (!km) kinds.set(kind, (km = { step: 0, pooledMu: undefined, arms: new Map(), views: new Map() }));
    return km;
  };
  const freshArm = (km: KindModel): Arm => ({
    step: km.step,
    mu: km.pooledMu ?? Math.log(p.unknownLatencyMs),
    variance: p.unknownVariance,
    noiseSum: 0,
    noiseWeight: 0,
    successes: 0,
    failures: 0,
    failedLatencySum: 0,
    failedWeight: 0,
    weight: 0,
    cusumUp: 0,
    cusumDown: 0,
    cusumFailures: 0,
  });
  const noiseOf = (arm: Arm): number => (p.noiseVariance * p.noisePriorWeight + arm.noiseSum) / (p.noisePriorWeight + arm.noiseWeight);
  const ageBy = (steps: number): { variance: number; factor: number } => ({ variance: p.staleDriftVariance * steps, factor: Math.pow(p.staleDiscount, steps) });
  /** A change on one provider: everything known of the kind may be stale. */
  const unsettle = (km: KindModel): void => {
    for (const arm of km.arms.values()) {
      arm.variance = p.unknownVariance;
      arm.successes *= p.changeForget;
      arm.failures *= p.changeForget;
      arm.cusumUp = 0;
      arm.cusumDown = 0;
      arm.cusumFailures = 0;
    }
  };

  const observe = (o: RoutingObservation): void => {
    const km = kindModel(o.kind);
    km.views.clear();
    let arm = km.arms.get(o.provider);
    if (!arm) km.arms.set(o.provider, (arm = freshArm(km)));
    const aged = ageBy(km.step - arm.step);
    const keep = aged.factor * p.ownDiscount;
    arm.step = km.step;
    arm.variance = Math.min(arm.variance + aged.variance + p.ownDriftVariance, p.unknownVariance);
    arm.successes *= keep;
    arm.failures *= keep;
    arm.failedLatencySum *= keep;
    arm.failedWeight *= keep;
    arm.noiseSum *= keep;
    arm.noiseWeight *= keep;
    arm.weight = arm.weight * keep + 1;
    const failureRate = (beta0 + arm.failures) / (alpha0 + beta0 + arm.successes + arm.failures);
    const failed = o.outcome === 'failed';
    const ratio = failed ? p.changeFailureRate / failureRate : (1 - p.changeFailureRate) / (1 - failureRate);
    arm.cusumFailures = Math.max(0, arm.cusumFailures + Math.log(ratio));
    if (!failed) {
      const x = Math.log(Math.max(o.latency_ms, 1));
      const before = arm.variance;
      const residual = x - arm.mu;
      const noise = noiseOf(arm);
      const gain = before / (before + noise);
      const z = residual / Math.sqrt(before + noise);
      arm.cusumUp = Math.max(0, arm.cusumUp + z - p.changeSlack);
      arm.cusumDown = Math.max(0, arm.cusumDown - z - p.changeSlack);
      arm.mu += gain * residual;
      arm.variance = (1 - gain) * before;
      // Only a settled arm's residuals measure the noise: an unsettled one's mostly measure
      // how wrong its mean was. Capped at 3 sigma so one outlier does not swamp the estimate.
      if (before < noise / 4) {
        arm.noiseSum += Math.min(residual * residual, 9 * noise);
        arm.noiseWeight += 1;
      }
      arm.successes += 1;
      km.pooledMu = km.pooledMu === undefined ? x : km.pooledMu + (x - km.pooledMu) / Math.min(km.step + 1, 100);
      if (arm.cusumUp > p.changeThreshold || arm.cusumDown > p.changeThreshold) unsettle(km);
    } else {
      arm.failures += 1;
      arm.failedLatencySum += o.latency_ms;
      arm.failedWeight += 1;
    }
    if (arm.cusumFailures > p.changeThreshold) {
      unsettle(km);
      // This arm's record of success is what changed: it starts over from the prior, and its
      // next few calls decide. (Restarting from the calls since the CUSUM left zero was tried:
      // two unlucky failures among them then kept a good provider unused for hundreds of calls.)
      arm.successes = 0;
      arm.failures = 0;
    }
    km.step++;
  };

  /** The arm as it stands now: staleness applied without changing the stored arm. */
  const view = (provider: string, kind: string): ArmView => {
    const km = kindModel(kind);
    let v = km.views.get(provider);
    if (v) return v;
    const arm = km.arms.get(provider) ?? freshArm(km);
    const aged = ageBy(km.step - arm.step);
    v = {
      mu: arm.mu,
      spread: Math.sqrt(Math.min(arm.variance + aged.variance, p.unknownVariance)),
      noise: noiseOf(arm),
      alpha: alpha0 + arm.successes * aged.factor,
      beta: beta0 + arm.failures * aged.factor,
      weight: arm.weight * aged.factor,
      failedMs: arm.failedWeight > 0 ? arm.failedLatencySum / arm.failedWeight : undefined,
    };
    km.views.set(provider, v);
    return v;
  };
  const costOf = (latencyMs: number, success: number, failedMs: number | undefined): number => latencyMs + ((1 - success) / success) * ((failedMs ?? latencyMs) + p.failurePenaltyMs);

  for (const o of history) observe(o);
  return {
    observe,
    sampleCost(provider, kind, random) {
      const v = view(provider, kind);
      const latency = Math.exp(v.mu + v.spread * random.normal() + v.noise / 2);
      const success = Math.max(random.beta(v.alpha, v.beta), 1e-6);
      return costOf(latency, success, v.failedMs);
    },
    estimate(provider, kind) {
      const v = view(provider, kind);
      const latencyMs = Math.exp(v.mu + v.noise / 2);
      const successRate = v.alpha / (v.alpha + v.beta);
      return { weight: v.weight, successRate, latencyMs, latencySpread: v.spread, costMs: costOf(latencyMs, successRate, v.failedMs) };
    },
  };
}
