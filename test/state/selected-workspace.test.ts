// Which workspace a run uses: MOSAIC_WORKSPACE (set from --workspace too), else the selection
// kept in the local state folder, else default; names that cannot be workspaces are refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWorkspace, writeSelectedWorkspace } from '../../src/state/selected-workspace.js';
import { checkWorkspaceName } from '../../src/state/workspace-name.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mosaic-workspace-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveWorkspace', () => {
  it('prefers MOSAIC_WORKSPACE, then the selection, then default', async () => {
    expect(await resolveWorkspace(join(dir, 'state'), {})).toEqual({ name: 'default', source: 'default' });
    await writeSelectedWorkspace(join(dir, 'state'), 'staging');
    expect(await resolveWorkspace(join(dir, 'state'), {})).toEqual({ name: 'staging', source: 'selected' });
    expect(await resolveWorkspace(join(dir, 'state'), { MOSAIC_WORKSPACE: ' prod ' })).toEqual({ name: 'prod', source: 'environment' });
    expect(await resolveWorkspace(join(dir, 'state'), { MOSAIC_WORKSPACE: '' })).toEqual({ name: 'staging', source: 'selected' });
  });

  it('refuses names that could escape the state folder or a table key', async () => {
    await expect(resolveWorkspace(dir, { MOSAIC_WORKSPACE: '../prod' })).rejects.toThrow('"../prod" is not a workspace name');
    for (const bad of ['', '-x', 'a/b', 'a.b', 'x'.repeat(64), 'café']) expect(checkWorkspaceName(bad), bad).toBeDefined();
    for (const good of ['default', 'team-a', 'Prod_2', 'x'.repeat(63)]) expect(checkWorkspaceName(good), good).toBeUndefined();
  });
});
