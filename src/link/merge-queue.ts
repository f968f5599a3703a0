/** Pairs of stories under revision close enough to merge, closest first; a pair either story changed since is dropped. */
import type { RevisionGroups, StoryGroup } from "./revision-groups.js";

interface Entry {
  readonly score: number;
  readonly a: StoryGroup;
  readonly b: StoryGroup;
  readonly versionA: number;
  readonly versionB: number;
}

export class MergeQueue {
  /** A binary max-heap on score (ties: the lower story ids first, so the order never depends on the engine). */
  private readonly heap: Entry[] = [];
  /** Pairs queued, with the versions they were scored at: a pair found from both of its stories is queued once. */
  private readonly queued = new Set<string>();

  constructor(
    private readonly groups: RevisionGroups,
    private readonly threshold: number,
  ) {
    for (const group of groups.groups()) this.pushPairsOf(group);
  }

  /** Queues `group` with each candidate story whose mean cosine to it reaches the merge bar. */
  pushPairsOf(group: StoryGroup): void {
    for (const other of this.groups.candidates(group.keys.keys(), group.keys, group)) {
      const score = this.groups.closeness(group, other);
      if (score < this.threshold) continue;
      const [a, b] = group.id < other.id ? [group, other] : [other, group];
      this.push({ score, a, b, versionA: a.version, versionB: b.version });
    }
  }

  /** The closest pair still as it was when queued, or null when none is left. */
  pop(): { a: StoryGroup; b: StoryGroup } | null {
    while (this.heap.length > 0) {
      const top = this.heap[0] as Entry;
      const last = this.heap.pop() as Entry;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.down(0);
      }
      const { a, b } = top;
      if (a.alive && b.alive && a.version === top.versionA && b.version === top.versionB) return { a, b };
    }
    return null;
  }

  private push(entry: Entry): void {
    const key = `${entry.a.id}:${entry.versionA}:${entry.b.id}:${entry.versionB}`;
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.heap.push(entry);
    let at = this.heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(entry, this.heap[parent] as Entry)) break;
      this.heap[at] = this.heap[parent] as Entry;
      at = parent;
    }
    this.heap[at] = entry;
  }

  private down(from: number): void {
    const entry = this.heap[from] as Entry;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.heap.length) break;
      const right = left + 1;
      const child =
        right < this.heap.length && before(this.heap[right] as Entry, this.heap[left] as Entry)
          ? right
          : left;
      if (!before(this.heap[child] as Entry, entry)) break;
      this.heap[at] = this.heap[child] as Entry;
      at = child;
    }
    this.heap[at] = entry;
  }
}

function before(x: Entry, y: Entry): boolean {
  if (x.score !== y.score) return x.score > y.score;
  if (x.a.id !== y.a.id) return x.a.id < y.a.id;
  return x.b.id < y.b.id;
}
