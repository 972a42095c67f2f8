// Lays out the visible events of one lane into rows so that no two marks or labels
// overlap. The view is cut into cells of a grid fixed in time; a cell offers the rows
// all its events when it has few, else its first few and its few of highest rank (a
// fixed pseudo-random rank per event). Offered events go into the first row with room
// between the events already there, with their whole title or with titles shortened
// (never below `minLabel`), else they are counted: in time order when every visible
// event is offered, so that rows read from the left; highest rank first in a dense
// view, so that zooming in keeps what was drawn and adds to it. Everything not drawn
// is counted in the cluster of its cell, in the lane's last row; the grid is fixed in
// time, so panning does not reshuffle the clusters. Every visible event is either
// drawn or counted.

import { topIn } from './argmax-tree.js';
import { firstWhere, visibleSpan, type LaneEvents } from './lane.js';

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
  /** Use rails only when the lane is crowded: when without them some event would be counted rather than drawn. */
  railsWhenCrowded?: boolean;
  /** The first row keeps its first `reserve` px free of events (the lane's name sits there). */
  reserve?: number;
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
  /** Left of the label and the width it may take (px): after the mark, or inside a bar, or before the mark at the view's right edge. */
  labelX: number;
  labelWidth: number;
  /** The label is narrower than the whole title. */
  truncated: boolean;
}

export interface Cluster {
  /** How many events it holds. */
  count: number;
  /** Earliest start of its events (wall-clock ms). */
  start: number;
  /** Index of its first event. */
  first: number;
  /** Where its cell of the time grid starts (wall-clock ms): with the lane, it names the cluster from frame to frame. */
  cellStart: number;
  row: number;
  /** Left and right of its cell (px), within the view. */
  x0: number;
  x1: number;
}

export interface LaneLayout {
  events: PlacedEvent[];
  clusters: Cluster[];
  /** Long bars run on as rails in this layout. */
  rails: boolean;
}

/** Lays out the part of `lane` that the view shows. */
export function packLane(lane: LaneEvents, options: PackOptions): LaneLayout {
  const rows = Math.max(1, Math.floor(options.rows));
  const view = cellsInView(lane, options);
  const tried = candidates(lane, view, rows + 1);
  // A dense view offers the rows only some of its events: clusters are certain, so the
  // last row goes to them (and bars to rails, if asked) without trying otherwise first.
  const layOut = (o: PackOptions): LaneLayout => {
    if (o.clusterStrip) return pack(lane, o, view, tried, rows, true);
    if (!tried.dense || rows === 1) {
      const first = pack(lane, o, view, tried, rows, false);
      if (first.clusters.length === 0 || rows === 1) return first;
    }
    // Something did not fit: give the last row to the clusters and pack the rest again.
    return pack(lane, o, view, tried, rows - 1, true);
  };
  if (!options.railsWhenCrowded || options.rails) return layOut(options);
  const layout = tried.dense ? undefined : layOut(options);
  return layout && layout.clusters.length === 0 ? layout : layOut({ ...options, rails: true });
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
  /** How many of the first cell's events are outside the view (no other cell has any). */
  hidden: number;
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
  // Only an event begun before the view can have ended before it (in pixels, as `outside`
  // decides: rounding keeps from * k + b <= to * k + b).
  let hidden = 0;
  for (let i = lo; i < end && lane.from[i] * k + b < 0; i++) if (outside(i)) hidden++;
  return { bounds, cell, outside, hidden };
}

/**
 * The events the rows are offered, in time order: all visible events of a cell that holds
 * at most 2 × `perCell`; else its first `perCell` and the `perCell` of highest rank. Both
 * sets only grow as a cell splits in two when the view zooms in (ranks are fixed), so what
 * is drawn stays drawn and a zoom frame changes little of the DOM; and the first events of
 * a cell are always offered, so zooming in on a cluster lays its events out from the left.
 */
