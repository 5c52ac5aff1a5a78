// The one JSON file holding projects and issues (ROOT/projects.json) and its record shapes.
import type { KindHandler } from '../../src/resources/provider-contract.js';
import { createJsonStore, type JsonStore } from './json-store.js';
import { readRecord } from './spec-fields.js';

export interface ProjectRecord {
  key: string;
  name: string;
  description?: string;
  lead?: string;
  status: string;
}

export interface IssueRecord {
  /** The project's id. */
  project: string;
  title: string;
  description?: string;
  state: string;
  priority: string;
  assignee?: string;
  tags: string[];
}

export interface ProjectStoreData {
  projects: Record<string, ProjectRecord>;
  issues: Record<string, IssueRecord>;
  next_issue_number: number;
}

export type ProjectStore = JsonStore<ProjectStoreData>;

export function createProjectStore(path: string): ProjectStore {
  return createJsonStore<ProjectStoreData>(path, {
    createEmpty: () => ({ projects: {}, issues: {}, next_issue_number: 1 }),
    decode(value) {
      const document = readRecord(value);
      const next = document.next_issue_number;
      return {
        // Records are our own writes; fields are checked where they are read (normalize).
        projects: { ...readRecord(document.projects) } as Record<string, ProjectRecord>,
        issues: { ...readRecord(document.issues) } as Record<string, IssueRecord>,
        next_issue_number: typeof next === 'number' && Number.isInteger(next) && next > 0 ? next : 1,
      };
    },
  });
}

/** Sets or removes an optional field of a record, never leaving an undefined value behind. */
export function assignOptional<T extends object, K extends keyof T>(record: T, field: K, value: T[K] | undefined): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}

/** The entry of `map` under `id`, ignoring inherited properties such as __proto__. */
export function findOwn<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** list() and read() of one collection of the store: its records as raw objects by id. */
export function readCollection(store: ProjectStore, collection: 'projects' | 'issues'): Pick<KindHandler, 'list' | 'read'> {
  return {
    async list() {
      const records: Readonly<Record<string, unknown>> = (await store.read())[collection];
      return Object.entries(records).map(([id, record]) => ({ id, data: record }));
    },
    async read(id) {
      const records: Readonly<Record<string, unknown>> = (await store.read())[collection];
      const record = findOwn(records, id);
      return record === undefined ? undefined : { id, data: record };
    },
  };
}
