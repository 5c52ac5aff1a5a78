// GitLab publishes no REST description we can ship, so the emulator's answers are checked
// against JSON Schemas generated (ts-json-schema-generator, at test time: about a second)
// from the response types @gitbeaker/core declares, assembled into an OpenAPI-shaped document
// keyed by the emulator's route patterns so the framework's checker (apiDescription) applies.
//
// Generation options: additionalProperties is allowed everywhere, because gitbeaker's types
// list a subset of GitLab's fields (its top-level types say so with Record<string, unknown>).
// Nothing is made stricter than generated. A few declared fields contradict what GitLab
// actually sends; each is corrected below with the reason, and only in the direction of what
// the real API documents (null for an unset value, absent in this context, or the real type).
import { fileURLToPath } from 'node:url';
import { createGenerator, type Definition } from 'ts-json-schema-generator';
import { apiDescription, type ApiDescription } from '../framework/api-description.js';

type Schema = Record<string, unknown>;

export const gitbeakerTypesFile = fileURLToPath(new URL('../../../node_modules/@gitbeaker/core/dist/index.d.ts', import.meta.url));

/** The response type gitbeaker declares for each answer the emulator gives (its own ResourceHooks type for hooks: ProjectHookSchema adds a camelCase `projectId` GitLab never sends). */
export const routeTypes: readonly { method: string; route: string; status: number; type: string; list?: true }[] = [
  { method: 'GET', route: '/api/v4/namespaces/:id', status: 200, type: 'NamespaceSchema' },
  { method: 'GET', route: '/api/v4/user', status: 200, type: 'ExpandedUserSchema' },
  { method: 'GET', route: '/api/v4/groups/:id/projects', status: 200, type: 'ProjectSchema', list: true },
  { method: 'POST', route: '/api/v4/projects', status: 201, type: 'ProjectSchema' },
  { method: 'GET', route: '/api/v4/projects/:id', status: 200, type: 'ProjectSchema' },
  { method: 'PUT', route: '/api/v4/projects/:id', status: 200, type: 'ProjectSchema' },
  { method: 'POST', route: '/api/v4/projects/:id/archive', status: 201, type: 'ProjectSchema' },
  { method: 'POST', route: '/api/v4/projects/:id/unarchive', status: 201, type: 'ProjectSchema' },
  { method: 'POST', route: '/api/v4/projects/:id/repository/branches', status: 201, type: 'BranchSchema' },
  { method: 'GET', route: '/api/v4/projects/:id/hooks', status: 200, type: 'ExpandedHookSchema', list: true },
  { method: 'POST', route: '/api/v4/projects/:id/hooks', status: 201, type: 'ExpandedHookSchema' },
  { method: 'PUT', route: '/api/v4/projects/:id/hooks/:hook_id', status: 200, type: 'ExpandedHookSchema' },
  { method: 'GET', route: '/api/v4/projects/:id/members', status: 200, type: 'MemberSchema', list: true },
  { method: 'POST', route: '/api/v4/projects/:id/members', status: 201, type: 'MemberSchema' },
  { method: 'PUT', route: '/api/v4/projects/:id/members/:user_id', status: 200, type: 'MemberSchema' },
  { method: 'GET', route: '/api/v4/projects/:id/protected_branches', status: 200, type: 'ProtectedBranchSchema', list: true },
  { method: 'POST', route: '/api/v4/projects/:id/protected_branches', status: 201, type: 'ProtectedBranchSchema' },
  { method: 'PATCH', route: '/api/v4/projects/:id/protected_branches/:name', status: 200, type: 'ProtectedBranchSchema' },
];

/** Answers gitbeaker declares as void (it never reads their bodies): Projects.share, and the deletes. */
export const voidAnswers: readonly { method: string; route: string }[] = [
  { method: 'POST', route: '/api/v4/projects/:id/share' },
  { method: 'DELETE', route: '/api/v4/projects/:id/share/:group_id' },
  { method: 'DELETE', route: '/api/v4/projects/:id' },
  { method: 'DELETE', route: '/api/v4/projects/:id/hooks/:hook_id' },
  { method: 'DELETE', route: '/api/v4/projects/:id/members/:user_id' },
];

export interface Correction {
  readonly type: string;
  /** Dotted property path inside the type, e.g. permissions.project_access. */
  readonly field: string;
  readonly change: 'nullable' | 'optional' | { readonly type: string };
  readonly reason: string;
}

