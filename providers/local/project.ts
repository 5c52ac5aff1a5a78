// The `project` kind: records in the JSON store under generated ids (UUIDs), unique by key.
import { randomUUID } from 'node:crypto';
import type { FieldChange, KindHandler, LiveObject, RawObject, Spec } from '../../src/resources/provider-contract.js';
import { describeAlreadyExists, describeNotFound } from './local-errors.js';
import { assignOptional, findOwn, readCollection, type ProjectRecord, type ProjectStore } from './project-store.js';
import { assertSafeName, compactSpec, isFieldCleared, readRecord, readString, requireString } from './spec-fields.js';

export interface ProjectDependencies {
  readonly store: ProjectStore;
}

const keyPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const optionalFields = ['description', 'lead'] as const;

export function createProjectHandler(deps: ProjectDependencies): KindHandler {
  const { store } = deps;

  return {
    kind: 'project',
    immutable: [],

    ...readCollection(store, 'projects'),

    async create(spec) {
      const key = requireString(spec, 'key', 'project');
      assertSafeName(key, 'key', keyPattern);
      const record: ProjectRecord = { key, name: readString(spec, 'name') ?? key, status: readString(spec, 'status') ?? 'active' };
      for (const field of optionalFields) assignOptional(record, field, readString(spec, field));
      return store.update((data) => {
        if (Object.values(data.projects).some((project) => project.key === key)) throw describeAlreadyExists('project', key);
        const id = randomUUID();
        data.projects[id] = record;
        return { id, data: record };
      });
    },

    async update(id, spec, changes: readonly FieldChange[]) {
      const key = readString(spec, 'key');
      if (key !== undefined) assertSafeName(key, 'key', keyPattern);
      return store.update((data) => {
        const record = findOwn(data.projects, id);
        if (record === undefined) throw describeNotFound('project', id);
        if (key !== undefined && key !== record.key) {
          if (Object.values(data.projects).some((project) => project.key === key)) throw describeAlreadyExists('project', key);
          record.key = key;
        }
        record.name = readString(spec, 'name') ?? record.name;
        record.status = readString(spec, 'status') ?? record.status;
        for (const field of optionalFields) {
          if (isFieldCleared(spec, changes, field)) assignOptional(record, field, undefined);
          else assignOptional(record, field, readString(spec, field) ?? record[field]);
        }
        return { id, data: record };
      });
    },

    async delete(id) {
      await store.update((data) => {
        if (findOwn(data.projects, id) === undefined) return;
        // Like hosted trackers, a project takes its issues with it.
        delete data.projects[id];
        for (const [issueId, issue] of Object.entries(data.issues)) {
          if (issue.project === id) delete data.issues[issueId];
        }
      });
    },

    naturalKey: (spec: Spec) => readString(spec, 'key') ?? '',

    normalize: normalizeProject,
  };
}

export function normalizeProject(raw: RawObject): LiveObject {
  const record = readRecord(raw.data);
  const text = (field: string): string | undefined => (typeof record[field] === 'string' ? record[field] : undefined);
  const key = text('key') ?? '';
  return {
    id: raw.id,
    spec: compactSpec({
      key,
      name: text('name') ?? key,
      description: text('description'),
      lead: text('lead'),
      status: text('status') ?? 'active',
    }),
  };
}
