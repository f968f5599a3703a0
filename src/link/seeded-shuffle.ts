/** A fixed pseudo-random permutation for a seed, the same on every machine: input orders for evaluation and batches. */

/** A Fisher-Yates shuffle driven by a linear congruential generator: the same seed, the same order, anywhere. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
