// The `page` kind: ROOT/spaces/SPACE/SLUG.md, YAML front matter (title, parent slug) over the
// markdown content. id SPACE/SLUG. Writes are atomic and serialized per space.
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { ProviderError, type FieldChange, type KindHandler, type LiveObject, type RawObject } from '../../src/resources/provider-contract.js';
import { writeFileAtomic } from './atomic-write.js';
import { decodeFrontMatter, encodeFrontMatter } from './front-matter.js';
import type { KeyedQueue } from './keyed-queue.js';
import { describeAlreadyExists, describeMissingParent, describeNotFound, isMissingFile } from './local-errors.js';
import { listFiles, listFolders, pathExists, readTextIfExists, type LocalLayout } from './local-layout.js';
import { spaceKeyPattern } from './space.js';
import { assertSafeName, compactSpec, isFieldCleared, readRecord, readString, requireString } from './spec-fields.js';

export interface PageDependencies {
  readonly layout: LocalLayout;
  /** Shared with spaces, keyed by space key. */
  readonly queue: KeyedQueue;
}

/** A page as stored; `parent` is the parent page's slug within the same space. */
export interface PageRecord {
  readonly space: string;
  readonly slug: string;
  readonly title: string;
  readonly parent?: string;
  readonly content: string;
}

const slugPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function createPageHandler(deps: PageDependencies): KindHandler {
  const { layout, queue } = deps;
  const fileOf = (space: string, slug: string): string => join(layout.spaces, space, `${slug}.md`);

  async function readRaw(id: string): Promise<RawObject | undefined> {
    const { space, slug } = splitPageId(id);
    if (!spaceKeyPattern.test(space) || !slugPattern.test(slug)) return undefined;
    const text = await readTextIfExists(fileOf(space, slug));
    return text === undefined ? undefined : toRaw(decodePage(space, slug, text));
  }

  async function writePage(record: PageRecord): Promise<void> {
    const attributes = compactSpec({ title: record.title, parent: record.parent });
    await writeFileAtomic(fileOf(record.space, record.slug), encodeFrontMatter({ attributes, body: record.content }));
  }

  /** The parent page's slug, after checking it is a page of the same space that exists. */
  async function resolveParent(space: string, parent: string | undefined): Promise<string | undefined> {
    if (parent === undefined) return undefined;
    const target = splitPageId(parent);
    if (target.space !== space) {
      throw new ProviderError(
        'local.invalid-parent',
        `The parent page "${parent}" is not in the space "${space}"`,
        'A page and its parent must live in the same space; move one of them or drop `parent`.',
      );
    }
    if ((await readRaw(parent)) === undefined) throw describeMissingParent('page', 'page', parent);
    return target.slug;
  }

  async function listSpace(space: string): Promise<readonly RawObject[]> {
    const slugs = (await listFiles(join(layout.spaces, space)))
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.slice(0, -3))
      .filter((slug) => slugPattern.test(slug));
    const raws = await Promise.all(slugs.map((slug) => readRaw(formatPageId(space, slug))));
    return raws.filter((raw): raw is RawObject => raw !== undefined);
  }

  return {
    kind: 'page',
    immutable: ['space'],

    async list() {
      const spaces = (await listFolders(layout.spaces)).filter((space) => spaceKeyPattern.test(space));
      const limit = pLimit(16);
      return (await Promise.all(spaces.map((space) => limit(() => listSpace(space))))).flat();
    },

    read: readRaw,

    async create(spec) {
      const space = requireString(spec, 'space', 'page');
      const slug = requireString(spec, 'slug', 'page');
      assertSafeName(slug, 'slug', slugPattern);
      const title = requireString(spec, 'title', 'page');
      return queue.run(space, async () => {
        if (!spaceKeyPattern.test(space) || !(await pathExists(join(layout.spaces, space)))) {
          throw describeMissingParent('page', 'space', space);
        }
        const id = formatPageId(space, slug);
        if (await pathExists(fileOf(space, slug))) throw describeAlreadyExists('page', id);
        const parent = await resolveParent(space, readString(spec, 'parent'));
        const record = buildPageRecord(space, slug, title, parent, readString(spec, 'content') ?? '');
        await writePage(record);
        return toRaw(record);
      });
    },

    async update(id, spec, changes: readonly FieldChange[]) {
      const { space } = splitPageId(id);
      return queue.run(space, async () => {
        const current = await readRaw(id);
        if (current === undefined) throw describeNotFound('page', id);
        const before = current.data as PageRecord;
        const slug = readString(spec, 'slug') ?? before.slug;
        assertSafeName(slug, 'slug', slugPattern);
        const parent = isFieldCleared(spec, changes, 'parent')
          ? undefined
          : ((await resolveParent(space, readString(spec, 'parent'))) ?? before.parent);
        const title = readString(spec, 'title') ?? before.title;
        const record = buildPageRecord(space, slug, title, parent, readString(spec, 'content') ?? before.content);
        if (slug !== before.slug) {
          if (await pathExists(fileOf(space, slug))) throw describeAlreadyExists('page', formatPageId(space, slug));
          // Rename first: a crash then leaves the page under its new slug, never two copies.
          await rename(fileOf(space, before.slug), fileOf(space, slug));
        }
        await writePage(record);
        // Children name their parent by slug; like a wiki's parent link they follow a rename.
        if (slug !== before.slug) {
          for (const child of await listSpace(space)) {
            const data = child.data as PageRecord;
            if (data.parent === before.slug) await writePage({ ...data, parent: slug });
          }
        }
        return toRaw(record);
      });
    },

    async delete(id) {
      const { space, slug } = splitPageId(id);
      if (!spaceKeyPattern.test(space) || !slugPattern.test(slug)) return;
      await queue.run(space, async () => {
        try {
          await rm(fileOf(space, slug));
        } catch (error) {
          if (!isMissingFile(error)) throw error;
        }
      });
    },

    naturalKey: (spec) => formatPageId(readString(spec, 'space') ?? '', readString(spec, 'slug') ?? ''),

    normalize: normalizePage,
  };
}

export function normalizePage(raw: RawObject): LiveObject {
  const record = readRecord(raw.data);
  const fromId = splitPageId(raw.id);
  const space = typeof record.space === 'string' ? record.space : fromId.space;
  const slug = typeof record.slug === 'string' ? record.slug : fromId.slug;
  return {
    id: raw.id,
    spec: compactSpec({
      space,
      parent: typeof record.parent === 'string' ? formatPageId(space, record.parent) : undefined,
      slug,
      title: typeof record.title === 'string' ? record.title : slug,
      content: typeof record.content === 'string' ? record.content : '',
    }),
  };
}

export function formatPageId(space: string, slug: string): string {
  return `${space}/${slug}`;
}

export function splitPageId(id: string): { space: string; slug: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { space: id, slug: '' } : { space: id.slice(0, slash), slug: id.slice(slash + 1) };
}

function decodePage(space: string, slug: string, text: string): PageRecord {
  const { attributes, body } = decodeFrontMatter(text);
  const title = typeof attributes.title === 'string' ? attributes.title : slug;
  const parent = typeof attributes.parent === 'string' ? attributes.parent : undefined;
  return buildPageRecord(space, slug, title, parent, body);
}

function buildPageRecord(space: string, slug: string, title: string, parent: string | undefined, content: string): PageRecord {
  return parent === undefined ? { space, slug, title, content } : { space, slug, title, parent, content };
}

function toRaw(record: PageRecord): RawObject {
  return { id: formatPageId(record.space, record.slug), data: record };
}
