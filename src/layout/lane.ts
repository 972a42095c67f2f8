// The events of one lane, sorted by time and held in flat arrays so that a frame
// can find the visible ones by binary search and walk them without allocating.

import { argmaxTree } from './argmax-tree.js';

export interface LaneEvents {
  /** Index of each event in the timeline's sorted event list. */
  readonly index: Int32Array;
  /** Where each event's mark starts (wall-clock ms); for a point event, the point. */
  readonly from: Float64Array;
  /** Where it ends; equal to `from` for a point event. */
  readonly to: Float64Array;
  /** The longest `to - from` in the lane: how far before the view a visible event can start. */
  readonly maxDuration: number;
  /**
   * A fixed pseudo-random rank of each event (from its index; no two alike), which dense
   * views draw first. Events that start at the same moment rank in their order, so that
   * those drawn of them are the first and read down the rows in order: zooming in would
   * never part them.
   */
  readonly rank: Uint32Array;
  /** Finds the highest rank in a range of positions (see argmax-tree). */
  readonly rankTree: Int32Array;
}

/**
 * Builds a lane from the events at `members` (indices into `from` and `to`), sorted
 * by where their marks start; ties keep the order of `members`.
 */
export function laneEvents(members: readonly number[], from: ArrayLike<number>, to: ArrayLike<number>): LaneEvents {
  const order = members.map((_, i) => i).sort((a, b) => from[members[a]] - from[members[b]] || a - b);
  const n = order.length;
  const index = new Int32Array(n);
  const rank = new Uint32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let maxDuration = 0;
  for (let i = 0; i < n; i++) {
    const e = members[order[i]];
    index[i] = e;
    rank[i] = hash(e);
    start[i] = from[e];
    end[i] = to[e];
    if (to[e] - from[e] > maxDuration) maxDuration = to[e] - from[e];
  }
  for (let i = 0, j = 1; i < n; i = j++) {
    while (j < n && start[j] === start[i]) j++;
    if (j - i > 1) rank.subarray(i, j).sort().reverse();
  }
  return { index, from: start, to: end, maxDuration, rank, rankTree: argmaxTree(rank) };
}

/** An integer hash of an event's index: a rank that does not change with the view (each step is one-to-one, so no two alike). */
function hash(index: number): number {
  let h = Math.imul(index ^ (index >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The first position in [lo, hi) where `test` holds, given that it holds from some position on. */
export function firstWhere(lo: number, hi: number, test: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The positions [lo, hi) that can touch the time window [start, end]: everything
 * starting in it, and what starts up to the lane's longest duration before it.
 * Callers still skip those that end before `start`.
 */
export function visibleSpan(lane: LaneEvents, start: number, end: number): [number, number] {
  const { from } = lane;
  return [firstWhere(0, from.length, (i) => from[i] >= start - lane.maxDuration), firstWhere(0, from.length, (i) => from[i] > end)];
}
