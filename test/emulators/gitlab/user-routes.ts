// The token's user in the GitLab emulator: GET /user, which the provider's health check asks
// (it says whether the token works, and carries the RateLimit-* headers).
import type { Emulator } from '../framework/emulator.js';
import { renderCurrentUser } from './gitlab-entities.js';
import type { GitlabStore } from './gitlab-store.js';

export function addUserRoutes(emulator: Emulator, store: GitlabStore): void {
  emulator.route('GET', '/api/v4/user', () => ({ status: 200, body: renderCurrentUser(store.bot, emulator.url) }));
}
