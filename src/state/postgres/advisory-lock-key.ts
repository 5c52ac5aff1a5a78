// Keys of PostgreSQL advisory locks: a class (the first int4) saying what is locked, and a
// 31-bit hash of the name locked (the second), so that pg_locks shows both as they are.
import { createHash } from 'node:crypto';

/** "mosw": a workspace's state, held for a whole run. */
export const WORKSPACE_LOCK_CLASS = 0x6d6f7377;
/** "mosm": migrating a schema's tables, held for one transaction. */
export const MIGRATION_LOCK_CLASS = 0x6d6f736d;

export function lockKeyOf(name: string): number {
  return createHash('sha256').update(name, 'utf8').digest().readUInt32BE(0) & 0x7fffffff;
}
