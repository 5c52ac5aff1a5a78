// The `space` kind: a folder ROOT/spaces/KEY/ whose _space.yaml holds the title and
// description; its pages (page.ts) are the markdown files beside it.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { parse, stringify } from 'yaml';
import type { FieldChange, KindHandler, LiveObject, RawObject } from '../../src/resources/provider-contract.js';
import { writeFileAtomic } from './atomic-write.js';
import type { KeyedQueue } from './keyed-queue.js';
import { describeAlreadyExists, describeNotFound, isExistingFile, isMissingFile } from './local-errors.js';
import { listFolders, pathExists, readTextIfExists, type LocalLayout } from './local-layout.js';
import { assertSafeName, compactSpec, isFieldCleared, readRecord, readString, requireString } from './spec-fields.js';

export interface SpaceDependencies {
  readonly layout: LocalLayout;
  /** Shared with pages, keyed by space key. */
  readonly queue: KeyedQueue;
}

export const spaceKeyPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const metadataFile = '_space.yaml';

export function createSpaceHandler(deps: SpaceDependencies): KindHandler {
  const { layout, queue } = deps;
  const folderOf = (key: string): string => join(layout.spaces, key);

  async function readRaw(key: string): Promise<RawObject | undefined> {
    if (!spaceKeyPattern.test(key) || !(await pathExists(folderOf(key)))) return undefined;
    const text = await readTextIfExists(join(folderOf(key), metadataFile));
    const metadata = readRecord(text === undefined ? {} : parse(text));
    const record = compactSpec({
      key,
      title: typeof metadata.title === 'string' ? metadata.title : undefined,
      description: typeof metadata.description === 'string' ? metadata.description : undefined,
    });
    return { id: key, data: record };
  }

  async function writeMetadata(key: string, title: string, description: string | undefined): Promise<void> {
    await writeFileAtomic(join(folderOf(key), metadataFile), stringify(compactSpec({ title, description })));
  }

  return {
    kind: 'space',
    immutable: [],

    async list() {
      const keys = (await listFolders(layout.spaces)).filter((key) => spaceKeyPattern.test(key));
      const limit = pLimit(32);
      const raws = await Promise.all(keys.map((key) => limit(() => readRaw(key))));
      return raws.filter((raw): raw is RawObject => raw !== undefined);
    },

    read: readRaw,

    async create(spec) {
      const key = requireString(spec, 'key', 'space');
      assertSafeName(key, 'key', spaceKeyPattern);
      return queue.run(key, async () => {
        await mkdir(layout.spaces, { recursive: true });
        try {
          await mkdir(folderOf(key));
        } catch (error) {
          if (isExistingFile(error)) throw describeAlreadyExists('space', key);
          throw error;
        }
        const title = readString(spec, 'title') ?? key;
        const description = readString(spec, 'description');
        await writeMetadata(key, title, description);
        return { id: key, data: compactSpec({ key, title, description }) };
      });
    },

    async update(id, spec, changes: readonly FieldChange[]) {
      return queue.run(id, async () => {
        const current = await readRaw(id);
        if (current === undefined) throw describeNotFound('space', id);
        const live = normalizeSpace(current).spec;
        const title = readString(spec, 'title') ?? (live.title as string);
        const description = isFieldCleared(spec, changes, 'description')
          ? undefined
          : (readString(spec, 'description') ?? (live.description as string | undefined));
        if (title !== live.title || description !== live.description) await writeMetadata(id, title, description);
        const key = readString(spec, 'key') ?? id;
        if (key === id) return (await readRaw(id)) ?? current;
        assertSafeName(key, 'key', spaceKeyPattern);
        if (await pathExists(folderOf(key))) throw describeAlreadyExists('space', key);
        await rename(folderOf(id), folderOf(key));
        return (await readRaw(key)) ?? current;
      });
    },

    async delete(id) {
      if (!spaceKeyPattern.test(id)) return;
      await queue.run(id, async () => {
        const doomed = join(layout.spaces, `.deleting-${id}-${randomUUID()}`);
        try {
          await rename(folderOf(id), doomed);
        } catch (error) {
          if (isMissingFile(error)) return;
          throw error;
        }
        await rm(doomed, { recursive: true, force: true });
      });
    },

    naturalKey: (spec) => readString(spec, 'key') ?? '',

    normalize: normalizeSpace,
  };
}

export function normalizeSpace(raw: RawObject): LiveObject {
  const record = readRecord(raw.data);
  const key = typeof record.key === 'string' ? record.key : raw.id;
  return {
    id: raw.id,
    spec: compactSpec({
      key,
      title: typeof record.title === 'string' ? record.title : key,
      description: typeof record.description === 'string' ? record.description : undefined,
    }),
  };
}
