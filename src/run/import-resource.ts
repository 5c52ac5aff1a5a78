// `import ADDRESS ID` as a run: record an existing live object as a resource of the config,
// without changing it; the next plan shows how it differs from the config.
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { providerErrorDiagnostic } from '../plan/describe-provider-error.js';
import { nameReferences } from '../plan/reference-names.js';
import { createRouter } from '../routing/create-router.js';
import type { Run } from './open-run.js';

export interface ImportResult {
  readonly provider: string;
  readonly id: string;
  readonly serial: number;
}

export async function importResource(run: Run, address: string, id: string, lockTimeout: string | undefined): Promise<ImportResult> {
  const resource = run.config.resources.find((r) => r.address === address);
  if (!resource) {
    throw new DiagnosticError([errorDiagnostic('import.not-in-config', `${address} is not a resource of the config`, { hint: `Declare ${address} in the config first, then import the live object into it.` })]);
  }
  const lock = await run.lock('mosaic import', lockTimeout);
  try {
    const state = await run.store.read();
    const existing = state.resources[address];
    if (existing) {
      throw new DiagnosticError([errorDiagnostic('import.already-managed', `${address} is already in state (id ${existing.id})`, { hint: `Run \`mosaic state rm ${address}\` first to import another object into it.` })]);
    }
    const placement = createRouter({ config: run.config, state, conditions: new Map(), history: [] }).place(resource);
    if (!placement.value) throw new DiagnosticError(placement.diagnostic ? [placement.diagnostic] : []);
    const provider = placement.value.provider;
    const providers = await run.startProviders(new Set([provider]));
    try {
      const handler = providers.instances.get(provider)?.handlers[resource.kind];
      if (!handler) throw new DiagnosticError([errorDiagnostic('config.unsupported-kind', `provider "${provider}" cannot manage ${resource.kind} resources`)]);
      let raw;
      try {
        raw = await handler.read(id);
      } catch (error) {
        throw new DiagnosticError([providerErrorDiagnostic(error, { address })]);
      }
      if (!raw) throw new DiagnosticError([errorDiagnostic('import.not-found', `no ${resource.kind} with id "${id}" on provider "${provider}"`, { hint: 'Check the id; for the local provider a repository id is its name.' })]);
      const live = handler.normalize(raw);
      const ids = new Map(Object.entries(state.resources).map(([a, r]) => [`${r.provider}\u0000${r.kind}\u0000${r.id}`, a.slice(r.kind.length + 1)]));
      const inMosaicTerms = nameReferences(resource.kind, live.spec, (kind, refId) => ids.get(`${provider}\u0000${kind}\u0000${refId}`));
      const spec = Object.fromEntries(Object.keys(resource.spec).filter((k) => inMosaicTerms[k] !== undefined).map((k) => [k, inMosaicTerms[k]]));
      const now = new Date().toISOString();
      const written = await run.store.write({
        ...state,
        resources: {
          ...state.resources,
          [address]: {
            kind: resource.kind,
            name: resource.name,
            provider,
            id: live.id,
            natural_key: handler.naturalKey(live.spec),
            spec,
            depends_on: resource.references.map((r) => r.address).sort(),
            created_at: now,
            updated_at: now,
          },
        },
      });
      await run.audit.append({ principal: run.principal, command: 'import', action: 'import', address, provider, outcome: 'succeeded' });
      return { provider, id: live.id, serial: written.serial };
    } finally {
      await providers.close();
    }
  } finally {
    await lock.release();
  }
}
