// LocalRoutingHistory: a local workspace's routing observations, one JSON line each in
// mosaic.routing.jsonl beside its state.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { encodeCanonicalJson } from '../canonical-json.js';
import { readCompleteLines } from './read-complete-lines.js';
import type { RoutingHistory, RoutingObservation } from './routing-history.js';

export class LocalRoutingHistory implements RoutingHistory {
  readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, 'mosaic.routing.jsonl');
  }

  async record(observation: RoutingObservation): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${encodeCanonicalJson(observation)}\n`);
  }

  async recordAll(observations: readonly RoutingObservation[]): Promise<void> {
    if (observations.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, observations.map((o) => `${encodeCanonicalJson(o)}\n`).join(''));
  }

  async readRecent(limit: number): Promise<RoutingObservation[]> {
    const lines = await this.readLines();
    return lines.slice(Math.max(0, lines.length - limit)).flatMap((line) => {
      try {
        return [JSON.parse(line) as RoutingObservation];
      } catch {
        return []; // a line torn by a crash
      }
    });
  }

  /** Every complete line as stored, oldest first. */
  readLines(): Promise<string[]> {
    return readCompleteLines(this.path);
  }


  async writeLines(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, `${lines.join('\n')}\n`, { flag: 'wx' });
  }
}