function candidates(lane: LaneEvents, view: Cells, perCell: number): Offered {
  const out: number[] = [];
  let dense = false;
  for (let j = 0; j < view.cell.length; j++) {
    const to = view.bounds[j + 1];
    let i = view.bounds[j];
    // Some of its events are neither among its first nor its highest-ranked.
    if (to - i - (j ? 0 : view.hidden) > 2 * perCell) dense = true;
    for (let first = 0; first < perCell && i < to; i++) {
      if (view.outside(i)) continue;
      out.push(i);
      first++;
    }
    out.push(...topIn(lane.rankTree, lane.rank, i, to, perCell, view.outside).sort((x, y) => x - y));
  }
  return { positions: out, dense };
}

interface Offered {
  /** Lane positions, in time order. */
  positions: number[];
  /** Some cell had more events than it offered. */
  dense: boolean;
}

function pack(lane: LaneEvents, o: PackOptions, view: Cells, tried: Offered, rows: number, clusterRow: boolean): LaneLayout {
  const { k, b, width, gap } = o;
  const { outside } = view;
  const events: PlacedEvent[] = [];
  /** The events of each row, left to right. */
  const rowEvents: PlacedEvent[][] = Array.from({ length: rows }, () => []);
  const lo = view.bounds[0];
  const end = view.bounds[view.bounds.length - 1];

  // The pinned event takes its place first, with its whole title; the others keep clear of it.
  let pinned: PlacedEvent | undefined;
  let pinnedAt = -1; // its position in the lane
  if (o.pinned !== undefined) {
    const i = lane.index.indexOf(o.pinned);
    if (i >= lo && i < end && !outside(i)) {
      pinned = geometry(lane, i, o);
      pinned.row = 0;
      fitLabel(pinned, o.labelWidth(pinned.index), Infinity);
      events.push(pinned);
      rowEvents[0].push(pinned);
      pinnedAt = i;
    }
  }
  /** Where an event's mark and title end, and where they would with its title shortened as far as it may be. */
  const softEnd = (e: PlacedEvent) => Math.max(reach(e, o), e.labelX + e.labelWidth);
  const hardEnd = (e: PlacedEvent) =>
    e === pinned ? softEnd(e) : Math.max(reach(e, o), e.labelX + Math.min(e.labelWidth, o.minLabel));
  /** Where the first row's events may start. */
  const firstRowFrom = o.reserve ? o.reserve + gap : -Infinity;

  // The rest go into the first row with room for them between the events already there.
  // Where every visible event is offered, in time order: rows fill from the left, and
  // read in order. In a dense view, by rank, highest first: what outranks an event is
  // never moved for it, so zooming in only adds events (their gaps widen) and a frame
  // rewrites little of the DOM.
  const others = tried.positions.filter((i) => i !== pinnedAt);
  const ordered = tried.dense ? others.sort((a, z) => lane.rank[z] - lane.rank[a]) : others;
  const maxEvents = o.maxEvents ?? Infinity;
  /** Positions placed (the pinned one aside). */
  const placedAt: number[] = [];
  for (const i of ordered) {
    if (events.length >= maxEvents) break;
    if (outside(i)) continue;
    const plain = geometry(lane, i, o);
    const whole = o.labelWidth(plain.index);
    plain.labelWidth = whole;
    // The first row's start is kept for the lane's name: a bar passing under it may still
    // take the row if its title, inside the bar, starts past the name; nothing else may.
    let beside: PlacedEvent | undefined;
    if (plain.x0 < firstRowFrom && lane.to[i] !== lane.from[i] && plain.x1 - firstRowFrom >= o.minLabel + o.labelGap) {
      beside = { ...plain, labelX: firstRowFrom };
    }
    let chosen = -1;
    let chosenAt = 0;
    let chosenRoom = -Infinity; // for the title
    let event = plain;
    for (let r = 0; r < rows; r++) {
      const e = r === 0 && plain.x0 < firstRowFrom ? beside : plain;
      if (!e) continue;
      const ownSoft = softEnd(e);
      const row = rowEvents[r];
      const at = firstWhere(0, row.length, (m) => row[m].x0 > e.x0);
      const left = row[at - 1];
      const right = row[at];
      if (left && e.x0 < hardEnd(left) + gap) continue;
      const limit = right ? right.x0 - gap : Infinity;
      if (hardEnd(e) > limit) continue;
      // Room for its title, less what the title before it would lose.
      const end = Math.min(limit, ownSoft) - (left ? Math.max(0, softEnd(left) + gap - e.x0) : 0);
      if (end - e.labelX > chosenRoom + 0.5) {
        chosen = r;
        chosenAt = at;
        chosenRoom = end - e.labelX;
        event = e;
      }
      if (end >= ownSoft) break; // whole, and nothing shortened: it cannot do better
    }
    if (chosen < 0) continue;
    const row = rowEvents[chosen];
    const left = row[chosenAt - 1];
    const right = row[chosenAt];
    if (left && softEnd(left) + gap > event.x0) fitLabel(left, o.labelWidth(left.index), event.x0 - gap);
    // The last of a row ends its title at the view's edge, shortened rather than cut off there.
    fitLabel(event, whole, right ? right.x0 - gap : width);
    event.row = chosen;
    row.splice(chosenAt, 0, event);
    events.push(event);
    placedAt.push(i);
  }
  placedAt.sort((a, z) => a - z);

  // A title cut short by the view's right edge goes whole to the left of its mark instead,
  // where the row has room for it.
  for (let r = 0; r < rows; r++) {
    const row = rowEvents[r];
    const last = row[row.length - 1];
    if (!last?.truncated || last === pinned || last.labelX < last.x1) continue;
    const before = row[row.length - 2];
    const whole = o.labelWidth(last.index);
    const labelX = last.x0 - o.labelGap - whole;
    // (The first row's start stays free even where the pinned event, before it, is there.)
    if (labelX >= Math.max(0, r ? 0 : firstRowFrom, before ? softEnd(before) + gap : 0)) {
      last.labelX = labelX;
      fitLabel(last, whole, Infinity);
    }
  }

  // Every other visible event is counted in the cluster of its cell on the time grid (an
  // event begun before the view, in the view's first cell: its own lies left, unseen).
  const clusters: Cluster[] = [];
  const row = clusterRow ? rows : rows - 1;
  let next = 0; // into placedAt
  for (let j = 0; j < view.cell.length; j++) {
    const from = view.bounds[j];
    const to = view.bounds[j + 1];
    // The cell's visible events, less those drawn.
    let count = to - from - (j ? 0 : view.hidden);
    if (pinnedAt >= from && pinnedAt < to) count--;
    while (next < placedAt.length && placedAt[next] < to) {
      next++;
      count--;
    }
    if (count === 0) continue;
    let first = from;
    while (first === pinnedAt || placedAt.includes(first) || outside(first)) first++;
    const cell = view.cell[j];
    clusters.push({
      count,
      start: lane.from[first],
      first: lane.index[first],
      cellStart: cell * o.bucket,
      row,
      x0: Math.max(0, cell * o.bucket * k + b),
      x1: Math.min(width, (cell + 1) * o.bucket * k + b),
    });
  }
  return { events, clusters, rails: Boolean(o.rails) };
}

/** Where the event at lane position `i` is drawn, before its row and label are known. */
function geometry(lane: LaneEvents, i: number, o: PackOptions): PlacedEvent {
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
  return { index: lane.index[i], row: 0, x0, x1, labelX, labelWidth: 0, truncated: false };
}

/** How far along its row an event's mark reaches: its bar's end, or with rails its label box's. */
function reach(event: PlacedEvent, o: PackOptions): number {
  return o.rails && event.x1 - event.x0 > o.minBar ? Math.max(event.x0, 0) + o.minBar : event.x1;
}

/** The narrowest shortened title shown (px): room for a letter and an ellipsis. */
const minShortened = 16;

/** Gives the event's label its whole width, or what is left before `limit`, or none. */
function fitLabel(event: PlacedEvent, whole: number, limit: number): void {
  const width = Math.min(whole, limit - event.labelX);
  // Narrower than an ellipsis, a shortened title would show a stray letter or two: none, then.
  event.labelWidth = width < Math.min(whole, minShortened) ? 0 : width;
  event.truncated = event.labelWidth < whole;
}
