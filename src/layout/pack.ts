// Lays out the visible events of one lane into rows so that no two marks or labels
// overlap. Each event goes, left to right, into the first row where it fits with its
// whole title; failing that, into the row where it fits with the previous title
// shortened (never below `minLabel`); failing that, it is counted in a cluster.
// Clusters sit on a grid fixed in time, so panning does not reshuffle them, and
// they take the lane's last row. Every visible event is either drawn or counted.

import { visibleSpan, type LaneEvents } from './lane.js';

export interface PackOptions {
  /** The time-to-pixel map x = t * k + b. */
  k: number;
  b: number;
  /** Width of the view (px): events outside [0, width] are left out. */
  width: number;
  /** Rows available in the lane. */
  rows: number;
  /** Half the width of a point mark (px). */
  markRadius: number;
  /** Narrowest bar drawn for a range (px). */
  minBar: number;
  /** Space kept between neighbours in a row (px). */
  gap: number;
  /** Space between a mark and its label (px). */
  labelGap: number;
  /** Narrowest shortened label (px); an event that cannot keep this much is clustered. */
  minLabel: number;
  /** Width of a cluster cell on the time grid (ms). */
  bucket: number;
  /** Width the whole title of the event at this index would take (px). */
  labelWidth: (index: number) => number;
  /** Index of an event to place whatever else happens (the focused or selected one). */
  pinned?: number;
  /**
   * A bar keeps its row only as far as its label box (`minBar` from where its label
   * starts) and runs on as a rail beneath later events: for a vertical timeline, whose
   * columns are too few to give every long bar one of its own.
   */
  rails?: boolean;
  /** Clusters go in a row of their own after the `rows` (a narrow strip), which events never use. */
  clusterStrip?: boolean;
  /** At most this many events are placed (the rest are counted in clusters), to bound the work of drawing. */
  maxEvents?: number;
}

export interface PlacedEvent {
  /** Index in the timeline's event list. */
  index: number;
  row: number;
  /** Left and right of the mark or bar (px). */
  x0: number;
  x1: number;
  /** Left of the label and the width it may take (px). */
  labelX: number;
  labelWidth: number;
  /** The label is narrower than the whole title. */
  truncated: boolean;
}

export interface Cluster {
  /** How many events it holds. */
  count: number;
  /** Earliest start and latest end of its events (wall-clock ms). */
  start: number;
  end: number;
  /** Index of its first event. */
  first: number;
  row: number;
  /** Left and right of its cell (px), within the view. */
  x0: number;
  x1: number;
}

export interface LaneLayout {
  events: PlacedEvent[];
  clusters: Cluster[];
}

/** Lays out the part of `lane` that the view shows. */
export function packLane(lane: LaneEvents, options: PackOptions): LaneLayout {
  const rows = Math.max(1, Math.floor(options.rows));
  const view = cellsInView(lane, options);
  const tried = candidates(lane, view, rows + 1);
  if (options.clusterStrip) return pack(lane, options, view, tried, rows, true);
  const first = pack(lane, options, view, tried, rows, false);
  if (first.clusters.length === 0 || rows === 1) return first;
  // Something did not fit: give the last row to the clusters and pack the rest again.
  return pack(lane, options, view, tried, rows - 1, true);
}

/**
 * The lane positions that can be visible, cut where the cell of the time grid changes:
 * cell `j` holds positions [bounds[j], bounds[j + 1]). Events begun before the view
 * belong to its first cell; some of those ended before it and are not visible.
 */
interface Cells {
  bounds: number[];
  cell: number[];
  /** Whether the event at a position is outside the view. */
  outside: (i: number) => boolean;
  cellOf: (i: number) => number;
}

function cellsInView(lane: LaneEvents, o: PackOptions): Cells {
  const { k, b, width } = o;
  // A pixel of margin either side, so that rounding in the division cannot drop an event on
  // an edge of the view; which events are visible is decided in pixels.
  const [lo, hi] = visibleSpan(lane, (-1 - b) / k, (width + 1 - b) / k);
  const outside = (i: number) => lane.to[i] * k + b < 0 || lane.from[i] * k + b > width;
  const viewStart = -b / k;
  const cellOf = (i: number) => Math.floor(Math.max(lane.from[i], viewStart) / o.bucket);
  const end = firstWhere(lo, hi, (i) => lane.from[i] * k + b > width);
  const bounds = [lo];
  const cell: number[] = [];
  for (let i = lo; i < end; ) {
    const c = cellOf(i);
    i = firstWhere(i + 1, end, (m) => cellOf(m) !== c);
    cell.push(c);
    bounds.push(i);
  }
  return { bounds, cell, outside, cellOf };
}

