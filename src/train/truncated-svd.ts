/** Seeded randomized truncated SVD (Halko et al. 2011) of a sparse matrix, giving dense word embeddings. */
import { type DenseVectors, gram, multiply, normaliseRows, symmetricEigen } from "./dense-linear.js";
import type { SparseRows } from "./neighbour-matrix.js";
import { seededRandom } from "./seeded-random.js";

/** Settings for {@link svdEmbedding}. */
export interface SvdOptions {
  readonly dims: number;
  readonly seed: number;
  /** Extra random directions beyond `dims` (default 16). */
  readonly oversample?: number;
  /** Power iterations sharpening the spectrum (default 2). */
  readonly powerIterations?: number;
  /** Singular values are raised to this power when scaling the embedding (default 0.5). */
  readonly eigenWeight?: number;
}

/** Rows of `U_k · Σ_k^eigenWeight` for the top `dims` singular triplets of `matrix`, L2-normalised. */
export function svdEmbedding(matrix: SparseRows, options: SvdOptions): DenseVectors {
  const dims = Math.min(options.dims, matrix.rows, matrix.columns);
  const width = Math.min(dims + (options.oversample ?? 16), matrix.rows, matrix.columns);
  const random = seededRandom(options.seed);
  const omega = Float64Array.from({ length: matrix.columns * width }, () => random.gaussian());
  let q = orthonormalise(times(matrix, omega, width), matrix.rows, width);
  for (let i = 0; i < (options.powerIterations ?? 2); i++) {
    const z = orthonormalise(transposeTimes(matrix, q, width), matrix.columns, width);
    q = orthonormalise(times(matrix, z, width), matrix.rows, width);
  }
  const bt = transposeTimes(matrix, q, width);
  const { values, vectors } = symmetricEigen(gram(bt, matrix.columns, width), width);
  const scale = new Float64Array(width * dims);
  for (let r = 0; r < width; r++) {
    for (let c = 0; c < dims; c++) {
      const sigma = Math.sqrt(Math.max(values[c] as number, 0));
      scale[r * dims + c] = (vectors[r * width + c] as number) * sigma ** (options.eigenWeight ?? 0.5);
    }
  }
  const data = multiply(q, matrix.rows, width, scale, dims);
  normaliseRows(data, dims);
  return { rows: matrix.rows, dims, data };
}

/** `M · X` for sparse M (rows x columns) and dense X (columns x width). */
export function times(m: SparseRows, x: Float64Array, width: number): Float64Array {
  const out = new Float64Array(m.rows * width);
  for (let r = 0; r < m.rows; r++) {
    const to = r * width;
    for (let i = m.rowStart[r] as number; i < (m.rowStart[r + 1] as number); i++) {
      const weight = m.value[i] as number;
      if (weight === 0) continue;
      const from = (m.col[i] as number) * width;
      for (let c = 0; c < width; c++)
        out[to + c] = (out[to + c] as number) + weight * (x[from + c] as number);
    }
  }
  return out;
}

/** `Mᵀ · Y` for sparse M (rows x columns) and dense Y (rows x width). */
export function transposeTimes(m: SparseRows, y: Float64Array, width: number): Float64Array {
  const out = new Float64Array(m.columns * width);
  for (let r = 0; r < m.rows; r++) {
    const from = r * width;
    for (let i = m.rowStart[r] as number; i < (m.rowStart[r + 1] as number); i++) {
      const weight = m.value[i] as number;
      if (weight === 0) continue;
      const to = (m.col[i] as number) * width;
      for (let c = 0; c < width; c++)
        out[to + c] = (out[to + c] as number) + weight * (y[from + c] as number);
    }
  }
  return out;
}

/** An orthonormal basis (rows x width) for the column space of `y`, via the eigenvectors of `yᵀy`. */
function orthonormalise(y: Float64Array, rows: number, width: number): Float64Array {
  const { values, vectors } = symmetricEigen(gram(y, rows, width), width);
  const floor = (values[0] as number) * 1e-12;
  const whiten = new Float64Array(width * width);
  for (let r = 0; r < width; r++) {
    for (let c = 0; c < width; c++) {
      const value = values[c] as number;
      whiten[r * width + c] = value > floor ? (vectors[r * width + c] as number) / Math.sqrt(value) : 0;
    }
  }
  return multiply(y, rows, width, whiten, width);
}
