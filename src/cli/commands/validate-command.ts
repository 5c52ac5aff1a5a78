// mosaic validate: decode and check the config; no provider is started.
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { resourceKinds } from '../../resources/resource-kind.js';
import { openRun } from '../open-run.js';
import { print, printJson } from '../print.js';

export async function runValidate(flags: { config: string; json?: boolean }): Promise<number> {
  try {
    const { config } = await openRun({ config: flags.config });
    const counts = resourceKinds.map((k) => [k, config.resources.filter((r) => r.kind === k).length] as const).filter(([, n]) => n > 0);
    if (flags.json) printJson({ valid: true, resources: config.resources.length, files: config.files.length, diagnostics: [] });
    else print(`The configuration is valid: ${String(config.resources.length)} resources${counts.length ? ` (${counts.map(([k, n]) => `${String(n)} ${k}`).join(', ')})` : ''} in ${String(config.files.length)} file(s).`);
    return 0;
  } catch (error) {
    if (flags.json && error instanceof DiagnosticError) {
      printJson({ valid: false, diagnostics: error.diagnostics });
      return 1;
    }
    throw error;
  }
}
