import { describe, expect, it } from 'vitest';
import { recoverInterrupted } from '../../src/plan/recover-interrupted.js';
import type { Intent } from '../../src/state/intent-journal.js';
import { emptyState } from '../../src/state/state.js';
import { liveOf, memoryHandler, stateOf } from './plan-fixtures.js';

const repos = memoryHandler('repository');
const handlerOf = () => repos;
const intent = (address: string, action: Intent['action'], naturalKey: string): Intent => ({
  seq: 1,
  address,
  action,
  kind: 'repository',
  provider: 'local',
  natural_key: naturalKey,
  spec: { name: naturalKey },
  depends_on: [],
});

describe('recoverInterrupted', () => {
  it('records a create that reached the provider, so it is neither made twice nor orphaned', () => {
    const live = liveOf([repos], { 'repository/api': { name: 'api' } });
    const result = recoverInterrupted(emptyState(), [intent('repository.api', 'create', 'api')], live, handlerOf, 'now');
    expect(result.state.resources['repository.api']).toMatchObject({ id: 'repository/api', provider: 'local', spec: { name: 'api' }, created_at: 'now' });
    expect(result.notes).toEqual([{ address: 'repository.api', provider: 'local', text: 'an interrupted create had reached local (id repository/api); recorded in state' }]);
  });

  it('forgets a create that never reached the provider, and one whose object another entry holds', () => {
    expect(recoverInterrupted(emptyState(), [intent('repository.api', 'create', 'api')], liveOf([repos], {}), handlerOf, 'now').notes).toEqual([]);
    const state = stateOf({ 'repository.other': { id: 'repository/api', spec: { name: 'api' } } });
    const result = recoverInterrupted(state, [intent('repository.api', 'create', 'api')], liveOf([repos], { 'repository/api': { name: 'api' } }), handlerOf, 'now');
    expect(result.state.resources['repository.api']).toBeUndefined();
  });

  it('removes from state a delete that had completed, and keeps one that had not', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api' } } });
    const gone = recoverInterrupted(state, [intent('repository.api', 'delete', 'api')], liveOf([repos], {}), handlerOf, 'now');
    expect(gone.state.resources).toEqual({});
    const still = recoverInterrupted(state, [intent('repository.api', 'delete', 'api')], liveOf([repos], { 'repository/api': { name: 'api' } }), handlerOf, 'now');
    expect(still.state.resources['repository.api']).toBeDefined();
    expect(still.notes).toEqual([]);
  });

  it('rebinds an update that renamed the object before the state recorded its new id', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api' } } });
    const result = recoverInterrupted(state, [intent('repository.api', 'update', 'api-v2')], liveOf([repos], { 'repository/api-v2': { name: 'api-v2' } }), handlerOf, 'now');
    expect(result.state.resources['repository.api']).toMatchObject({ id: 'repository/api-v2', created_at: '2026-01-01T00:00:00.000Z' });
  });
});
