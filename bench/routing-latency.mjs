// Routing decision latency (not part of npm test): 20 rules whose matches vary (kinds, name
// globs, labels, tenants) with the deciding rule spread over every position, all five
// strategies, 5 providers, a state of 10,000 placed resources and 2,000 observations of
// history; 100,000 place() calls on fresh resources, each timed with process.hrtime.bigint().
//   node bench/routing-latency.mjs     # against dist/ (npm run build first)
const root = new URL('../dist/src/', import.meta.url);
const { createRouter } = await import(new URL('routing/create-router.js', root).href);
const { createCatalog } = await import(new URL('plugins/builtin-catalog.js', root).href);
const { createAdaptiveModel } = await import(new URL('routing/adaptive-model.js', root).href);

const kinds = ['repository', 'pipeline', 'space', 'page', 'project', 'issue'];
const strategies = ['round-robin', 'weighted', 'least-connections', 'health-based', 'adaptive'];
const providers = ['p0', 'p1', 'p2', 'p3', 'p4'];
const catalog = createCatalog([{ name: 'host', version: '1.0.0', kinds, settings: {}, manifestPath: '', modulePath: '', source: 'built-in' }]);

// Rule i decides the resources routed to i; what it matches on rotates so every kind of test
// is exercised, and earlier rules are tried (and fail) first.
const rules = Array.from({ length: 20 }, (_, i) => {
  const to = providers.filter((_, k) => (i + k) % 5 !== 4 || i % 3 === 0);
  const strategy = strategies[i % strategies.length];
  const shape = i % 4;
  const match =
    shape === 0 ? { kinds: [kinds[i % 6]], names: [`r${i}-*`, `legacy-${i}-?`] }
    : shape === 1 ? { names: [`r${i}-[a-m]*`, `r${i}-[n-z]*`], labels: { team: `t${i}` } }
    : shape === 2 ? { kinds: [kinds[i % 6], kinds[(i + 1) % 6]], labels: { route: String(i) }, tenants: [`acme${i}`, 'shared'] }
    : { names: [`*-${i}`], tenants: [`acme${i}`] };
  return {
    name: `rule${i}`, index: i, match, to, strategy,
    weights: strategy === 'weighted' ? Object.fromEntries(to.map((p, k) => [p, k + 1])) : {},
    failover: true, failoverOrder: to, range: undefined,
  };
});
const config = {
  providers: new Map(providers.map((name) => [name, { name, type: 'host', settings: {}, settingVariables: {}, range: undefined }])),
  plugins: catalog,
  routingDefaults: { repository: 'p0', pipeline: 'p1', space: 'p2', page: 'p3', project: 'p4', issue: 'p0' },
  routing: { rules, defaultStrategy: 'round-robin' },
};

/** A resource the i-th rule (of 20; 20 = none) is the first to match. */
function resourceFor(target, n) {
  const rule = rules[target];
  const shape = target % 4;
  const kind = target === 20 ? kinds[n % 6] : shape === 0 || shape === 2 ? kinds[target % 6] : kinds[n % 6];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = target === 20 ? `none-${n}` : shape === 0 ? `r${target}-${n}` : shape === 1 ? `r${target}-${letters[n % 26]}${n}` : shape === 2 ? `svc-${n}-x` : `svc${n}-${target}`;
  const labels = target === 20 ? { team: 'none' } : shape === 1 ? { team: `t${target}` } : shape === 2 ? { route: String(target), team: 'x' } : {};
  const tenant = target === 20 ? undefined : shape === 2 ? 'shared' : shape === 3 ? `acme${target}` : undefined;
  void rule;
  return { address: `${kind}.${name}`, kind, name, provider: undefined, labels, tenant, lifecycle: { preventDestroy: false, ignoreChanges: [] }, spec: {}, references: [], range: { file: 'mosaic.yaml', line: 1, column: 1 } };
}
const makeResources = (count, offset) => Array.from({ length: count }, (_, i) => resourceFor((i * 8) % 21, offset + i));

