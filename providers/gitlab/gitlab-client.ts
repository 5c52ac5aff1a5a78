// The gitbeaker resources this provider uses, each built over mosaic's fetch. Only these are
// constructed (not the whole Gitlab bundle of ~200), and with no client-side rate limiters:
// GitLab's own RateLimit-* answers and the transport's retries pace us.
import { Branches, Groups, Namespaces, ProjectHooks, ProjectMembers, Projects, ProtectedBranches, Users } from '@gitbeaker/rest';
import type { ProviderContext } from '../../src/resources/provider-contract.js';
import { createGitlabRequester } from './gitlab-requester.js';
import type { GitlabSettings } from './gitlab-settings.js';

export interface GitlabClient {
  readonly projects: InstanceType<typeof Projects<false>>;
  readonly groups: InstanceType<typeof Groups<false>>;
  readonly namespaces: InstanceType<typeof Namespaces<false>>;
  readonly hooks: InstanceType<typeof ProjectHooks<false>>;
  readonly members: InstanceType<typeof ProjectMembers<false>>;
  readonly protectedBranches: InstanceType<typeof ProtectedBranches<false>>;
  readonly branches: InstanceType<typeof Branches<false>>;
  readonly users: InstanceType<typeof Users<false>>;
}

export function createGitlabClient(context: ProviderContext, settings: GitlabSettings): GitlabClient {
  // GitLab's REST API sits behind Rails' Rack::ETag and Rack::ConditionalGet: every 200 GET
  // carries a weak ETag and If-None-Match is answered 304, which still counts against the
  // rate limit (so notModifiedIsFree stays off).
  const fetch = context.createFetch({ retry: true, conditional: true });
  const options = {
    host: settings.url,
    // Sent as Authorization: Bearer, which GitLab accepts for personal, group and project
    // access tokens as well as OAuth tokens.
    oauthToken: settings.token,
    requesterFn: createGitlabRequester(fetch),
    rateLimits: {},
  };
  return {
    projects: new Projects(options),
    groups: new Groups(options),
    namespaces: new Namespaces(options),
    hooks: new ProjectHooks(options),
    members: new ProjectMembers(options),
    protectedBranches: new ProtectedBranches(options),
    branches: new Branches(options),
    users: new Users(options),
  };
}
