// mosaic providers list: the provider plugins this mosaic knows, with versions and kinds.
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../../plugins/builtin-catalog.js';
import { print, printJson } from '../print.js';

export function runProvidersList(flags: { json?: boolean }): Promise<number> {
  const { catalog, diagnostics } = loadBuiltinCatalog();
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  const plugins = catalog.list().map((p) => ({ name: p.name, version: p.version, kinds: [...p.kinds], source: 'built-in' }));
  if (flags.json) printJson(plugins);
  else {
    const width = Math.max(4, ...plugins.map((p) => p.name.length));
    print([`${'NAME'.padEnd(width)}  VERSION  SOURCE    KINDS`, ...plugins.map((p) => `${p.name.padEnd(width)}  ${p.version.padEnd(7)}  ${p.source.padEnd(8)}  ${p.kinds.join(', ')}`)].join('\n'));
  }
  return Promise.resolve(0);
}