const state = { lineage: 'L', serial: 1, resources: {} };
for (const r of makeResources(10_000, 10_000_000)) {
  state.resources[r.address] = { kind: r.kind, name: r.name, provider: providers[r.name.length % 5], id: r.name, natural_key: r.name, spec: {}, depends_on: [], created_at: '', updated_at: '', placement: { rule: `rule${r.name.length % 20}`, reason: '' } };
}
const history = Array.from({ length: 2000 }, (_, i) => ({
  time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  provider: providers[i % 5],
  kind: kinds[i % 6],
  outcome: i % 17 === 0 ? 'failed' : 'succeeded',
  latency_ms: 50 + ((i * 37) % 400),
}));
const conditions = new Map([['p3', { healthy: false, breaker: 'closed', inFlight: 0 }], ['p1', { healthy: true, breaker: 'half-open', inFlight: 2, latencyMs: 80 }]]);
const inputs = { config, state, conditions, history };

// Sanity: the deciding rule really is spread over the positions.
const check = createRouter(inputs);
const decidedBy = new Map();
for (const r of makeResources(2100, 20_000_000)) {
  const trace = check.explain(r);
  decidedBy.set(trace.rule ?? trace.step, (decidedBy.get(trace.rule ?? trace.step) ?? 0) + 1);
}
if (decidedBy.size !== 21) throw new Error(`expected 20 rules and the defaults to decide, got ${[...decidedBy.keys()].join(', ')}`);

const setupStarted = process.hrtime.bigint();
const router = createRouter(inputs);
const setupUs = Number(process.hrtime.bigint() - setupStarted) / 1000;
// What the first adaptive decision pays once: learning from the history.
const modelStarted = process.hrtime.bigint();
createAdaptiveModel(history);
const modelUs = Number(process.hrtime.bigint() - modelStarted) / 1000;

const count = 100_000;
for (const r of makeResources(20_000, 30_000_000)) router.place(r); // warm-up
const resources = makeResources(count, 0);
const samples = new Float64Array(count);
const byStrategy = new Map();
let placed = 0;
const wallStarted = process.hrtime.bigint();
for (let i = 0; i < count; i++) {
  const started = process.hrtime.bigint();
  const result = router.place(resources[i]);
  samples[i] = Number(process.hrtime.bigint() - started) / 1000;
  if (result.value) placed++;
  const strategy = result.value?.strategy ?? 'no rule (routing.defaults)';
  if (!byStrategy.has(strategy)) byStrategy.set(strategy, []);
  byStrategy.get(strategy).push(samples[i]);
}
const wallMs = Number(process.hrtime.bigint() - wallStarted) / 1e6;
if (placed !== count) throw new Error(`${count - placed} resources were not placed`);
samples.sort();
const at = (q) => samples[Math.min(count - 1, Math.floor(q * count))];
const us = (x) => `${x.toFixed(2)} µs`;
console.log(`Routing decision latency: ${count.toLocaleString('en')} place() calls, 20 rules, 5 providers, state of 10,000, history of 2,000 (after a 20,000-call warm-up)\n`);
console.log('| measure | value | goal |');
console.log('|---|---|---|');
console.log(`| p50 | ${us(at(0.5))} | |`);
console.log(`| p90 | ${us(at(0.9))} | |`);
console.log(`| p99 | ${us(at(0.99))} | < 20 µs |`);
console.log(`| p99.9 | ${us(at(0.999))} | |`);
console.log(`| max | ${us(samples[count - 1])} | |`);
console.log(`| mean (wall time / decisions, timer included) | ${us((wallMs * 1000) / count)} | |`);
for (const [strategy, values] of [...byStrategy].sort()) {
  values.sort((a, b) => a - b);
  const q = (x) => values[Math.min(values.length - 1, Math.floor(x * values.length))];
  console.log(`| ${strategy} (${values.length.toLocaleString('en')} decisions): p50 / p99 | ${us(q(0.5))} / ${us(q(0.99))} | |`);
}
console.log(`| createRouter, once per run (compile 20 rules, count a state of 10,000) | ${us(setupUs)} | |`);
console.log(`| adaptive model from 2,000 observations, once per run at the first adaptive decision | ${us(modelUs)} | |`);
