// PostgresIntentJournal: a workspace's intent journal as rows of the intents table. An insert
// is committed (and so durable) before apply's provider call; ending an intent deletes its row.
import type { Intent, IntentJournal } from '../intent-journal.js';
import type { PostgresDatabase } from './postgres-database.js';

export class PostgresIntentJournal implements IntentJournal {
  readonly #db: PostgresDatabase;
  readonly #workspace: string;
  #nextSeq: number | undefined;
  // Begins take their seq in call order.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(db: PostgresDatabase, workspace: string) {
    this.#db = db;
    this.#workspace = workspace;
  }

  async readOpen(): Promise<Intent[]> {
    const rows = await this.#db.query<{ intent: Intent }>(`SELECT intent FROM ${this.#db.table('intents')} WHERE workspace = $1 ORDER BY seq`, [this.#workspace]);
    const intents = rows.rows.map((row) => row.intent);
    this.#nextSeq = Math.max(this.#nextSeq ?? 1, ...intents.map((i) => i.seq + 1));
    return intents;
  }

  begin(intent: Omit<Intent, 'seq'>): Promise<number> {
    return this.#enqueue(async () => {
      if (this.#nextSeq === undefined) await this.readOpen();
      const seq = this.#nextSeq ?? 1;
      this.#nextSeq = seq + 1;
      await this.#db.query(`INSERT INTO ${this.#db.table('intents')} (workspace, seq, intent) VALUES ($1, $2, $3::json)`, [this.#workspace, seq, JSON.stringify({ seq, ...intent })]);
      return seq;
    });
  }

  async end(seq: number): Promise<void> {
    await this.#db.query(`DELETE FROM ${this.#db.table('intents')} WHERE workspace = $1 AND seq = $2`, [this.#workspace, seq]);
  }

  async clear(): Promise<void> {
    await this.#db.query(`DELETE FROM ${this.#db.table('intents')} WHERE workspace = $1`, [this.#workspace]);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
