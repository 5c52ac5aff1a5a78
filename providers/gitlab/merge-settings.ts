// mosaic's merge settings (which merge buttons a pull request offers, GitHub's model) and
// GitLab's (one merge method per project, plus a squash option), both ways:
//   merge_commit only          <-> merge_method merge        (a merge commit every time)
//   rebase only                <-> merge_method ff           (fast-forward: linear, no merge commit)
//   merge_commit and rebase    <-> merge_method rebase_merge (semi-linear: the branch is rebased,
//                                  then merged with a merge commit; GitLab cannot offer both buttons)
//   squash alone               <-> merge_method ff + squash_option always (one squashed commit)
//   squash with another method <-> squash_option default_off (squashing is the author's choice)
//   no squash                  <-> squash_option never
// delete_branch_on_merge is remove_source_branch_after_merge.

export interface MergeSpec {
  readonly merge_commit: boolean;
  readonly squash: boolean;
  readonly rebase: boolean;
  readonly delete_branch_on_merge: boolean;
}

export interface ProjectMergeFields {
  readonly merge_method: string;
  readonly squash_option: string;
  readonly remove_source_branch_after_merge: boolean;
}

/** What a new GitLab project starts with. */
export const newProjectMergeFields: ProjectMergeFields = { merge_method: 'merge', squash_option: 'default_off', remove_source_branch_after_merge: true };

export function readMergeSettings(fields: ProjectMergeFields): MergeSpec {
  const squashOnly = fields.merge_method === 'ff' && fields.squash_option === 'always';
  return {
    merge_commit: fields.merge_method === 'merge' || fields.merge_method === 'rebase_merge',
    squash: fields.squash_option !== 'never',
    rebase: !squashOnly && (fields.merge_method === 'ff' || fields.merge_method === 'rebase_merge'),
    delete_branch_on_merge: fields.remove_source_branch_after_merge,
  };
}

/** The merge spec the user wrote (possibly partial) completed with the live values. */
export function completeMergeSpec(written: Readonly<Record<string, unknown>>, live: ProjectMergeFields): MergeSpec {
  const current = readMergeSettings(live);
  const pick = (field: keyof MergeSpec): boolean => (typeof written[field] === 'boolean' ? written[field] : current[field]);
  return { merge_commit: pick('merge_commit'), squash: pick('squash'), rebase: pick('rebase'), delete_branch_on_merge: pick('delete_branch_on_merge') };
}

/** Whether GitLab can express the combination: at least one way to merge must remain. */
export function isExpressible(merge: MergeSpec): boolean {
  return merge.merge_commit || merge.rebase || merge.squash;
}

/** The GitLab fields to send so the project reads back as `merge`; only those that differ from `live`. */
export function encodeMergeSettings(merge: MergeSpec, live: ProjectMergeFields): Partial<ProjectMergeFields> {
  let method: string;
  let squash: string;
  if (!merge.merge_commit && !merge.rebase) {
    method = 'ff';
    squash = 'always';
  } else {
    method = merge.merge_commit && merge.rebase ? 'rebase_merge' : merge.merge_commit ? 'merge' : 'ff';
    // Either optional squash setting reads as "squash allowed"; keep the live one if it is one.
    const optional = live.squash_option === 'default_on' || live.squash_option === 'default_off' ? live.squash_option : 'default_off';
    squash = merge.squash ? optional : 'never';
  }
  const result: { merge_method?: string; squash_option?: string; remove_source_branch_after_merge?: boolean } = {};
  if (method !== live.merge_method) result.merge_method = method;
  if (squash !== live.squash_option) result.squash_option = squash;
  if (merge.delete_branch_on_merge !== live.remove_source_branch_after_merge) result.remove_source_branch_after_merge = merge.delete_branch_on_merge;
  return result;
}
