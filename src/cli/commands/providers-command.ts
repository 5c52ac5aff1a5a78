// mosaic providers list: the provider plugins this mosaic knows, with versions, kinds and
// where each comes from. mosaic providers check: each instance of the config asked for its
// health (exit 2 when any is unhealthy).
import { checkProviders, isHealthy } from '../../run/check-providers.js';
import { listPlugins } from '../../run/list-plugins.js';
import { withRun } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';
import { providerCheckJson, renderProviderCheck } from '../views/render-provider-check.js';

export async function runProvidersList(terminal: Terminal, flags: { json?: boolean; config: string }): Promise<number> {
  const plugins = await listPlugins(terminal.runRequest(flags));
  if (flags.json) terminal.printJson(plugins);
  else {
    const width = Math.max(4, ...plugins.map((p) => p.name.length));
    const sourceWidth = Math.max(6, ...plugins.map((p) => p.source.length));
    terminal.print(
      [`${'NAME'.padEnd(width)}  VERSION  ${'SOURCE'.padEnd(sourceWidth)}  KINDS`, ...plugins.map((p) => `${p.name.padEnd(width)}  ${p.version.padEnd(7)}  ${p.source.padEnd(sourceWidth)}  ${p.kinds.join(', ')}`)].join('\n'),
    );
  }
  return 0;
}

export async function runProvidersCheck(terminal: Terminal, flags: { json?: boolean; config: string; workspace?: string }): Promise<number> {
  const { checks, transitions } = await withRun(terminal.runRequest(flags), (run) => checkProviders(run));
  if (flags.json) terminal.printJson(providerCheckJson(checks, transitions));
  else terminal.print(renderProviderCheck(checks, transitions, terminal.style));
  return checks.every(isHealthy) ? 0 : 2;
}
