// The conformance suite every provider plugin passes, through the CLI (run in-process) against
// its emulator (or, for the local provider, the disk): create, read, list across pages, update
// of each managed field, drift, import, idempotent re-apply, faults, delete, and secrets
// kept out of state, plans, audit and output.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { comparableDesired, comparableLive } from '../../src/plan/comparable-live.js';
import { compareSpecs } from '../../src/plan/compare-specs.js';
import { maskSecrets } from '../../src/plan/mask-secrets.js';
import type { KindHandler, ProviderFactory, ProviderInstance, Spec } from '../../src/resources/provider-contract.js';
import { runCli, type CliResult } from '../cli/cli-harness.js';
import type { Emulator } from '../emulators/framework/emulator.js';
import type { EmulatorFactory, HostedEmulator } from '../emulators/framework/hosted-emulator.js';
import { testContext } from '../providers/test-context.js';

export interface ConformanceField {
  readonly field: string;
  /** Two different valid values; the repository is created with the first, then updated to the second. */
  readonly values: readonly [unknown, unknown];
}

export interface ConformanceTarget {
  /** The plugin's name (providers.NAME.type). */
  readonly provider: string;
  /** The variable the token is read from; absent for a provider without credentials. */
  readonly tokenVariable?: string;
  /** The provider's emulator; absent for the local provider, which works on disk. */
  readonly emulator?: EmulatorFactory;
  /**
   * The repository fields the provider manages. A webhook secret may be written as
   * '${env:CONFORMANCE_HOOK_SECRET}' (the suite sets it, and checks it never leaks).
   */
  readonly fields: readonly ConformanceField[];
  /** Extra provider settings (e.g. write_interval_ms: 0 so tests are not paced). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** The repository the suite creates first, with every field at its first value. */
const main = 'conf-main';

export function describeConformance(target: ConformanceTarget): void {
  describe(`conformance: ${target.provider}`, { concurrent: false }, () => {
    const token = `tok-${randomBytes(12).toString('hex')}`;
    const hookSecret = `hook-${randomBytes(12).toString('hex')}`;
    let dir = '';
    let hosted: HostedEmulator | undefined;
    let instance: ProviderInstance | undefined;
    let handler: KindHandler;
    const outputs: string[] = [];
    let desired: Record<string, Spec> = {};
    let providerSettings: Record<string, unknown> = {};

    const env = (): Record<string, string> => ({ ...(target.tokenVariable ? { [target.tokenVariable]: token } : {}), CONFORMANCE_HOOK_SECRET: hookSecret });
    const mosaic = async (...args: string[]): Promise<CliResult> => {
      const run = await runCli([...args, '--config', dir], { cwd: dir, env: env() });
      outputs.push(run.stdout, run.stderr);
      return run;
    };
    const writeConfig = async (resources: Record<string, Spec>, tokenReference?: string): Promise<void> => {
      desired = resources;
      const settings = { type: target.provider, ...providerSettings, ...(target.tokenVariable ? { token: tokenReference ?? `\${env:${target.tokenVariable}}` } : {}) };
      await writeFile(join(dir, 'mosaic.yaml'), stringify({ version: 1, providers: { target: settings }, resources: { repository: resources } }));
    };
    const planJson = async (): Promise<{ changes: { address: string; action: string; fields: { field: string }[] }[]; requests?: Record<string, { requests: number }> }> => {
      const run = await mosaic('plan', '--json');
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as never;
    };
    const expectConverged = async (): Promise<void> => {
      const run = await mosaic('plan', '--detailed-exitcode');
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    };
    const applied = async (): Promise<void> => {
      const run = await mosaic('apply', '--auto-approve');
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    };
    const stateIdOf = async (name: string): Promise<string> => {
      const state = JSON.parse(await readFile(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { id: string }> };
      const entry = state.resources[`repository.${name}`];
      if (!entry) throw new Error(`repository.${name} is not in state`);
      return entry.id;
    };
    /** The first values, with secrets resolved, as the provider receives them. */
    const firstSpec = (): Spec => Object.fromEntries(target.fields.map((f) => [f.field, f.values[0]]));
    const resolveSecrets = (spec: Spec): Spec => JSON.parse(JSON.stringify(spec).replaceAll('${env:CONFORMANCE_HOOK_SECRET}', hookSecret)) as Spec;
    const seed = async (names: readonly string[]): Promise<void> => {
      if (hosted) hosted.seedRepositories(names);
      else await Promise.all(names.map((name) => handler.create({ name })));
    };

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `mosaic-conformance-${target.provider}-`));
      if (target.emulator) {
        hosted = target.emulator({ token });
        await hosted.emulator.start();
        providerSettings = { ...hosted.providerSettings(), ...target.settings };
      } else {
        providerSettings = { ...target.settings };
      }
      const module = (await import(/* @vite-ignore */ new URL(`../../providers/${target.provider}/index.ts`, import.meta.url).href)) as { createProvider: ProviderFactory };
      instance = await module.createProvider(await testContext('target', { ...providerSettings, ...(target.tokenVariable ? { token } : {}) }, dir));
      const found = instance.handlers.repository;
      if (!found) throw new Error(`${target.provider} has no repository handler`);
      handler = found;
    });

