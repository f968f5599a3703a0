/** Small dense linear-algebra helpers on row-major Float64Arrays: products, Gram matrix, Jacobi eigensolver. */

/** Row-major `rows x dims` vectors. */
export interface DenseVectors {
  readonly rows: number;
  readonly dims: number;
  readonly data: Float64Array;
}

/** Scales every `dims`-long row of `data` to unit length in place (zero rows stay zero). */
export function normaliseRows(data: Float64Array, dims: number): void {
  for (let out = 0; out < data.length; out += dims) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (data[out + j] as number) ** 2;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (let j = 0; j < dims; j++) data[out + j] = (data[out + j] as number) * scale;
  }
}

/** `A (rows x inner) · B (inner x cols)`, all row-major. */
export function multiply(
  a: Float64Array,
  rows: number,
  inner: number,
  b: Float64Array,
  cols: number,
): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const to = r * cols;
    for (let i = 0; i < inner; i++) {
      const weight = a[r * inner + i] as number;
      if (weight === 0) continue;
      const from = i * cols;
      for (let c = 0; c < cols; c++) out[to + c] = (out[to + c] as number) + weight * (b[from + c] as number);
    }
  }
  return out;
}

/** `Yᵀ·Y` (cols x cols) for row-major `Y (rows x cols)`. */
export function gram(y: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(cols * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const weight = y[base + i] as number;
      if (weight === 0) continue;
      const to = i * cols;
      for (let j = i; j < cols; j++) out[to + j] = (out[to + j] as number) + weight * (y[base + j] as number);
    }
  }
  for (let i = 0; i < cols; i++) for (let j = 0; j < i; j++) out[i * cols + j] = out[j * cols + i] as number;
  return out;
}

/** Eigenvalues (descending) and matching eigenvectors (as columns of `vectors`, row-major n x n). */
export interface Eigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array;
}

/** Cyclic Jacobi eigen-decomposition of a symmetric n x n matrix (not modified). */
export function symmetricEigen(matrix: Float64Array, n: number, sweeps = 30): Eigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q);
  }
  const order = [...Array(n).keys()].sort(
    (i, j) => (a[j * n + j] as number) - (a[i * n + i] as number) || i - j,
  );
  const values = Float64Array.from(order, (i) => a[i * n + i] as number);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let r = 0; r < n; r++) vectors[r * n + to] = v[r * n + from] as number;
  });
  return { values, vectors };
}

/** One Jacobi rotation zeroing a[p][q], applied to `a` (both sides) and accumulated into `v`. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q] as number;
  if (Math.abs(apq) < 1e-300) return;
  const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p] as number;
    const akq = a[k * n + q] as number;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k] as number;
    const aqk = a[q * n + k] as number;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p] as number;
    const vkq = v[k * n + q] as number;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
