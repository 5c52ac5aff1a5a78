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

export type Ownership = 'exclusive' | 'additive';

/**
 * A list-valued setting (a list, or a map by member name) whose ownership the config
 * declares under `ownership:`: exclusive removes live members the config does not list.
 */
export interface OwnedList {
  readonly field: string;
  readonly defaultOwnership: Ownership;
  /** For a list of objects: the property that identifies an item (a webhook's url). */
  readonly itemKey?: string;
  /** Member names compare without case (logins and team slugs on every host). */
  readonly caseInsensitive?: boolean;
}

/** A secret inside a list of objects: sent to the provider, kept elsewhere only as a hash. */
export interface SensitiveField {
  readonly list: string;
  readonly itemKey: string;
  readonly field: string;
}

export interface KindTraits {
  /** The field holding the object's name on the provider, where it defaults to the resource name. */
  readonly nameField?: string;
  readonly references: readonly ReferenceField[];
  readonly ownedLists: readonly OwnedList[];
  readonly sensitive: readonly SensitiveField[];
  /** Spec fields that steer how a provider applies the others and that no API reports back. */
  readonly unobservable: readonly string[];
  /** A move to another provider carries the object's git refs (git push --mirror), not only its spec. */
  readonly gitMirror?: GitMirror;
}

/**
 * The object is made without `fieldsAfterCopy` (which would refuse or spoil the push: a
 * protected or archived branch, a default branch that does not exist yet); they are set once
 * it holds every ref.
 */
export interface GitMirror {
  readonly fieldsAfterCopy: readonly string[];
}

const plain = { ownedLists: [], sensitive: [], unobservable: [] } as const;

export const kindTraits: Readonly<Record<ResourceKind, KindTraits>> = {
  repository: {
    nameField: 'name',
    references: [],
    ownedLists: [
      { field: 'topics', defaultOwnership: 'exclusive' },
      { field: 'webhooks', defaultOwnership: 'exclusive', itemKey: 'url' },
      { field: 'collaborators', defaultOwnership: 'additive', caseInsensitive: true },
      { field: 'teams', defaultOwnership: 'additive', caseInsensitive: true },
    ],
    sensitive: [{ list: 'webhooks', itemKey: 'url', field: 'secret' }],
    unobservable: ['ownership'],
    gitMirror: { fieldsAfterCopy: ['default_branch', 'branch_protection', 'archived'] },
  },
  pipeline: { ...plain, references: [{ field: 'repository', kind: 'repository' }] },
  space: { ...plain, nameField: 'key', references: [] },
  page: { ...plain, nameField: 'slug', references: [{ field: 'space', kind: 'space' }, { field: 'parent', kind: 'page' }] },
  project: { ...plain, nameField: 'key', references: [] },
  issue: { ...plain, references: [{ field: 'project', kind: 'project' }] },
};

/** The ownership a spec declares for an owned list, or the list's default. */
export function ownershipOf(spec: Readonly<Record<string, unknown>>, list: OwnedList): Ownership {
  const declared = (spec['ownership'] as Readonly<Record<string, unknown>> | undefined)?.[list.field];
  return declared === 'exclusive' || declared === 'additive' ? declared : list.defaultOwnership;
}

/** The ownership a spec of `kind` declares for its list setting `field`, or that list's default. */
export function listOwnership(kind: ResourceKind, spec: Readonly<Record<string, unknown>>, field: string): Ownership {
  const list = kindTraits[kind].ownedLists.find((l) => l.field === field);
  if (!list) throw new Error(`${kind}.${field} is not a list setting with an ownership`);
  return ownershipOf(spec, list);
}
