// json-tracker: an example mosaic provider plugin. It keeps `project` resources in one JSON
// file ({ "projects": { ID: { key, name, description } } }) and shows the provider contract
// in plain JavaScript: no build step, and nothing imported from mosaic.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** An error mosaic reports as a diagnostic with this code and hint (matched by name). */
class ProviderError extends Error {
  constructor(code, message, hint) {
    super(message);
    this.name = 'ProviderError';
    this.code = code;
    this.hint = hint;
  }
}

const managed = ['key', 'name', 'description'];

/** mosaic calls this once per configured instance; it must not do slow work up front. */
export async function createProvider(context) {
  const file = resolve(context.configDir, context.settings.file);
  // One write at a time: mosaic applies changes in parallel.
  let queue = Promise.resolve();
  const read = async () => {
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') return { projects: {} };
      throw new ProviderError('json-tracker.unreadable', `cannot read ${file}: ${error.message}`, 'Fix or delete the file.');
    }
  };
  const change = (edit) => {
    const next = queue.then(async () => {
      const data = await read();
      const result = edit(data);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
      await rename(`${file}.tmp`, file);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const project = {
    kind: 'project',
    immutable: ['key'],
    async list() {
      const data = await read();
      return Object.entries(data.projects).map(([id, record]) => ({ id, data: record }));
    },
    async read(id) {
      const record = (await read()).projects[id];
      return record === undefined ? undefined : { id, data: record };
    },
    create(spec) {
      return change((data) => {
        if (Object.values(data.projects).some((p) => p.key === spec.key)) {
          throw new ProviderError('json-tracker.conflict', `a project with key "${spec.key}" exists`, 'Run `mosaic plan`: it imports the existing project.');
        }
        const id = randomUUID();
        data.projects[id] = pick(spec);
        return { id, data: data.projects[id] };
      });
    },
    update(id, spec) {
      return change((data) => {
        const record = data.projects[id];
        if (record === undefined) throw new ProviderError('json-tracker.not-found', `project ${id} is gone`, 'Run `mosaic plan` again.');
        Object.assign(record, pick(spec));
        return { id, data: record };
      });
    },
    delete(id) {
      return change((data) => {
        delete data.projects[id];
      });
    },
    naturalKey: (spec) => String(spec.key),
    normalize: (raw) => ({ id: raw.id, spec: pick(raw.data) }),
    check(spec) {
      return ['lead', 'status'].filter((field) => spec[field] !== undefined).map((field) => `json-tracker keeps no \`${field}\` for projects`);
    },
  };

  return {
    handlers: { project },
    async health() {
      return { reachable: true };
    },
    async close() {
      await queue;
    },
  };
}

function pick(spec) {
  return Object.fromEntries(managed.filter((field) => spec[field] !== undefined).map((field) => [field, spec[field]]));
}
