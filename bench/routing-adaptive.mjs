// Adaptive routing in a simulation (not part of npm test): 5 providers with hidden lognormal
// latencies and failure rates that shift halfway — the best becomes bad and a middling one
// becomes best. Each decision is the router's own adaptive strategy over its own model, and
// its outcome is fed back into that model incrementally (O(n) for the whole run).
//   node bench/routing-adaptive.mjs                      # against dist/ (npm run build first)
//   node --import tsx bench/routing-adaptive.mjs --src   # against src/, e.g. while tuning:
//   node --import tsx bench/routing-adaptive.mjs --src --params '{"staleDriftVariance":0.001}' --runs 50 --verbose
// Prints Markdown tables; record them in docs/benchmarks.md ("Routing").

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const from = args.includes('--src') ? '../src/routing/' : '../dist/src/routing/';
const load = (m) => import(new URL(`${from}${m}.js`, import.meta.url).href);
const { createAdaptiveModel, adaptiveParameters } = await load('adaptive-model');
const { createAdaptive, seedOfHistory } = await load('strategies/adaptive');
const { createSeededRandom } = await load('seeded-random');
const params = { ...adaptiveParameters, ...JSON.parse(option('--params', '{}')) };
const runs = Number(option('--runs', '100'));
const firstRun = Number(option('--first-run', '0'));

const decisions = 4000;
const shiftAt = decisions / 2;
const window = 200;
const rolling = 50;
const providers = ['p0', 'p1', 'p2', 'p3', 'p4'];
// Hidden truth per provider: median latency (ms), spread of log-latency, failure probability,
// and optionally the latency of a failed call (default: like a successful one).
const before = [
  { median: 100, sigma: 0.35, fail: 0.02 },
  { median: 160, sigma: 0.35, fail: 0.03 },
  { median: 250, sigma: 0.35, fail: 0.08 },
  { median: 400, sigma: 0.35, fail: 0.05 },
  { median: 700, sigma: 0.35, fail: 0.15 },
];
const improved = { median: 70, sigma: 0.35, fail: 0.01 };
const scenarios = {
  // The best gets 6× slower and less reliable; the fourth gets fastest.
  latency: { before, after: before.map((p, i) => (i === 0 ? { median: 600, sigma: 0.35, fail: 0.25 } : i === 3 ? improved : p)) },
  // The best's latency stays, but 60% of its calls now fail fast (connection refused).
  failures: { before, after: before.map((p, i) => (i === 0 ? { ...p, fail: 0.6, failMs: 20 } : i === 3 ? improved : p)) },
};
// The best is the lowest expected time per successful call — a failed call costs its latency
// plus the retry penalty — the quantity the model estimates.
const meanOf = (p) => p.median * Math.exp((p.sigma * p.sigma) / 2);
const costOf = (p) => meanOf(p) + (p.fail / (1 - p.fail)) * ((p.failMs ?? meanOf(p)) + params.failurePenaltyMs);
const bestOf = (phase) => phase.map(costOf).reduce((best, c, i, all) => (c < all[best] ? i : best), 0);

