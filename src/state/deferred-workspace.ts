// A Workspace whose backend is opened on first use: a run builds it up front, and only the
// commands that read or write state connect to a database or check that the workspace exists.
import type { AuditTrail } from '../audit/audit-trail.js';
import type { IntentJournal } from './intent-journal.js';
import type { RoutingHistory } from './routing-history.js';
import type { Workspace, WorkspaceStateStore } from './state-backend.js';
import type { StateHistory } from './state-history.js';

export function deferWorkspace(name: string, auditLocation: string, open: () => Promise<Workspace>): Workspace {
  let opened: Promise<Workspace> | undefined;
  const get = (): Promise<Workspace> => (opened ??= open());
  const store: WorkspaceStateStore = {
    read: async () => (await get()).store.read(),
    write: async (state) => (await get()).store.write(state),
    replace: async (state) => (await get()).store.replace(state),
    lock: async (request, timeoutMs, onWait) => (await get()).store.lock(request, timeoutMs, onWait),
  };
  const history: StateHistory = {
    list: async () => (await get()).history.list(),
    read: async (serial) => (await get()).history.read(serial),
  };
  const journal: IntentJournal = {
    readOpen: async () => (await get()).journal.readOpen(),
    begin: async (intent) => (await get()).journal.begin(intent),
    end: async (seq) => (await get()).journal.end(seq),
    clear: async () => (await get()).journal.clear(),
  };
  const audit: AuditTrail = {
    location: auditLocation,
    append: async (input) => (await get()).audit.append(input),
    read: async () => (await get()).audit.read(),
    verify: async () => (await get()).audit.verify(),
    readLines: async () => (await get()).audit.readLines(),
    writeLines: async (lines) => (await get()).audit.writeLines(lines),
  };
  const routing: RoutingHistory = {
    record: async (observation) => (await get()).routing.record(observation),
    recordAll: async (observations) => (await get()).routing.recordAll(observations),
    readRecent: async (limit) => (await get()).routing.readRecent(limit),
  };
  return { name, store, history, journal, audit, routing };
}
