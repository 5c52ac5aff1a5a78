// The resource kinds mosaic manages and what is fixed about each: its live-name field,
// its reference fields, and the fields every kind shares (which no provider sees).

export const resourceKinds = ['repository', 'pipeline', 'space', 'page', 'project', 'issue'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export function isResourceKind(s: string): s is ResourceKind {
  return (resourceKinds as readonly string[]).includes(s);
}

/** Fields every kind accepts that steer mosaic itself; they are never sent to a provider. */
export const metaFields = ['provider', 'labels', 'tenant', 'lifecycle'] as const;

/** A field whose value names another resource of the config. */
export interface ReferenceField {
  readonly field: string;
  readonly kind: ResourceKind;
}

export interface KindTraits {
  /** The field holding the object's name on the provider, where it defaults to the resource name. */
  readonly nameField?: string;
  readonly references: readonly ReferenceField[];
}

export const kindTraits: Readonly<Record<ResourceKind, KindTraits>> = {
  repository: { nameField: 'name', references: [] },
  pipeline: { references: [{ field: 'repository', kind: 'repository' }] },
  space: { nameField: 'key', references: [] },
  page: { nameField: 'slug', references: [{ field: 'space', kind: 'space' }, { field: 'parent', kind: 'page' }] },
  project: { nameField: 'key', references: [] },
  issue: { references: [{ field: 'project', kind: 'project' }] },
};
