// mosaic import ADDRESS ID: records an existing live object as a resource of the config,
// without changing it; the next plan shows how it differs from the config.
import { importResource } from '../../run/import-resource.js';
import { withRun } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';

export async function runImport(terminal: Terminal, address: string, id: string, flags: { config: string; lockTimeout?: string; as?: string; workspace?: string }): Promise<number> {
  const imported = await withRun(terminal.runRequest(flags), (run) => importResource(run, address, id, flags.lockTimeout));
  terminal.print(`Imported ${address} from ${imported.provider} (id ${imported.id}); state serial ${String(imported.serial)}.\nRun \`mosaic plan\` to see how it differs from the config.`);
  return 0;
}