function simulate(scenario, run) {
  const model = createAdaptiveModel([], params);
  const world = createSeededRandom(0x5eed0000 + run);
  const picks = new Uint8Array(decisions);
  const chosenBest = new Uint8Array(decisions);
  const scores = new Float64Array(providers.length);
  const rule = { name: 'sim', index: 0, match: {}, to: providers, strategy: 'adaptive', weights: {}, failover: true, failoverOrder: providers, range: undefined };
  let lastTime;
  for (let i = 0; i < decisions; i++) {
    const phase = i < shiftAt ? scenario.before : scenario.after;
    // The router's strategy, seeded as the router seeds it from the history so far.
    const strategy = createAdaptive(() => model, seedOfHistory(i, lastTime));
    const chosen = strategy.choose({ rule, kind: 'repository', address: `repository.run${run}-r${i}`, candidates: providers }, scores);
    picks[i] = chosen;
    chosenBest[i] = chosen === bestOf(phase) ? 1 : 0;
    const truth = phase[chosen];
    const failed = world.next() < truth.fail;
    const latency = failed && truth.failMs !== undefined ? truth.failMs : truth.median * Math.exp(truth.sigma * world.normal());
    lastTime = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    model.observe({ time: lastTime, provider: providers[chosen], kind: 'repository', outcome: failed ? 'failed' : 'succeeded', latency_ms: latency });
  }
  if (args.includes('--verbose')) {
    const counts = (a, b) => providers.map((_, k) => picks.subarray(a, b).filter((x) => x === k).length).join('/');
    console.error(`run ${run}: picks p0/p1/p2/p3/p4: 0-200 ${counts(0, 200)}; 200-2000 ${counts(200, 2000)}; 2000-2200 ${counts(2000, 2200)}; 2200- ${counts(2200, 4000)}`);
    console.error(`  after the shift: ${picks.subarray(shiftAt, shiftAt + 100).join('')}`);
  }
  const share = (a, b) => chosenBest.subarray(a, b).reduce((x, y) => x + y, 0) / (b - a);
  const toReach = (start) => {
    let inWindow = 0;
    for (let i = start; i < decisions; i++) {
      inWindow += chosenBest[i];
      if (i - start >= rolling) inWindow -= chosenBest[i - rolling];
      if (i - start + 1 >= rolling && inWindow / rolling >= 0.9) return i - start + 1;
    }
    return Infinity;
  };
  return {
    startWindow: share(0, window),
    startAfter: share(window, shiftAt),
    shiftWindow: share(shiftAt, shiftAt + window),
    shiftAfter: share(shiftAt + window, decisions),
    reachStart: toReach(0),
    reachShift: toReach(shiftAt),
  };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const count = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'never');
const rows = [
  ['best chosen, first 200 decisions (cold start)', 'startWindow', pct, '≥ 90%'],
  ['best chosen, decisions 200–2,000', 'startAfter', pct, ''],
  ['best chosen, first 200 decisions after the shift', 'shiftWindow', pct, '≥ 90%'],
  ['best chosen, decisions 2,200–4,000', 'shiftAfter', pct, ''],
  [`decisions until ≥ 90% best over the last ${rolling} (cold start)`, 'reachStart', count, '≤ 200'],
  [`decisions after the shift until ≥ 90% best over the last ${rolling}`, 'reachShift', count, '≤ 200'],
];
console.log(`Adaptive routing: ${runs} runs (seeds ${firstRun}–${firstRun + runs - 1}) × ${decisions.toLocaleString('en')} decisions per scenario, shift at ${shiftAt.toLocaleString('en')}; best = lowest expected ms per successful call`);
console.log(`parameters: ${JSON.stringify(params)}`);
const only = option('--scenario', undefined);
for (const [name, scenario] of Object.entries(scenarios)) {
  if (only && only !== name) continue;
  const results = Array.from({ length: runs }, (_, run) => simulate(scenario, firstRun + run));
  const costs = (phase) => phase.map((p, i) => `p${i} ${costOf(p).toFixed(0)}`).join(', ');
  console.log(`\nScenario "${name}": true ms per successful call before ${costs(scenario.before)}; after ${costs(scenario.after)}\n`);
  console.log('| measure | mean | median run | 10th percentile run (worse side) | worst run | goal |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, key, fmt, goal] of rows) {
    // Sorted from worst to best run.
    const fewerIsBetter = key.startsWith('reach');
    const values = results.map((r) => r[key]).sort((a, b) => (fewerIsBetter ? b - a : a - b));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
    console.log(`| ${label} | ${fmt(mean)} | ${fmt(at(0.5))} | ${fmt(at(0.1))} | ${fmt(values[0])} | ${goal} |`);
  }
}
