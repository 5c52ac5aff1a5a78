// LocalIntentJournal: the intent journal as a file of JSON lines beside the state
// (mosaic.journal.jsonl), each intent fsynced before its provider call.
import { appendFile, mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Intent, IntentJournal } from './intent-journal.js';

type JournalLine = ({ op: 'begin' } & Intent) | { op: 'end'; seq: number };

export class LocalIntentJournal implements IntentJournal {
  readonly path: string;
  private nextSeq = 1;
  private dirMade = false;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.path = join(dir, 'mosaic.journal.jsonl');
  }

  /** Intents begun and never ended, by an earlier run killed mid-change. */
  async readOpen(): Promise<Intent[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return [];
    }
    const open = new Map<number, Intent>();
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let parsed: JournalLine;
      try {
        parsed = JSON.parse(line) as JournalLine;
      } catch {
        continue; // a line torn by a crash: its call never started
      }
      if (parsed.op === 'begin') {
        const { op: _op, ...intent } = parsed;
        open.set(intent.seq, intent);
        this.nextSeq = Math.max(this.nextSeq, intent.seq + 1);
      } else open.delete(parsed.seq);
    }
    return [...open.values()];
  }

  /** Records an intent durably (fsync) before its provider call; returns its seq. */
  begin(intent: Omit<Intent, 'seq'>): Promise<number> {
    const seq = this.nextSeq++;
    return this.enqueue(async () => {
      if (!this.dirMade) {
        await mkdir(dirname(this.path), { recursive: true });
        this.dirMade = true;
      }
      const handle = await open(this.path, 'a');
      try {
        await handle.write(`${JSON.stringify({ op: 'begin', seq, ...intent })}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return seq;
    });
  }

  end(seq: number): Promise<void> {
    return this.enqueue(() => appendFile(this.path, `${JSON.stringify({ op: 'end', seq })}\n`));
  }

  /** Forgets every intent; called once the state reflects them all. */
  clear(): Promise<void> {
    return this.enqueue(() => rm(this.path, { force: true }));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
