/** BCubed precision, recall and F1 of a clustering against gold labels, averaged over items. */

export interface LabelledItem {
  /** The cluster the system put the item in. */
  readonly predicted: string;
  /** The item's gold cluster. */
  readonly gold: string;
}

export interface BCubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly items: number;
}

/**
 * For each item, precision is the share of its predicted cluster that shares its gold label and recall the share
 * of its gold cluster that shares its predicted cluster; both are averaged over items. Linear in the number of
 * items. An empty list scores 0 on every measure.
 */
export function bcubed(items: readonly LabelledItem[]): BCubedScore {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0, items: 0 };
  const predictedSize = countBy(items, (item) => item.predicted);
  const goldSize = countBy(items, (item) => item.gold);
  const overlap = countBy(items, (item) => JSON.stringify([item.predicted, item.gold]));
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const both = overlap.get(JSON.stringify([item.predicted, item.gold])) ?? 0;
    precision += both / (predictedSize.get(item.predicted) ?? 1);
    recall += both / (goldSize.get(item.gold) ?? 1);
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: items.length };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
