// Turns accepted events into what the drawing needs: where each one starts and ends
// on the wall-clock time line, and the lanes they are grouped into.

import type { WallClock } from '../time/zone.js';
import type { EventList } from '../data/event-list.js';
import type { EventTimes } from '../data/validate.js';
import type { CategoryList } from '../data/category-list.js';
import type { TimelineMeta } from '../types.js';
import { laneEvents, type LaneEvents } from './lane.js';

export type GroupBy = 'none' | 'category' | 'actor';

export interface Lane {
  /** The group's key (a category id or an actor), '' for the single lane. */
  key: string;
  label: string;
  /** Positions of its events, in chronological order. */
  members: number[];
  /** Its events, sorted where their marks start: made when first read, as lanes that are not laid out never are. */
  readonly events: LaneEvents;
}

export interface TimelineModel {
  /** Accepted events in chronological order; positions below index into it. */
  events: EventList;
  /** Where each event is drawn (wall-clock ms): a point event has from === to, at the middle of its date. */
  from: Float64Array;
  to: Float64Array;
  /** The period the start date covers: drawn as a faint band when it is wide. */
  bandFrom: Float64Array;
  bandTo: Float64Array;
  lanes: Lane[];
  /** Positions of the events the category filter lets through, in chronological order. */
  shown: Int32Array;
  /** How many events each category has, shown or not, in the order the categories first come in time. */
  categoryCounts: Map<string, number>;
  /** Earliest and latest drawn time; NaN for no events. */
  extent: [number, number];
  /** The shortest period a start date covers (ms): a day when no event has a time of day. */
  finest: number;
  /** Position of each event by id. */
  readonly indexOf: Map<string, number>;
}

export interface ModelOptions {
  wallClock: WallClock;
  groupBy: GroupBy;
  /** Categories to show; all when null. */
  categories: CategoryList | null;
  meta: TimelineMeta;
  /** Where events with an open end (`..`) stop being drawn, at the latest; they reach the data's end anyway. */
  openEndAt?: number;
}

export function buildModel(events: EventList, times: EventTimes, options: ModelOptions): TimelineModel {
  const { wallClock } = options;
  const n = events.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const bandFrom = new Float64Array(n);
  const bandTo = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  let finest = Infinity;
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const zoned = times.zoned[i];
    const endMax = times.endMax[i];
    bandFrom[i] = zoned & 1 ? wallClock(times.startMin[i]) : times.startMin[i];
    bandTo[i] = zoned & 1 ? wallClock(times.startMax[i]) : times.startMax[i];
    if (Number.isNaN(endMax)) {
      from[i] = to[i] = (bandFrom[i] + bandTo[i]) / 2;
    } else {
      from[i] = bandFrom[i];
      if (endMax === Infinity) open.push(i);
      else to[i] = zoned & 2 ? wallClock(endMax) : endMax;
    }
    if (bandFrom[i] < min) min = bandFrom[i];
    if (bandTo[i] - bandFrom[i] < finest) finest = bandTo[i] - bandFrom[i];
    if (endMax !== Infinity && Math.max(to[i], bandTo[i]) > max) max = Math.max(to[i], bandTo[i]);
  }
  const openEnd = Math.max(max, options.openEndAt ?? -Infinity);
  for (const i of open) to[i] = Math.max(openEnd, bandTo[i]);
  if (open.length) max = Math.max(max, openEnd);

  // Made on first use: a map of a million ids takes a while, and only lookups by id need it.
  let indexOf: Map<string, number> | undefined;
  const { categories } = options;
  const shown = new Int32Array(n);
  let shownCount = 0;
  const categoryCounts = new Map<string, number>();
  // One pass for the filter and the counts: each runs once, mostly unoptimised.
  for (let i = 0; i < n; i++) {
    const category = events.category(i);
    if (category !== undefined) categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    if (!categories || categories.has(category ?? '')) shown[shownCount++] = i;
  }
  const shownEvents = shown.subarray(0, shownCount);
  return {
    events,
    from,
    to,
    bandFrom,
    bandTo,
    lanes: groupLanes(options.groupBy === 'category' ? (i) => events.category(i) : (i) => events.actor(i), shownEvents, from, to, options),
    shown: shownEvents,
    categoryCounts,
    extent: n ? [min, max] : [NaN, NaN],
    finest: n ? finest : 0,
    get indexOf() {
      if (!indexOf) {
        indexOf = new Map();
        for (let i = 0; i < n; i++) indexOf.set(events.id(i)!, i);
      }
      return indexOf;
    },
  };
}

/** Lanes of the `shown` events, by the key `keyOf` gives each (its category or its first actor). */
function groupLanes(
  keyOf: (index: number) => string | undefined,
  shown: Int32Array,
  from: Float64Array,
  to: Float64Array,
  options: ModelOptions,
): Lane[] {
  const { groupBy, meta } = options;
  if (groupBy === 'none') return [new LazyLane('', '', Array.from(shown), from, to)];

  const members = new Map<string, number[]>();
  for (const key of meta.groups?.[groupBy] ?? []) members.set(key, []);
  // Counted, not iterated: run once over every event, this loop runs mostly unoptimised,
  // where for…of makes an object at each step.
  for (let s = 0; s < shown.length; s++) {
    const i = shown[s];
    const key = keyOf(i) ?? '';
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(i);
  }
  // Events without a group come last, in a lane of their own.
  const ungrouped = members.get('');
  members.delete('');
  if (ungrouped) members.set('', ungrouped);

  const labels = new Map(meta.categories?.map((c) => [c.id, c.label]));
  const lanes: Lane[] = [];
  for (const [key, list] of members) {
    if (list.length === 0) continue;
    const label = key === '' ? 'Other' : groupBy === 'category' ? (labels.get(key) ?? capitalize(key)) : key;
    lanes.push(new LazyLane(key, label, list, from, to));
  }
  return lanes;
}

/**
 * At most `count` (1 or more) lanes: where more would not fit, the first `count - 1` keep
 * theirs and the others share the last, named for how many they are ("12 more lanes").
 */
export function fewerLanes(model: TimelineModel, count: number): Lane[] {
  const { lanes } = model;
  if (lanes.length <= count) return lanes;
  const kept = count - 1;
  const merged = lanes.slice(kept);
  // In chronological order, so that events starting together keep it.
  const members = merged.flatMap((l) => l.members).sort((a, b) => a - b);
  return [...lanes.slice(0, kept), new LazyLane('', kept ? `${merged.length} more lanes` : '', members, model.from, model.to)];
}

/**
 * A lane whose events are sorted when first read. A class, as an object literal with a
 * getter is several times slower to make, and a group-by may make 100,000 lanes.
 */
class LazyLane implements Lane {
  #events?: LaneEvents;

  constructor(
    readonly key: string,
    readonly label: string,
    readonly members: number[],
    private readonly from: Float64Array,
    private readonly to: Float64Array,
  ) {}

  get events(): LaneEvents {
    return (this.#events ??= laneEvents(this.members, this.from, this.to));
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
