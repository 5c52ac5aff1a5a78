// A small seeded random source (mulberry32) and the draws adaptive routing needs (normal,
// gamma, beta), so that a decision that samples is still a pure function of its inputs.

export interface SeededRandom {
  /** Starts the sequence of `seed` over: the same seed gives the same draws. */
  reseed(seed: number): void;
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma(shape, 1). */
  gamma(shape: number): number;
  /** Beta(a, b). */
  beta(a: number, b: number): number;
}

/** FNV-1a over the UTF-16 code units of `text`, continuing from `seed`. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Mixes two 32-bit values into one seed (murmur3's finalizer), so close inputs give far seeds. */
export function mixSeeds(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  let spare: number | undefined;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    // Marsaglia's polar method: two normals per accepted pair, no trigonometry.
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * m;
    return u * m;
  };
  const gamma = (shape: number): number => {
    // Marsaglia and Tsang; a shape below 1 is boosted by one and scaled back by U^(1/shape).
    if (shape < 1) return gamma(shape + 1) * Math.pow(1 - next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const beta = (a: number, b: number): number => {
    const x = gamma(a);
    const y = gamma(b);
    return x + y > 0 ? x / (x + y) : a / (a + b);
  };
  const reseed = (next: number): void => {
    state = next >>> 0;
    spare = undefined;
  };
  return { reseed, next, normal, gamma, beta };
}
