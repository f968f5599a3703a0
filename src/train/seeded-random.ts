/** A tiny seeded pseudo-random generator (mulberry32) so clustering runs are reproducible. */

/** Uniform numbers in [0, 1) plus standard-normal draws, from a fixed 32-bit seed. */
export interface SeededRandom {
  next(): number;
  gaussian(): number;
}

/** A mulberry32 generator; the same seed always yields the same sequence. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  let spare: number | undefined;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gaussian = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const u = 1 - next();
    const v = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
  return { next, gaussian };
}
