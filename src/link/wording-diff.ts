/** Says how one wording of a quote differs from another: words inserted, dropped, swapped, or an end trimmed. */

/** Word-level longest common subsequence table: `table[i][j]` is the LCS length of a[i..] and b[j..]. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  return table;
}

const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The differences of `variant` from `main`, in reading order: "adds “[Syrian and Russian]”", "drops “…”",
 * "has “X” for “Y”", "ends before “…”" (a trimmed end), "starts after “…”" (a trimmed start). Punctuation and
 * case alone are not differences.
 */
export function wordingDifferences(main: string, variant: string): string[] {
  const a = main.split(/\s+/).filter(Boolean);
  const b = variant.split(/\s+/).filter(Boolean);
  const ka = a.map(key);
  const kb = b.map(key);
  const table = lcsTable(ka, kb);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const dropped: string[] = [];
    const added: string[] = [];
    while (
      i < a.length &&
      (j >= b.length || (ka[i] !== kb[j] && (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)))
    ) {
      dropped.push(a[i++] as string);
    }
    while (j < b.length && (i >= a.length || ka[i] !== kb[j])) added.push(b[j++] as string);
    if (dropped.length > 0 || added.length > 0)
      out.push(describe(dropped, added, i - dropped.length === 0, i >= a.length, j));
    if (i < a.length && j < b.length && ka[i] === kb[j]) [i, j] = [i + 1, j + 1];
  }
  return out.filter((d) => d !== "");
}

function describe(dropped: string[], added: string[], atStart: boolean, atEnd: boolean, j: number): string {
  const words = (w: string[]) => `“${w.join(" ")}”`;
  if (dropped.every((w) => key(w) === "") && added.every((w) => key(w) === "")) return "";
  if (added.length === 0) {
    if (atEnd) return `ends before ${words(dropped)}`;
    if (atStart && j === 0) return `starts after ${words(dropped)}`;
    return `drops ${words(dropped)}`;
  }
  if (dropped.length === 0) return `adds ${words(added)}`;
  return `has ${words(added)} for ${words(dropped)}`;
}
