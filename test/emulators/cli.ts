// `npm run emulator -- NAME [--port N] [--token T] [--owner O] [--seed N] [--latency MS]`:
// runs one provider emulator in the foreground so a user can point mosaic at a fake org.
import { Command, InvalidArgumentError } from 'commander';
import { emulatorNames, loadEmulator, type EmulatorName } from './registry.js';

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

const program = new Command('emulator')
  .description('Run a provider API emulator on 127.0.0.1')
  .argument('<name>', `one of ${emulatorNames.join(', ')}`)
  .option('--port <n>', 'port to listen on (0: any free port)', integer, 0)
  .option('--token <token>', 'token the emulator accepts', 'emulator-token')
  .option('--owner <owner>', 'organization, group or workspace')
  .option('--seed <n>', 'create N repositories before serving', integer, 0)
  .option('--latency <ms>', 'added latency per request', integer, 0)
  .action(async (name: string, options: { port: number; token: string; owner?: string; seed: number; latency: number }) => {
    if (!(emulatorNames as readonly string[]).includes(name)) throw new InvalidArgumentError(`unknown emulator "${name}"; use one of ${emulatorNames.join(', ')}`);
    const create = await loadEmulator(name as EmulatorName);
    const hosted = create({ token: options.token, ...(options.owner ? { owner: options.owner } : {}) });
    hosted.emulator.latencyMs = options.latency;
    if (options.seed > 0) hosted.seedRepositories(Array.from({ length: options.seed }, (_, i) => `repo-${String(i + 1).padStart(4, '0')}`), { protectedBranch: 'main', webhooks: 2 });
    await hosted.emulator.start(options.port);
    const settings = { type: name, ...hosted.providerSettings(), token: '${env:EMULATOR_TOKEN}' };
    process.stdout.write(
      [
        `${name} emulator listening on ${hosted.emulator.url} (token: ${options.token})`,
        '',
        'Point mosaic at it:',
        '  providers:',
        `    fake-${name}:`,
        ...Object.entries(settings).map(([k, v]) => `      ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`),
        '',
        `  export EMULATOR_TOKEN=${options.token}`,
        '',
        'Ctrl-C stops it.',
        '',
      ].join('\n'),
    );
    const stop = (): void => {
      void hosted.emulator.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

await program.parseAsync();
