// What a listed or read GitLab project carries as RawObject.data: the project itself, and the
// per-project settings that cost a request each, present only when they were read.
import type { ExpandedHookSchema, MemberSchema, ProjectSchema, ProtectedBranchSchema } from '@gitbeaker/rest';

export interface RepositoryData {
  readonly project: ProjectSchema;
  readonly protectedBranches?: readonly ProtectedBranchSchema[];
  readonly hooks?: readonly ExpandedHookSchema[];
  readonly members?: readonly MemberSchema[];
}

/** Spec fields whose live value needs a request of its own per project. */
export type DetailField = 'branch_protection' | 'webhooks' | 'collaborators';
export const detailFields: readonly DetailField[] = ['branch_protection', 'webhooks', 'collaborators'];

export function isDetailField(field: string): field is DetailField {
  return (detailFields as readonly string[]).includes(field);
}