/**
 * The events the rows are offered, in time order: all visible events of a cell that holds
 * at most `perCell`; else its first `perCell` and the `perCell` of highest rank. Both sets
 * only grow as a cell splits in two when the view zooms in (ranks are fixed), so what is
 * drawn stays drawn and a zoom frame changes little of the DOM; and the first events of
 * a cell are always offered, so zooming in on a cluster lays its events out from the left.
 */
function candidates(lane: LaneEvents, view: Cells, perCell: number): number[] {
  const out: number[] = [];
  const best: number[] = [];
  const bestRank: number[] = [];
  for (let j = 0; j < view.cell.length; j++) {
    const from = view.bounds[j];
    const to = view.bounds[j + 1];
    best.length = 0;
    bestRank.length = 0;
    let earliest = 0;
    for (let i = from; i < to; i++) {
      if (view.outside(i)) continue;
      if (earliest < perCell) {
        earliest++;
        out.push(i);
        continue;
      }
      const r = rank(lane.index[i]);
      if (best.length < perCell) {
        best.push(i);
        bestRank.push(r);
        continue;
      }
      let low = 0;
      for (let m = 1; m < perCell; m++) if (bestRank[m] < bestRank[low]) low = m;
      if (r > bestRank[low]) {
        best[low] = i;
        bestRank[low] = r;
      }
    }
    out.push(...best.sort((x, y) => x - y));
  }
  return out;
}

