// mosaic import ADDRESS ID: records an existing live object as a resource of the config,
// without changing it; the next plan shows how it differs from the config.
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { describeProviderError } from '../../plan/describe-provider-error.js';
import { nameReferences } from '../../plan/reference-names.js';
import { startProviders } from '../../plugins/start-providers.js';
import { createRouter } from '../../routing/create-router.js';
import { openRun } from '../open-run.js';
import { print } from '../print.js';

export async function runImport(address: string, id: string, flags: { config: string; lockTimeout?: string; as?: string }): Promise<number> {
  const run = await openRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  const resource = run.config.resources.find((r) => r.address === address);
  if (!resource) {
    throw new DiagnosticError([errorDiagnostic('import.not-in-config', `${address} is not a resource of the config`, { hint: `Declare ${address} in the config first, then import the live object into it.` })]);
  }
  const lock = await run.lock('mosaic import', flags.lockTimeout);
  try {
    const state = await run.store.read();
    if (state.resources[address]) {
      throw new DiagnosticError([errorDiagnostic('import.already-managed', `${address} is already in state (id ${state.resources[address].id})`, { hint: `Run \`mosaic state rm ${address}\` first to import another object into it.` })]);
    }
    const placement = createRouter({ config: run.config, state, conditions: new Map(), history: [] }).place(resource);
    if (!placement.value) throw new DiagnosticError(placement.diagnostic ? [placement.diagnostic] : []);
    const provider = placement.value.provider;
    const providers = await startProviders(new Set([provider]), run.config, run.catalog);
    try {
      const handler = providers.instances.get(provider)?.handlers[resource.kind];
      if (!handler) throw new DiagnosticError([errorDiagnostic('config.unsupported-kind', `provider "${provider}" cannot manage ${resource.kind} resources`)]);
      let raw;
      try {
        raw = await handler.read(id);
      } catch (error) {
        const d = describeProviderError(error);
        throw new DiagnosticError([errorDiagnostic(d.code, d.summary, { address, ...(d.hint ? { hint: d.hint } : {}) })]);
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
      print(`Imported ${address} from ${provider} (id ${live.id}); state serial ${String(written.serial)}.\nRun \`mosaic plan\` to see how it differs from the config.`);
      return 0;
    } finally {
      await providers.close();
    }
  } finally {
    await lock.release();
  }
}
