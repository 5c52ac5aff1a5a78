// The hash of a decoded config: SHA-256 of canonical JSON (keys sorted, undefined left out)
// of what changes a plan, and nothing of where it was written (no file paths, no ranges).
import { createHash } from 'node:crypto';
import { encodeCanonicalJson } from '../canonical-json.js';
import type { Config } from './config.js';

export type HashedConfig = Omit<Config, 'hash' | 'dir' | 'files' | 'plugins'>;

export function hashConfig(config: HashedConfig, writtenStatePath: string): string {
  const content = {
    providers: [...config.providers.values()]
      .map((p) => ({ name: p.name, type: p.type, settings: p.settings, resilience: p.resilience }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    routingDefaults: config.routingDefaults,
    routing: { defaultStrategy: config.routing.defaultStrategy, rules: config.routing.rules.map(({ range: _range, ...rule }) => rule) },
    // The state folder as written: the absolute one would change with the checkout's place.
    state: { backend: config.state.backend, path: writtenStatePath },
    moved: config.moved.map((m) => ({ from: m.from, to: m.to })),
    resources: config.resources.map((r) => ({
      address: r.address,
      provider: r.provider,
      labels: r.labels,
      tenant: r.tenant,
      lifecycle: r.lifecycle,
      spec: r.spec,
    })),
  };
  return createHash('sha256').update(encodeCanonicalJson(content)).digest('hex');
}

/** JSON with object keys sorted at every depth and undefined members left out. */
