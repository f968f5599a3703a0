/** Sparse word-by-neighbour count matrix (left and right neighbour columns) and its PPMI weighting. */
import type { Vocabulary } from "./context-vectors.js";
import type { TokenCorpus } from "./token-corpus.js";

/** Compressed sparse rows: row r's entries are `col[i]`, `value[i]` for rowStart[r] <= i < rowStart[r + 1]. */
export interface SparseRows {
  readonly rows: number;
  readonly columns: number;
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
}

/**
 * Counts, for every vocabulary row, its left neighbours (columns [0, width)) and right neighbours
 * (columns [width, 2 * width)); document edges use the last column of each side.
 */
export function countNeighbours(
  corpus: TokenCorpus,
  vocabulary: Vocabulary,
  context: { column: Int32Array; width: number },
): SparseRows {
  const { stream } = corpus;
  const { exactRow, lowerRow } = vocabulary;
  const { column, width } = context;
  const columns = 2 * width;
  const rows = vocabulary.words.length;
  if (rows * columns >= 2 ** 32) throw new Error("vocabulary too large for 32-bit pair keys");
  let events = 0;
  for (let i = 0; i < stream.length; i++) {
    const form = stream[i] ?? -1;
    if (form >= 0) events += ((exactRow[form] ?? -1) >= 0 ? 2 : 0) + ((lowerRow[form] ?? -1) >= 0 ? 2 : 0);
  }
  const keys = new Uint32Array(events);
  let k = 0;
  const boundary = width - 1;
  for (let i = 0; i < stream.length; i++) {
    const form = stream[i] ?? -1;
    if (form < 0) continue;
    const before = i > 0 ? (stream[i - 1] ?? -1) : -1;
    const after = stream[i + 1] ?? -1;
    const left = before >= 0 ? (column[before] ?? boundary) : boundary;
    const right = width + (after >= 0 ? (column[after] ?? boundary) : boundary);
    for (const row of [exactRow[form] ?? -1, lowerRow[form] ?? -1]) {
      if (row < 0) continue;
      keys[k++] = row * columns + left;
      keys[k++] = row * columns + right;
    }
  }
  return fromSortedKeys(keys.sort(), rows, columns);
}

function fromSortedKeys(keys: Uint32Array, rows: number, columns: number): SparseRows {
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  const rowStart = new Int32Array(rows + 1);
  const col = new Int32Array(distinct);
  const value = new Float64Array(distinct);
  let n = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? 0;
    if (i === 0 || key !== keys[i - 1]) {
      n++;
      const row = Math.floor(key / columns);
      col[n] = key - row * columns;
      rowStart[row + 1] = n + 1;
    }
    value[n] = (value[n] ?? 0) + 1;
  }
  for (let r = 1; r <= rows; r++) rowStart[r] = Math.max(rowStart[r] ?? 0, rowStart[r - 1] ?? 0);
  return { rows, columns, rowStart, col, value };
}

/**
 * Replaces counts by positive pointwise mutual information, with context counts raised to `alpha`
 * (0.75 smooths rare contexts, Levy et al. 2015); non-positive entries become 0.
 */
export function ppmi(matrix: SparseRows, alpha = 0.75): SparseRows {
  const { rows, columns, rowStart, col, value } = matrix;
  const columnTotal = new Float64Array(columns);
  for (let i = 0; i < value.length; i++) {
    const c = col[i] as number;
    columnTotal[c] = (columnTotal[c] as number) + (value[i] as number);
  }
  let smoothedTotal = 0;
  for (let c = 0; c < columns; c++) {
    columnTotal[c] = (columnTotal[c] ?? 0) ** alpha;
    smoothedTotal += columnTotal[c] ?? 0;
  }
  const weighted = new Float64Array(value.length);
  for (let r = 0; r < rows; r++) {
    const start = rowStart[r] ?? 0;
    const end = rowStart[r + 1] ?? 0;
    let rowTotal = 0;
    for (let i = start; i < end; i++) rowTotal += value[i] ?? 0;
    for (let i = start; i < end; i++) {
      const pmi = Math.log(((value[i] ?? 0) * smoothedTotal) / (rowTotal * (columnTotal[col[i] ?? 0] ?? 1)));
      weighted[i] = Math.max(pmi, 0);
    }
  }
  return { rows, columns, rowStart, col, value: weighted };
}
