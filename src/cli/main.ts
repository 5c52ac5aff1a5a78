// The command line: argv -> typed options -> one run -> a view. It reads and writes only
// through the io it is given, so tests run it in-process. Each command's module is imported
// only when that command runs, so `mosaic --help` stays cheap.
import { Command, CommanderError, Option } from 'commander';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { mosaicVersion } from '../mosaic-version.js';
import type { CliIo } from './cli-io.js';
import { createTerminal, type Terminal } from './terminal.js';

type Action = (terminal: Terminal, ...args: never[]) => Promise<number>;

export async function main(io: CliIo): Promise<number> {
  const terminal = createTerminal(io);
  let exitCode = 0;
  const run = (load: () => Promise<Action>) =>
    async (...args: unknown[]): Promise<void> => {
      const action = await load();
      exitCode = await (action as (t: Terminal, ...a: unknown[]) => Promise<number>)(terminal, ...args.slice(0, -1));
    };

  const program = new Command('mosaic')
    .description('Declarative plan/apply for repositories, pipelines, docs and projects across providers.')
    .version(mosaicVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .configureOutput({ writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void io.stderr.write(text) })
    .exitOverride();

  const configOption = () => new Option('-c, --config <path>', 'config file, or a directory whose *.yaml files are merged').default(io.env['MOSAIC_CONFIG'] ?? '.');
  const asOption = () => new Option('--as <principal>', 'who is acting, for the audit trail (default: MOSAIC_PRINCIPAL, the CI actor, or the OS user)');
  const lockTimeout = () => new Option('--lock-timeout <duration>', 'wait this long for the state lock (e.g. 30s) instead of failing at once');
  const workspaceOption = () => new Option('--workspace <name>', 'the workspace to use (default: MOSAIC_WORKSPACE, then the one selected with `mosaic workspace select`, then default)');
  const narrowing = (cmd: Command) =>
    cmd
      .option('--target <address...>', 'only this resource and what it depends on (repeatable)')
      .option('--exclude <address...>', 'leave out this resource and what depends on it (repeatable)');
  const examples = (cmd: Command, lines: string[]) => cmd.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);

  examples(
    program.command('init').description('write a starter mosaic.yaml that applies as-is on the local provider').argument('[dir]', 'folder to write it in', '.').option('--force', 'overwrite an existing mosaic.yaml'),
    ['mosaic init', 'mosaic init infra/platform'],
  ).action(run(async () => (await import('./commands/init-command.js')).runInit));

  examples(
    program.command('validate').description('check the configuration without touching any provider').addOption(configOption()).option('--json', 'print the result as JSON'),
    ['mosaic validate', 'mosaic validate --config infra/ --json'],
  ).action(run(async () => (await import('./commands/validate-command.js')).runValidate));

  examples(
    narrowing(
      program
        .command('plan')
        .description('show what apply would change, and what changed outside mosaic')
        .addOption(configOption())
        .option('--json', 'print the plan as JSON (schemas/plan.schema.json)')
        .addOption(new Option('--format <format>', 'output format').choices(['human', 'json', 'markdown']).default('human'))
        .option('--out <file>', 'save the plan for `mosaic apply FILE`')
        .option('--replace <address...>', 'replace this resource even if nothing forces it')
        .option('--destroy', 'plan the removal of everything in state')
        .option('--allow-move-delete', 'a move deletes the old object once the new one holds everything')
        .option('--detailed-exitcode', 'exit 0 when there are no changes, 2 when there are, 1 on error')
        .addOption(workspaceOption()),
    ),
    ['mosaic plan', 'mosaic plan --out plan.json', 'mosaic plan --target repository.api --detailed-exitcode', 'mosaic plan --format markdown > plan.md'],
  ).action(run(async () => (await import('./commands/plan-command.js')).runPlan));

  examples(
    narrowing(
      program
        .command('apply')
        .description('make the live objects match the config (or carry out a saved plan)')
        .argument('[plan-file]', 'a plan saved with `mosaic plan --out`')
        .addOption(configOption())
        .option('--auto-approve', 'do not ask for confirmation')
        .option('--replace <address...>', 'replace this resource even if nothing forces it')
        .option('--allow-move-delete', 'a move deletes the old object once the new one holds everything')
        .addOption(new Option('--parallelism <n>', 'changes in flight at once').default('10'))
        .addOption(lockTimeout())
        .addOption(asOption())
        .addOption(workspaceOption())
        .option('--json', 'print the outcome as JSON'),
    ),
    ['mosaic apply', 'mosaic apply --auto-approve', 'mosaic plan --out plan.json && mosaic apply plan.json', 'mosaic apply --allow-move-delete'],
  ).action(run(async () => (await import('./commands/apply-command.js')).runApply));

  examples(
    narrowing(
      program
        .command('destroy')
        .description('delete every resource in state')
        .addOption(configOption())
        .option('--auto-approve', 'do not ask for confirmation')
        .addOption(new Option('--parallelism <n>', 'changes in flight at once').default('10'))
        .addOption(lockTimeout())
        .addOption(asOption())
        .addOption(workspaceOption())
        .option('--json', 'print the outcome as JSON'),
    ),
    ['mosaic destroy', 'mosaic destroy --target repository.scratch --auto-approve'],
  ).action(run(async () => (await import('./commands/apply-command.js')).runDestroy));

  examples(
    program.command('drift').description('report objects changed outside mosaic (exit 2 when there are any)').addOption(configOption()).addOption(workspaceOption()).option('--json', 'print the drift as JSON'),
    ['mosaic drift', 'mosaic drift --json || alert-on-call'],
  ).action(run(async () => (await import('./commands/drift-command.js')).runDrift));

  examples(
    program
      .command('import')
      .description('adopt an existing live object as a resource of the config')
      .argument('<address>', 'the resource address in the config, e.g. repository.api')
      .argument('<id>', "the provider's id of the live object")
      .addOption(configOption())
      .addOption(lockTimeout())
      .addOption(asOption())
      .addOption(workspaceOption()),
    ['mosaic import repository.api api', 'mosaic import project.platform 1c0f…'],
  ).action(run(async () => (await import('./commands/import-command.js')).runImport));

  const route = program.command('route').description('show how routing places resources');
  examples(
    route
      .command('explain')
      .description('print the whole routing decision for a resource: rules tried, candidates, scores, health, the winner and why')
      .argument('<address>', 'a resource address, e.g. repository.api')
      .addOption(configOption())
      .addOption(workspaceOption())
      .option('--json', 'print the decision as JSON'),
    ['mosaic route explain repository.api', 'mosaic route explain repository.api --json'],
  ).action(run(async () => (await import('./commands/route-command.js')).runRouteExplain));

  const state = program.command('state').description('inspect and edit the state, its history and its backend');
  examples(state.command('list').description('list the resources in state').addOption(configOption()).addOption(workspaceOption()).option('--json', 'print as JSON'), ['mosaic state list']).action(
    run(async () => (await import('./commands/state-command.js')).runStateList),
  );
  examples(
    state.command('show').description('show one resource in state').argument('<address>').addOption(configOption()).addOption(workspaceOption()).option('--json', 'print as JSON'),
    ['mosaic state show repository.api'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStateShow));
  examples(
    state.command('rm').description('stop managing resources without deleting them').argument('<address...>').addOption(configOption()).addOption(lockTimeout()).addOption(asOption()).addOption(workspaceOption()),
    ['mosaic state rm repository.legacy'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStateRm));
  examples(
    state.command('mv').description('rename a resource address in state').argument('<from>').argument('<to>').addOption(configOption()).addOption(lockTimeout()).addOption(asOption()).addOption(workspaceOption()),
    ['mosaic state mv repository.api repository.api-v2'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStateMv));
  examples(
    state.command('history').description('list the versions of the state: serial, time, who and which command wrote each').addOption(configOption()).addOption(workspaceOption()).option('--json', 'print as JSON'),
    ['mosaic state history', 'mosaic state history --workspace prod --json'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStateHistory));
  examples(
    state.command('pull').description('print the state (or an earlier version of it) as a state file').option('--serial <n>', 'the version to print (default: the current one)').addOption(configOption()).addOption(workspaceOption()),
    ['mosaic state pull > backup.json', 'mosaic state pull --serial 41'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStatePull));
  examples(
    state
      .command('push')
      .description('replace the state with a state file (refused for another lineage or an older serial without --force)')
      .argument('<file>', 'a state file, e.g. from `mosaic state pull`')
      .option('--force', 'push even a state of another lineage, or older than the current one')
      .addOption(configOption())
      .addOption(lockTimeout())
      .addOption(asOption())
      .addOption(workspaceOption()),
    ['mosaic state pull --serial 41 > v41.json && mosaic state push v41.json --force'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStatePush));
  examples(
    state
      .command('migrate')
      .description('copy every workspace (state, history, audit trail) from the config\'s backend to the other one, verifying the audit chains')
      .addOption(new Option('--to <backend>', 'the backend to copy to').choices(['local', 'postgres']).makeOptionMandatory())
      .addOption(configOption())
      .addOption(lockTimeout())
      .addOption(asOption()),
    ['mosaic state migrate --to postgres   # then set state.backend: postgres', 'mosaic state migrate --to local      # then set state.backend: local'],
  ).action(run(async () => (await import('./commands/state-command.js')).runStateMigrate));

  const workspace = program.command('workspace').description('separate states of one config (e.g. staging and prod)');
  examples(workspace.command('list').description('list the workspaces; * marks the current one').addOption(configOption()).option('--json', 'print as JSON'), ['mosaic workspace list']).action(
    run(async () => (await import('./commands/workspace-command.js')).runWorkspaceList),
  );
  examples(workspace.command('show').description('print the current workspace').addOption(configOption()), ['mosaic workspace show']).action(
    run(async () => (await import('./commands/workspace-command.js')).runWorkspaceShow),
  );
  examples(workspace.command('new').description('create an empty workspace and select it').argument('<name>').addOption(configOption()), ['mosaic workspace new staging']).action(
    run(async () => (await import('./commands/workspace-command.js')).runWorkspaceNew),
  );
  examples(workspace.command('select').description('make a workspace the current one (kept in the local state folder)').argument('<name>').addOption(configOption()), ['mosaic workspace select prod']).action(
    run(async () => (await import('./commands/workspace-command.js')).runWorkspaceSelect),
  );
  examples(
    workspace
      .command('delete')
      .description('delete a workspace and everything it keeps (refused while it manages resources, without --force)')
      .argument('<name>')
      .option('--force', 'delete even a workspace whose state still lists resources (they are left alone, unmanaged)')
      .addOption(configOption())
      .addOption(lockTimeout())
      .addOption(asOption()),
    ['mosaic workspace delete scratch'],
  ).action(run(async () => (await import('./commands/workspace-command.js')).runWorkspaceDelete));

  const audit = program.command('audit').description('read and verify the audit trail');
  examples(
    audit.command('log').description('print the audit trail').addOption(configOption()).addOption(workspaceOption()).option('--address <address>', 'only entries of this resource').option('--json', 'print as JSON lines'),
    ['mosaic audit log', 'mosaic audit log --address repository.api --json'],
  ).action(run(async () => (await import('./commands/audit-command.js')).runAuditLog));
  examples(audit.command('verify').description('check the hash chain; exit 1 naming the first tampered entry').addOption(configOption()).addOption(workspaceOption()), ['mosaic audit verify']).action(
    run(async () => (await import('./commands/audit-command.js')).runAuditVerify),
  );

  const providers = program.command('providers').description('provider plugins');
  examples(
    providers
      .command('list')
      .description('list the provider plugins mosaic knows: built-in ones, and those the config adds with plugins:')
      .addOption(configOption())
      .option('--json', 'print as JSON'),
    ['mosaic providers list', 'mosaic providers list --config ./infra --json'],
  ).action(
    run(async () => (await import('./commands/providers-command.js')).runProvidersList),
  );
  examples(
    providers
      .command('check')
      .description('start each provider instance of the config and report: reachable, authenticated, latency, rate limit left, circuit breaker (exit 0 when all are healthy, 2 when any is unreachable, refuses the credential or has its breaker open, 1 on a config error)')
      .addOption(configOption())
      .option('--json', 'print as JSON (the shape is in docs/resilience.md)')
      .addOption(new Option('--workspace <name>', 'accepted as on every command; breakers and caches are per machine, the same in every workspace')),
    ['mosaic providers check', 'mosaic providers check --json | jq \'.providers[] | select(.healthy | not)\'', 'mosaic providers check || page-on-call'],
  ).action(
    run(async () => (await import('./commands/providers-command.js')).runProvidersCheck),
  );

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof DiagnosticError) {
      terminal.printDiagnostics(error.diagnostics);
      if (terminal.debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return 1;
    }
    terminal.printInternalError(error);
    return 1;
  }
}
