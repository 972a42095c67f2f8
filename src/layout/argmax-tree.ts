// The positions of the largest values in [lo, hi): a segment tree over the positions
// finds each in O(log n), so a zoom frame asks it for each cell of the view rather
// than walking every event the view covers (all of them, zoomed out).

/** Node p holds the position of the largest value under it; the leaf of position i is node n + i. */
export function argmaxTree(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const nodes = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) nodes[n + i] = i;
  for (let p = n - 1; p > 0; p--) {
    const a = nodes[2 * p];
    const b = nodes[2 * p + 1];
    nodes[p] = values[b] > values[a] ? b : a;
  }
  return nodes;
}

/**
 * The positions of the `k` largest values in [lo, hi), largest first, leaving out those
 * where `skip` holds. The range is the union of a few nodes; the node holding the largest
 * value left is opened into its two children until it is a leaf.
 */
export function topIn(nodes: Int32Array, values: ArrayLike<number>, lo: number, hi: number, k: number, skip: (i: number) => boolean): number[] {
  const n = nodes.length >> 1;
  const open: number[] = [];
  for (lo += n, hi += n; lo < hi; lo >>= 1, hi >>= 1) {
    if (lo & 1) open.push(lo++);
    if (hi & 1) open.push(--hi);
  }
  const found: number[] = [];
  while (found.length < k && open.length) {
    let best = 0;
    for (let j = 1; j < open.length; j++) if (values[nodes[open[j]]] > values[nodes[open[best]]]) best = j;
    const p = open.splice(best, 1)[0];
    if (p < n) open.push(2 * p, 2 * p + 1);
    else if (!skip(p - n)) found.push(p - n);
  }
  return found;
}
