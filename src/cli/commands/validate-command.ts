// mosaic validate: decode and check the config; no provider is started, no state is read.
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { resourceKinds } from '../../resources/resource-kind.js';
import { loadRunConfig } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';

export async function runValidate(terminal: Terminal, flags: { config: string; json?: boolean }): Promise<number> {
  try {
    const config = await loadRunConfig(terminal.runRequest(flags));
    const counts = resourceKinds.map((k) => [k, config.resources.filter((r) => r.kind === k).length] as const).filter(([, n]) => n > 0);
    if (flags.json) terminal.printJson({ valid: true, resources: config.resources.length, files: config.files.length, diagnostics: [] });
    else terminal.print(`The configuration is valid: ${String(config.resources.length)} resources${counts.length ? ` (${counts.map(([k, n]) => `${String(n)} ${k}`).join(', ')})` : ''} in ${String(config.files.length)} file(s).`);
    return 0;
  } catch (error) {
    if (flags.json && error instanceof DiagnosticError) {
      terminal.printJson({ valid: false, diagnostics: error.diagnostics });
      return 1;
    }
    throw error;
  }
}