    afterAll(async () => {
      await instance?.close();
      await hosted?.emulator.close();
      await rm(dir, { recursive: true, force: true });
    });

    const emulator = (): Emulator => {
      if (!hosted) throw new Error('no emulator');
      return hosted.emulator;
    };

    it('creates a repository with every managed field, and a second plan is empty', async () => {
      await writeConfig({ [main]: firstSpec() });
      await applied();
      await expectConverged();
    });

    it('reads the created repository back as it was applied', async () => {
      const raw = await handler.read(await stateIdOf(main));
      expect(raw).toBeDefined();
      const live = handler.normalize(raw as NonNullable<typeof raw>);
      const wanted = comparableDesired('repository', maskSecrets('repository', resolveSecrets(firstSpec())));
      const state = JSON.parse(await readFile(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { spec: Spec }> };
      const recorded = state.resources[`repository.${main}`]?.spec;
      const differences = compareSpecs(Object.keys(wanted), comparableLive('repository', live.spec, wanted, recorded), wanted);
      expect(differences).toEqual([]);
    });

    it('lists every repository across more than two pages', async () => {
      const count = hosted ? 2 * hosted.maxPageSize + 3 : 7;
      const names = Array.from({ length: count }, (_, i) => `conf-seeded-${String(i).padStart(4, '0')}`);
      await seed(names);
      const listed = (await handler.list({ details: new Map() })).map((raw) => handler.normalize(raw));
      const listedNames = new Set(listed.map((o) => String(o.spec['name'])));
      for (const name of [...names, main]) expect(listedNames.has(name), name).toBe(true);
      expect(new Set(listed.map((o) => o.id)).size).toBe(listed.length);
    });

    it('reads per-repository settings only for the repositories in the config', async () => {
      const plan = await planJson();
      expect(plan.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
      if (!hosted) return;
      const pages = Math.ceil(hosted.repositoryNames().length / hosted.maxPageSize);
      const requests = plan.requests?.['target']?.requests ?? 0;
      // One repository in the config: the list pages plus a handful of reads for it.
      expect(requests).toBeLessThanOrEqual(pages + 8);
    });

    for (const [index, { field }] of target.fields.entries()) {
      it(`updates ${field} in place and converges`, async () => {
        const spec: Record<string, unknown> = { ...firstSpec() };
        for (const earlier of target.fields.slice(0, index + 1)) spec[earlier.field] = earlier.values[1];
        await writeConfig({ [main]: spec });
        const plan = await planJson();
        const change = plan.changes.find((c) => c.address === `repository.${main}`);
        expect(change?.action).toBe('update');
        expect(change?.fields.map((f) => f.field)).toEqual([field]);
        await applied();
        await expectConverged();
      });
    }

    it('reports a change made behind mosaic’s back as drift, and repairs it', async () => {
      const id = await stateIdOf(main);
      const name = desired[main]?.['name'];
      if (hosted) hosted.setDescription(typeof name === 'string' ? name : main, 'changed behind mosaic');
      else await handler.update(id, { description: 'changed behind mosaic' }, [{ field: 'description', after: 'changed behind mosaic' }]);
      const drift = await mosaic('drift');
      expect(drift.code, drift.stderr).toBe(2);
      expect(drift.stdout).toContain('changed behind mosaic');
      await applied();
      await expectConverged();
    });

    it('imports a repository that exists live but not in state', async () => {
      await seed(['conf-imported']);
      await writeConfig({ ...desired, 'conf-imported': { description: 'adopted by mosaic' } });
      const plan = await planJson();
      expect(plan.changes.find((c) => c.address === 'repository.conf-imported')?.action).toBe('import');
      await applied();
      await expectConverged();
    });

    it('retries a 503, a 429 with Retry-After and a dropped connection during refresh', async () => {
      if (!hosted) return;
      emulator().inject({ kind: 'status', status: 503, times: 1 });
      expect((await mosaic('plan', '--detailed-exitcode')).code).toBe(0);
      emulator().inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1 });
      expect((await mosaic('plan', '--detailed-exitcode')).code).toBe(0);
      emulator().inject({ kind: 'drop', times: 1, match: { method: 'GET' } });
      expect((await mosaic('plan', '--detailed-exitcode')).code).toBe(0);
      emulator().clearFaults();
    });

