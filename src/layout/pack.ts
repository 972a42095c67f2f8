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
  if (options.clusterStrip) return pack(lane, options, rows, true);
  const first = pack(lane, options, rows, false);
  if (first.clusters.length === 0 || rows === 1) return first;
  // Something did not fit: give the last row to the clusters and pack the rest again.
  return pack(lane, options, rows - 1, true);
}

function pack(lane: LaneEvents, o: PackOptions, rows: number, clusterRow: boolean): LaneLayout {
  const { k, b, width, gap, minLabel } = o;
  const events: PlacedEvent[] = [];
  const clusters: Cluster[] = [];
  const softEnd = new Float64Array(rows).fill(-Infinity); // where the last title in the row ends
  const hardEnd = new Float64Array(rows).fill(-Infinity); // where it would end, shortened to minLabel
  const last = new Array<PlacedEvent | undefined>(rows);
  // A pixel of margin either side, so that rounding in the division cannot drop an event on
  // an edge of the view; which events are visible is decided in pixels, below.
  const [lo, hi] = visibleSpan(lane, (-1 - b) / k, (width + 1 - b) / k);
  const outside = (i: number) => lane.to[i] * k + b < 0 || lane.from[i] * k + b > width;

  // The pinned event takes its place first; the others then keep clear of it.
  let pinned: PlacedEvent | undefined;
  if (o.pinned !== undefined) {
    const i = lane.index.indexOf(o.pinned);
    if (i >= lo && i < hi && !outside(i)) {
      pinned = geometry(lane, i, o);
      pinned.row = 0;
      fitLabel(pinned, o.labelWidth(pinned.index), Infinity);
      events.push(pinned);
    }
  }

  // Where the pinned event's bar or label ends, whichever is further (a label can sit inside its bar).
  const pinnedEnd = pinned ? Math.max(reach(pinned, o), pinned.labelX + pinned.labelWidth) : -Infinity;

  let cluster: Cluster | undefined;
  let clusterCell = NaN;
  // One scratch object for the many events that end up in clusters; copied when placed.
  const candidate = geometry(lane, lo, o);
  const maxEvents = o.maxEvents ?? Infinity;
  /** The least of the rows' shortest ends: an event starting before it fits in no row. */
  let lowestEnd = -Infinity;
  for (let i = lo; i < hi; i++) {
    if (outside(i) || lane.index[i] === pinned?.index) continue;
    geometry(lane, i, o, candidate);
    const minEnd = Math.max(reach(candidate, o), candidate.labelX + minLabel);
    let whole = -1;
    let shortened = -1;
    // Dense views send most events to clusters: skip the rows when none can take this one.
    const full = events.length >= maxEvents || candidate.x0 < lowestEnd + gap;
    for (let r = full ? rows : 0; r < rows; r++) {
      if (pinned && r === 0 && candidate.x0 < pinnedEnd + gap && minEnd + gap > pinned.x0) continue;
      if (candidate.x0 >= softEnd[r] + gap) {
        whole = r;
        break;
      }
      if (candidate.x0 >= hardEnd[r] + gap && (shortened < 0 || softEnd[r] < softEnd[shortened])) shortened = r;
    }
    const row = whole >= 0 ? whole : shortened;
    if (row < 0) {
      // Counted in the cluster of its cell on the time grid; an event begun before the view,
      // in the first cell of the view (its own cell would lie left of the view, unseen).
      const cell = Math.floor(Math.max(lane.from[i], -b / k) / o.bucket);
      if (cell !== clusterCell || !cluster) {
        clusterCell = cell;
        const x0 = Math.max(0, cell * o.bucket * k + b);
        const x1 = Math.min(width, (cell + 1) * o.bucket * k + b);
        cluster = { count: 0, start: lane.from[i], end: lane.to[i], first: lane.index[i], row: rows, x0, x1 };
        clusters.push(cluster);
      }
      cluster.count++;
      cluster.end = Math.max(cluster.end, lane.to[i]);
      continue;
    }
    const event = { ...candidate };
    const previous = last[row];
    if (whole < 0 && previous) fitLabel(previous, previous.labelWidth, event.x0 - gap);
    event.row = row;
    // Keep clear of the pinned event when coming before it in its row.
    const limit = pinned && row === 0 && event.x0 < pinned.x0 ? pinned.x0 - gap : Infinity;
    fitLabel(event, o.labelWidth(event.index), limit);
    const end = reach(event, o);
    softEnd[row] = Math.max(end, event.labelX + event.labelWidth);
    hardEnd[row] = Math.max(end, event.labelX + Math.min(event.labelWidth, minLabel));
    lowestEnd = Math.min(...hardEnd);
    last[row] = event;
    events.push(event);
  }
  if (!clusterRow) {
    for (const c of clusters) c.row = rows - 1;
  }
  return { events, clusters };
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
