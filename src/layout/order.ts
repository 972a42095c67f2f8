// Orders positions by numbers with the engine's own sort of a Float64Array, which calls
// no comparison function: several times faster than `Array#sort(compare)` on the
// 100,000 events of a large timeline.

/**
 * Positions 0…n-1 (n below 2^20) ordered by their finite `values`. `compare` orders
 * positions whose values are equal or nearly so (within one of 2^32 steps over their
 * range): it must order by value first.
 */
export function orderBy(values: ArrayLike<number>, compare: (a: number, b: number) => number): Uint32Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  const step = Math.max(1, (max - min) / 2 ** 32);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor((values[i] - min) / step) * 2 ** 20 + i;
  return sortBuckets(keys, (bucket) => bucket.sort(compare));
}

/**
 * Sorts `keys`, each a bucket times 2^20 plus a position below 2^20, and returns the
 * positions in that order, having shown `visit` each bucket of more than one position
 * (in order of position).
 */
export function sortBuckets(keys: Float64Array, visit: (positions: Uint32Array) => void): Uint32Array {
  const n = keys.length;
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0, from = 0; i < n; i++) {
    const bucket = Math.floor(keys[i] / 2 ** 20);
    order[i] = keys[i] - bucket * 2 ** 20;
    if (i + 1 < n && Math.floor(keys[i + 1] / 2 ** 20) === bucket) continue;
    if (i > from) visit(order.subarray(from, i + 1));
    from = i + 1;
  }
  return order;
}