    it('reports a provider that keeps failing, changes nothing in state, and converges once it recovers', async () => {
      if (!hosted) return;
      await writeConfig({ ...desired, [main]: { ...desired[main], description: 'after the outage' } });
      const before = await readFile(join(dir, 'state', 'mosaic.state.json'), 'utf8');
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) emulator().inject({ kind: 'status', status: 500, times: 1000, match: { method } });
      const failed = await mosaic('apply', '--auto-approve');
      emulator().clearFaults();
      expect(failed.code).toBe(1);
      expect(`${failed.stdout}${failed.stderr}`).toContain(`repository.${main}`);
      const after = JSON.parse(await readFile(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { spec: Spec }> };
      const previous = JSON.parse(before) as typeof after;
      expect(after.resources[`repository.${main}`]?.spec).toEqual(previous.resources[`repository.${main}`]?.spec);
      await applied();
      await expectConverged();
    });

    it('names the provider and the variable when the token is refused', async () => {
      if (!hosted || !target.tokenVariable) return;
      const run = await runCli(['plan', '--config', dir], { cwd: dir, env: { ...env(), [target.tokenVariable]: 'not-the-token' } });
      outputs.push(run.stdout, run.stderr);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('target');
      expect(run.stderr).toContain(`\${env:${target.tokenVariable}}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('deletes repositories removed from the config', async () => {
      const ids = [await stateIdOf(main), await stateIdOf('conf-imported')];
      await writeConfig({});
      const plan = await planJson();
      expect(plan.changes.filter((c) => c.action === 'delete').map((c) => c.address)).toEqual(['repository.conf-imported', `repository.${main}`]);
      await applied();
      for (const id of ids) expect(await handler.read(id)).toBeUndefined();
      await expectConverged();
    });

    it('keeps the token and webhook secrets out of state, plans, audit, caches and output', async () => {
      await writeConfig({ [main]: firstSpec() });
      const saved = await mosaic('plan', '--out', join(dir, 'saved.plan.json'));
      expect(saved.code, saved.stderr).toBe(0);
      await applied();
      const files = await listFiles(dir);
      const texts = await Promise.all(files.filter((f) => !f.includes(join(dir, '.mosaic'))).map((f) => readFile(f, 'utf8')));
      for (const text of [...texts, ...outputs]) {
        expect(text.includes(token)).toBe(false);
        expect(text.includes(hookSecret)).toBe(false);
      }
      expect(files.some((f) => f.endsWith('mosaic.audit.jsonl'))).toBe(true);
    });
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
