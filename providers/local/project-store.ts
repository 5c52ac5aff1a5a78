// The one JSON file holding projects and issues (ROOT/projects.json) and its record shapes.
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
