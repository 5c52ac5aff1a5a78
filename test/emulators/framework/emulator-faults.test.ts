// The emulator framework's fault injection as tests use it: a fault on a seeded-random share
// of requests (the same share on every run with the same seed), a fault for ever, a pause that
// refuses connections and a resume on the same port, and the peak of requests in flight.
import { afterEach, describe, expect, it } from 'vitest';
import { Emulator } from './emulator.js';

const started: Emulator[] = [];
afterEach(async () => {
  for (const emulator of started.splice(0)) await emulator.close();
});

async function emulatorWith(seed?: number): Promise<Emulator> {
  const emulator = new Emulator({ name: 'faults', ...(seed === undefined ? {} : { seed }) });
  emulator.route('GET', '/ping', () => ({ status: 200, body: { ok: true } }));
  await emulator.start();
  started.push(emulator);
  return emulator;
}

async function statuses(emulator: Emulator, n: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i += 1) seen.push((await fetch(`${emulator.url}/ping`)).status);
  return seen;
}

describe('emulator faults', () => {
  it('fails a seeded-random share of requests: about half, the same ones for the same seed', async () => {
    const [one, same, other] = await Promise.all([emulatorWith(7), emulatorWith(7), emulatorWith(8)]);
    for (const emulator of [one, same, other]) emulator.inject({ kind: 'status', status: 503, times: Infinity, probability: 0.5 });
    const first = await statuses(one, 200);
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(70);
    expect(failed).toBeLessThan(130);
    expect(await statuses(same, 200)).toEqual(first);
    expect(await statuses(other, 200)).not.toEqual(first);
  });

  it('keeps a fault of times: Infinity until it is cleared', async () => {
    const emulator = await emulatorWith();
    emulator.inject({ kind: 'status', status: 500, times: Infinity });
    expect(new Set(await statuses(emulator, 20))).toEqual(new Set([500]));
    emulator.clearFaults();
    expect(await statuses(emulator, 1)).toEqual([200]);
  });

  it('refuses connections while paused and answers again on the same port once resumed', async () => {
    const emulator = await emulatorWith();
    const url = emulator.url;
    await emulator.pause();
    const refused = await fetch(`${url}/ping`).then(() => undefined, (error: unknown) => error);
    expect((refused as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    await emulator.resume();
    expect(emulator.url).toBe(url);
    expect((await fetch(`${url}/ping`)).status).toBe(200);
  });

  it('records the peak of requests in flight', async () => {
    const emulator = await emulatorWith();
    emulator.latencyMs = 50;
    await Promise.all(Array.from({ length: 5 }, () => fetch(`${emulator.url}/ping`)));
    expect(emulator.peakInFlight()).toBe(5);
    emulator.resetCounts();
    await fetch(`${emulator.url}/ping`);
    expect(emulator.peakInFlight()).toBe(1);
  });
});
