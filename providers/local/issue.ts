// The `issue` kind: records in the JSON store with ids PROJECTKEY-N, N from the store's
// counter, so parallel creates never share a number.
import type { FieldChange, KindHandler, LiveObject, RawObject, Spec } from '../../src/resources/provider-contract.js';
import { describeMissingParent, describeNotFound } from './local-errors.js';
import { assignOptional, findOwn, readCollection, type IssueRecord, type ProjectStore } from './project-store.js';
import { compactSpec, isFieldCleared, readRecord, readString, readStringList, requireString } from './spec-fields.js';

export interface IssueDependencies {
  readonly store: ProjectStore;
}

const optionalFields = ['description', 'assignee'] as const;

export function createIssueHandler(deps: IssueDependencies): KindHandler {
  const { store } = deps;

  return {
    kind: 'issue',
    immutable: ['project'],

    ...readCollection(store, 'issues'),

    async create(spec) {
      const project = requireString(spec, 'project', 'issue');
      const record: IssueRecord = {
        project,
        title: requireString(spec, 'title', 'issue'),
        state: readString(spec, 'state') ?? 'todo',
        priority: readString(spec, 'priority') ?? 'none',
        tags: [...(readStringList(spec, 'tags') ?? [])],
      };
      for (const field of optionalFields) assignOptional(record, field, readString(spec, field));
      return store.update((data) => {
        const owner = findOwn(data.projects, project);
        if (owner === undefined) throw describeMissingParent('issue', 'project', project);
        const id = `${owner.key}-${data.next_issue_number}`;
        data.next_issue_number += 1;
        data.issues[id] = record;
        return { id, data: record };
      });
    },

    async update(id, spec, changes: readonly FieldChange[]) {
      const tags = readStringList(spec, 'tags');
      return store.update((data) => {
        const record = findOwn(data.issues, id);
        if (record === undefined) throw describeNotFound('issue', id);
        record.title = readString(spec, 'title') ?? record.title;
        record.state = readString(spec, 'state') ?? record.state;
        record.priority = readString(spec, 'priority') ?? record.priority;
        if (tags !== undefined) record.tags = [...tags];
        for (const field of optionalFields) {
          if (isFieldCleared(spec, changes, field)) assignOptional(record, field, undefined);
          else assignOptional(record, field, readString(spec, field) ?? record[field]);
        }
        return { id, data: record };
      });
    },

    async delete(id) {
      await store.update((data) => {
        delete data.issues[id];
      });
    },

    naturalKey: (spec: Spec) => `${readString(spec, 'project') ?? ''}:${readString(spec, 'title') ?? ''}`,

    normalize: normalizeIssue,
  };
}

export function normalizeIssue(raw: RawObject): LiveObject {
  const record = readRecord(raw.data);
  const text = (field: string): string | undefined => (typeof record[field] === 'string' ? record[field] : undefined);
  const tags = Array.isArray(record.tags) ? record.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  return {
    id: raw.id,
    spec: compactSpec({
      project: text('project') ?? '',
      title: text('title') ?? '',
      description: text('description'),
      state: text('state') ?? 'todo',
      priority: text('priority') ?? 'none',
      assignee: text('assignee'),
      tags,
    }),
  };
}
