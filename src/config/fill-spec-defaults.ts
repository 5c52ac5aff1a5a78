// The spec of a resource as providers see it: meta fields removed and defaults filled in
// (the live name from the resource name, a pipeline's file path from its engine).
import { metaFields, kindTraits, type ResourceKind } from '../resources/resource-kind.js';

export function fillSpecDefaults(kind: ResourceKind, name: string, body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
    if (!(metaFields as readonly string[]).includes(field)) spec[field] = value;
  }
  const nameField = kindTraits[kind].nameField;
  if (nameField !== undefined && spec[nameField] === undefined) spec[nameField] = name;
  if (kind === 'pipeline' && spec.path === undefined) {
    const path = defaultPipelinePath(spec.engine, name);
    if (path !== undefined) spec.path = path;
  }
  return spec;
}

/** Where each CI engine looks for its file. */
export function defaultPipelinePath(engine: unknown, name: string): string | undefined {
  switch (engine) {
    case 'github-actions':
      return `.github/workflows/${name}.yml`;
    case 'woodpecker':
      return `.woodpecker/${name}.yml`;
    case 'jenkins':
      return 'Jenkinsfile';
    case 'gitlab-ci':
      return '.gitlab-ci.yml';
    default:
      return undefined;
  }
}
