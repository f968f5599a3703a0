/** Tests for the Jacobi eigensolver and the randomized truncated SVD. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { multiply, symmetricEigen } from "./dense-linear.js";
import { svdEmbedding } from "./truncated-svd.js";

test("symmetricEigen returns descending eigenpairs with A·v = λ·v", () => {
  const a = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
  const { values, vectors } = symmetricEigen(a, 3);
  for (let i = 1; i < 3; i++) assert.ok((values[i - 1] ?? 0) >= (values[i] ?? 0));
  const av = multiply(a, 3, 3, vectors, 3);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      assert.ok(Math.abs((av[r * 3 + c] ?? 0) - (values[c] ?? 0) * (vectors[r * 3 + c] ?? 0)) < 1e-9);
    }
  }
});

test("svdEmbedding keeps proportional rows identical and orthogonal rows orthogonal", () => {
  const matrix = {
    rows: 3,
    columns: 4,
    rowStart: Int32Array.from([0, 2, 4, 5]),
    col: Int32Array.from([0, 1, 0, 1, 3]),
    value: Float64Array.from([1, 2, 2, 4, 3]),
  };
  const { data, dims } = svdEmbedding(matrix, { dims: 2, seed: 7 });
  const dot = (a: number, b: number): number => {
    let sum = 0;
    for (let j = 0; j < dims; j++) sum += (data[a * dims + j] ?? 0) * (data[b * dims + j] ?? 0);
    return sum;
  };
  assert.ok(Math.abs(dot(0, 1) - 1) < 1e-9);
  assert.ok(Math.abs(dot(0, 2)) < 1e-9);
  assert.ok(Math.abs(dot(2, 2) - 1) < 1e-9);
});