export const corrections: readonly Correction[] = [
  { type: 'ProjectSchema', field: 'owner', change: 'optional', reason: 'GitLab sends owner only for projects in a user namespace, never for group projects' },
  { type: 'ProjectSchema', field: 'license', change: 'optional', reason: 'sent only when the request asks for ?license=true' },
  { type: 'ProjectSchema', field: 'license_url', change: 'optional', reason: 'sent only when the request asks for ?license=true' },
  { type: 'ProjectSchema', field: 'printing_merge_requests_link_enabled', change: 'optional', reason: "misspelt in gitbeaker; GitLab's field is printing_merge_request_link_enabled" },
  { type: 'ProjectSchema', field: 'ci_pipeline_variables_minimum_override_role', change: { type: 'string' }, reason: 'a role name (developer, maintainer, owner, no_one_allowed), not a boolean' },
  { type: 'ProjectSchema', field: 'mirror_user_id', change: 'optional', reason: 'sent only for pull mirrors' },
  { type: 'ProjectSchema', field: 'mirror_trigger_builds', change: 'optional', reason: 'sent only for pull mirrors' },
  { type: 'ProjectSchema', field: 'only_mirror_protected_branches', change: 'optional', reason: 'sent only for pull mirrors' },
  { type: 'ProjectSchema', field: 'mirror_overwrites_diverged_branches', change: 'optional', reason: 'sent only for pull mirrors' },
  { type: 'ProjectSchema', field: 'marked_for_deletion_on', change: 'nullable', reason: 'null unless the project is scheduled for deletion' },
  { type: 'ProjectSchema', field: 'issue_branch_template', change: 'nullable', reason: 'null until a template is set' },
  { type: 'ProjectSchema', field: 'permissions.project_access', change: 'nullable', reason: 'null when the user is not a direct member of the project' },
  { type: 'ExpandedHookSchema', field: 'disabled_until', change: 'nullable', reason: 'null unless GitLab has temporarily disabled the failing hook' },
  { type: 'MemberSchema', field: 'expires_at', change: 'nullable', reason: 'null for a membership that does not expire' },
  { type: 'MemberSchema', field: 'email', change: 'optional', reason: "only administrators (and owners of enterprise users) see members' emails" },
  { type: 'MemberSchema', field: 'group_saml_identity', change: 'optional', reason: 'present only for groups with SAML single sign-on' },
  { type: 'NamespaceSchema', field: 'trial_ends_on', change: 'nullable', reason: 'null for a namespace that never had a trial' },
];

/** The generated schemas, before corrections: { TypeName: schema }, sharing one definitions map. */
export function generateGitbeakerSchemas(types: readonly string[]): { schemas: Record<string, Schema>; definitions: Record<string, Schema> } {
  const generator = createGenerator({ path: gitbeakerTypesFile, type: '*', skipTypeCheck: true, expose: 'all', topRef: false, jsDoc: 'none', additionalProperties: true });
  const schemas: Record<string, Schema> = {};
  const definitions: Record<string, Schema> = {};
  for (const type of types) {
    const { definitions: own = {}, $schema: _, ...schema } = generator.createSchema(type);
    schemas[type] = schema;
    for (const [name, definition] of Object.entries(own as Record<string, Definition>)) definitions[name] = definition as Schema;
  }
  return { schemas, definitions };
}

/** Applies `list` to generated schemas (in place); throws when a correction no longer matches, so stale ones are noticed. */
export function applyCorrections(schemas: Record<string, Schema>, list: readonly Correction[]): void {
  for (const correction of list) {
    const parts = correction.field.split('.');
    let owner = schemas[correction.type];
    for (const part of parts.slice(0, -1)) owner = (owner?.['properties'] as Record<string, Schema> | undefined)?.[part];
    const leaf = parts[parts.length - 1] ?? '';
    const properties = owner?.['properties'] as Record<string, Schema> | undefined;
    const property = properties?.[leaf];
    if (!owner || !properties || !property) throw new Error(`correction ${correction.type}.${correction.field} matches no generated property; remove it`);
    if (correction.change === 'optional') {
      const required = owner['required'] as string[] | undefined;
      if (!required?.includes(leaf)) throw new Error(`correction ${correction.type}.${correction.field}: already optional; remove it`);
      owner['required'] = required.filter((name) => name !== leaf);
    } else if (correction.change === 'nullable') {
      properties[leaf] = { anyOf: [property, { type: 'null' }] };
    } else {
      properties[leaf] = { type: correction.change.type };
    }
  }
}

/** The emulator's routes described with the (corrected) generated schemas, for apiDescription. */
export function gitbeakerDescription(options: { corrections?: readonly Correction[] } = {}): ApiDescription {
  const types = [...new Set(routeTypes.map((route) => route.type))];
  const { schemas, definitions } = generateGitbeakerSchemas(types);
  applyCorrections(schemas, options.corrections ?? corrections);
  const componentRef = (name: string): Schema => ({ $ref: `#/components/schemas/${encodeURIComponent(name)}` });
  const paths: Record<string, Record<string, Schema>> = {};
  for (const { method, route, status, type, list } of routeTypes) {
    const schema = list === true ? { type: 'array', items: componentRef(type) } : componentRef(type);
    const operations = (paths[route] ??= {});
    const operation = (operations[method.toLowerCase()] ??= { responses: {} });
    (operation['responses'] as Record<string, Schema>)[String(status)] = { content: { 'application/json': { schema } } };
  }
  // The generator points at #/definitions/NAME; the document keeps everything under components.
  const relocated = JSON.parse(JSON.stringify({ ...definitions, ...schemas }).replaceAll('"#/definitions/', '"#/components/schemas/')) as Record<string, Schema>;
  return apiDescription({ openapi: '3.0.3', info: { title: 'GitLab REST API v4 as @gitbeaker/core types it', version: '43' }, paths, components: { schemas: relocated } });
}