/** A fixed pseudo-random rank for the event at a timeline index (an integer hash). */
function rank(index: number): number {
  let h = Math.imul(index ^ (index >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function pack(lane: LaneEvents, o: PackOptions, view: Cells, tried: number[], rows: number, clusterRow: boolean): LaneLayout {
  const { k, b, width, gap, minLabel } = o;
  const { outside } = view;
  const events: PlacedEvent[] = [];
  const softEnd = new Float64Array(rows).fill(-Infinity); // where the last title in the row ends
  const hardEnd = new Float64Array(rows).fill(-Infinity); // where it would end, shortened to minLabel
  const last = new Array<PlacedEvent | undefined>(rows);
  const lo = view.bounds[0];
  const end = view.bounds[view.bounds.length - 1];

  // The pinned event takes its place first; the others then keep clear of it.
  let pinned: PlacedEvent | undefined;
  let pinnedAt = -1; // its position in the lane
  if (o.pinned !== undefined) {
    const i = lane.index.indexOf(o.pinned);
    if (i >= lo && i < end && !outside(i)) {
      pinned = geometry(lane, i, o);
      pinned.row = 0;
      fitLabel(pinned, o.labelWidth(pinned.index), Infinity);
      events.push(pinned);
      pinnedAt = i;
    }
  }

  // Where the pinned event's bar or label ends, whichever is further (a label can sit inside its bar).
  const pinnedEnd = pinned ? Math.max(reach(pinned, o), pinned.labelX + pinned.labelWidth) : -Infinity;

  // One scratch object for the candidates that do not fit; copied when placed.
  const candidate = geometry(lane, lo, o);
  const maxEvents = o.maxEvents ?? Infinity;
  /** Positions placed, ascending (the pinned one aside). */
  const placedAt: number[] = [];
  /** The least of the rows' shortest ends: an event starting before it fits in no row. */
  let lowestEnd = -Infinity;
  for (const i of tried) {
    if (i === pinnedAt) continue;
    if (events.length >= maxEvents) break;
    // As `geometry` places it: a point's mark is centred on its time.
    const at = lane.from[i] * k + b;
    if ((lane.to[i] === lane.from[i] ? at - o.markRadius : at) < lowestEnd + gap) continue;
    geometry(lane, i, o, candidate);
    const minEnd = Math.max(reach(candidate, o), candidate.labelX + minLabel);
    let whole = -1;
    let shortened = -1;
    for (let r = 0; r < rows; r++) {
      if (pinned && r === 0 && candidate.x0 < pinnedEnd + gap && minEnd + gap > pinned.x0) continue;
      if (candidate.x0 >= softEnd[r] + gap) {
        whole = r;
        break;
      }
      if (candidate.x0 >= hardEnd[r] + gap && (shortened < 0 || softEnd[r] < softEnd[shortened])) shortened = r;
    }
    const row = whole >= 0 ? whole : shortened;
    if (row < 0) continue;
    const event = { ...candidate };
    const previous = last[row];
    if (whole < 0 && previous) fitLabel(previous, previous.labelWidth, event.x0 - gap);
    event.row = row;
    // Keep clear of the pinned event when coming before it in its row.
    const limit = pinned && row === 0 && event.x0 < pinned.x0 ? pinned.x0 - gap : Infinity;
    fitLabel(event, o.labelWidth(event.index), limit);
    const reached = reach(event, o);
    softEnd[row] = Math.max(reached, event.labelX + event.labelWidth);
    hardEnd[row] = Math.max(reached, event.labelX + Math.min(event.labelWidth, minLabel));
    lowestEnd = Math.min(...hardEnd);
    last[row] = event;
    events.push(event);
    placedAt.push(i);
  }

  // Every other visible event is counted in the cluster of its cell on the time grid (an
  // event begun before the view, in the view's first cell: its own lies left, unseen).
  const clusters: Cluster[] = [];
  const row = clusterRow ? rows : rows - 1;
  let next = 0; // into placedAt
  for (let j = 0; j < view.cell.length; j++) {
    const from = view.bounds[j];
    const to = view.bounds[j + 1];
    let count = 0;
    let first = -1;
    let latest = -Infinity;
    for (let i = from; i < to; i++) {
      if (placedAt[next] === i) {
        next++;
        continue;
      }
      if (i === pinnedAt || outside(i)) continue;
      count++;
      if (first < 0) first = i;
      if (lane.to[i] > latest) latest = lane.to[i];
    }
    if (count === 0) continue;
    const cell = view.cell[j];
    clusters.push({
      count,
      start: lane.from[first],
      end: latest,
      first: lane.index[first],
      row,
      x0: Math.max(0, cell * o.bucket * k + b),
      x1: Math.min(width, (cell + 1) * o.bucket * k + b),
    });
  }
  return { events, clusters };
}

/** The first position in [lo, hi) where `test` holds, given that it holds from some position on. */
function firstWhere(lo: number, hi: number, test: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where the event at lane position `i` is drawn, before its row and label are known (into `into`, if given). */
function geometry(lane: LaneEvents, i: number, o: PackOptions, into?: PlacedEvent): PlacedEvent {
  const from = lane.from[i] * o.k + o.b;
  const to = lane.to[i] * o.k + o.b;
  let x0: number, x1: number, labelX: number;
  if (lane.to[i] === lane.from[i]) {
    x0 = from - o.markRadius;
    x1 = from + o.markRadius;
    labelX = x1 + o.labelGap;
  } else {
    x0 = from;
    x1 = Math.max(to, from + o.minBar);
    // A wide bar carries its title inside, from its visible left end.
    const left = Math.max(x0, 0) + o.labelGap;
    labelX = x1 - left >= o.minLabel + o.labelGap ? left : x1 + o.labelGap;
  }
  if (!into) return { index: lane.index[i], row: 0, x0, x1, labelX, labelWidth: 0, truncated: false };
  into.index = lane.index[i];
  into.x0 = x0;
  into.x1 = x1;
  into.labelX = labelX;
  into.labelWidth = 0;
  into.truncated = false;
  into.row = 0;
  return into;
}

/** How far along its row an event's mark reaches: its bar's end, or with rails its label box's. */
function reach(event: PlacedEvent, o: PackOptions): number {
  return o.rails && event.x1 - event.x0 > o.minBar ? Math.max(event.x0, 0) + o.minBar : event.x1;
}

/** Gives the event's label its whole width, or what is left before `limit`. */
function fitLabel(event: PlacedEvent, whole: number, limit: number): void {
  const room = limit - event.labelX;
  event.truncated = whole > room;
  event.labelWidth = Math.max(0, Math.min(whole, room));
}
