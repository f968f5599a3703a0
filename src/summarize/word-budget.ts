/** Fills a word budget with ranked sentences: the ones that fit, in rank order, none said twice. */

/**
 * Walks `ranked` (indexes) and keeps each sentence that still fits in `budget` words and is not `redundant`
 * with one kept already; stops once the budget is nearly full. A first sentence longer than the budget is
 * kept alone, so a summary is never empty when there is text.
 */
export function fillBudget(
  ranked: readonly number[],
  lengths: readonly number[],
  budget: number,
  redundant: (candidate: number, kept: number) => boolean = () => false,
): number[] {
  const kept: number[] = [];
  let words = 0;
  for (const i of ranked) {
    const length = lengths[i] as number;
    if (words + length > budget && kept.length > 0) continue;
    if (kept.some((k) => redundant(i, k))) continue;
    kept.push(i);
    words += length;
    if (words >= budget - 5) break;
  }
  return kept;
}
