/** Small statistics shared by the evaluations: medians and throughput of timed runs. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function pagesPerSecond(times: readonly number[]): number {
  const total = times.reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : (times.length * 1000) / total;
}
