// Collaborators: direct collaborators and pending invitations (GitHub invites a user who is
// not a member of the organization; counting the invitation keeps mosaic from inviting again
// on every run), and making them what the spec says.
import type { GithubConnection } from './github-client.js';
import { namingMember } from './github-errors.js';
import { perPage, readAllPages } from './pages.js';
import { isPermission, toGithubPermission, toMosaicPermission, type Permission } from './permissions.js';
import { pickCollaborator, pickInvitation, type CollaboratorRecord } from './repository-record.js';
import type { Json, OwnershipMode } from './spec-fields.js';

export async function readCollaborators(api: GithubConnection, repo: string): Promise<CollaboratorRecord[]> {
  const { client, owner } = api;
  const [direct, invitations] = await Promise.all([
    readAllPages((page) => client.rest.repos.listCollaborators({ owner, repo, affiliation: 'direct', per_page: perPage, page })),
    readAllPages((page) => client.rest.repos.listInvitations({ owner, repo, per_page: perPage, page })),
  ]);
  return [...direct.map(pickCollaborator), ...invitations.map(pickInvitation).filter((i): i is CollaboratorRecord => i !== undefined)];
}

export async function writeCollaborators(api: GithubConnection, repo: string, desired: Json, ownership: OwnershipMode): Promise<void> {
  const { client, owner } = api;
  const live = await readCollaborators(api, repo);
  const wanted = new Map<string, { login: string; permission: Permission }>();
  for (const [login, permission] of Object.entries(desired)) {
    if (isPermission(permission)) wanted.set(login.toLowerCase(), { login, permission });
  }
  for (const { login, permission } of wanted.values()) {
    const current = live.filter((c) => c.login.toLowerCase() === login.toLowerCase());
    const direct = current.find((c) => c.invitation_id === undefined);
    const invitation = current.find((c) => c.invitation_id !== undefined);
    if (direct && toMosaicPermission(direct.role_name, direct.permissions) === permission) continue;
    if (!direct && invitation?.invitation_id !== undefined) {
      if (invitation.role_name === permission) continue;
      await client.rest.repos.updateInvitation({ owner, repo, invitation_id: invitation.invitation_id, permissions: permission });
      continue;
    }
    await namingMember('the collaborator', login, () => client.rest.repos.addCollaborator({ owner, repo, username: login, permission: toGithubPermission(permission) }));
  }
  if (ownership === 'additive') return;
  for (const collaborator of live) {
    if (wanted.has(collaborator.login.toLowerCase())) continue;
    if (collaborator.invitation_id === undefined) await client.rest.repos.removeCollaborator({ owner, repo, username: collaborator.login });
    else await client.rest.repos.deleteInvitation({ owner, repo, invitation_id: collaborator.invitation_id });
  }
}
