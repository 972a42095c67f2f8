// Property-based tests of the row packing of a lane (src/layout/pack.ts): for random
// lanes, views and label widths, nothing overlaps, and every visible event is either
// drawn or counted in a cluster.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { laneEvents, type LaneEvents } from '../src/layout/lane.js';
import { packLane, type Cluster, type LaneLayout, type PackOptions, type PlacedEvent } from '../src/layout/pack.js';

/** fast-check options: how many cases, and the failing assertion's message in the report. */
const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

/** Float error allowed in pixel comparisons. */
const eps = 1e-6;

// ---------------------------------------------------------------------------------------
// Scenarios

interface EventSpec {
  /** Where it starts, in view widths from the left of the view (0 and 1: its edges). */
  at: number;
  /** Its length in view widths; 0 for a point. */
  length: number;
  /** Width of its whole title (px). */
  label: number;
}

interface Scenario {
  lane: LaneEvents;
  options: PackOptions;
  /** Timeline index → start and end (ms), title width (px). */
  from: Float64Array;
  to: Float64Array;
  labels: Float64Array;
  members: number[];
  /** Cluster cell size in px, to recompute `bucket` for another scale. */
  cellPx: number;
}

/** A number spread evenly over [min, max] (fc.double favours values near 0). */
const uniform = (min: number, max: number) => fc.integer({ min: 0, max: 1e6 }).map((n) => min + ((max - min) * n) / 1e6);

const eventSpec: fc.Arbitrary<EventSpec> = fc.record({
  at: fc.oneof(
    { weight: 8, arbitrary: uniform(-0.6, 1.4) },
    // On the edges of the view, several at the same time, and any double.
    { weight: 2, arbitrary: fc.constantFrom(0, 1, 0.5, 0.25) },
    { weight: 1, arbitrary: fc.double({ min: -0.6, max: 1.4, noNaN: true }) },
  ),
  length: fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: uniform(0, 0.05) },
    { weight: 2, arbitrary: uniform(0, 2) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }) },
  ),
  label: fc.integer({ min: 0, max: 400 }),
});

/** A bucket as the component picks it: a power of two ms covering about `cellPx`. */
const bucketFor = (cellPx: number, k: number) => 2 ** Math.ceil(Math.log2(Math.max(cellPx / k, 1)));

function build(
  specs: EventSpec[],
  view: { start: number; span: number; width: number; rows: number },
  style: { markRadius: number; minBar: number; gap: number; labelGap: number; minLabel: number; cellPx: number },
  pinnedPick: number | null,
  indexOffset: number,
): Scenario {
  const n = specs.length;
  // Timeline indices need not be lane positions: shift them, as another lane's events would.
  const size = n + indexOffset;
  const from = new Float64Array(size);
  const to = new Float64Array(size);
  const labels = new Float64Array(size);
  const members: number[] = [];
  specs.forEach((s, i) => {
    const index = i + indexOffset;
    from[index] = view.start + s.at * view.span;
    to[index] = from[index] + s.length * view.span;
    labels[index] = s.label;
    members.push(index);
  });
  // Lane members in any order: laneEvents sorts them.
  members.reverse();
  const k = view.width / view.span;
  const b = -view.start * k;
  const { cellPx, ...spacing } = style;
  const options: PackOptions = {
    k,
    b,
    width: view.width,
    rows: view.rows,
    ...spacing,
    bucket: bucketFor(cellPx, k),
    labelWidth: (index) => labels[index],
  };
  // Pin one of the lane's events, or an index the lane does not have.
  if (pinnedPick !== null) options.pinned = n > 0 && pinnedPick < 1000 ? members[pinnedPick % n] : size + 5;
  return { lane: laneEvents(members, from, to), options, from, to, labels, members, cellPx };
}

const viewArb = fc.record({
  start: fc.oneof(fc.constantFrom(1.6e12, 0), uniform(-1e12, 2e12), fc.double({ min: -1e12, max: 2e12, noNaN: true })),
  // From a second to three years, spread evenly on a log scale.
  span: fc.oneof(fc.constantFrom(864e5, 36e5 * 7, 31536e6), uniform(3, 11).map((e) => 10 ** e)),
  width: fc.integer({ min: 320, max: 2000 }),
  rows: fc.integer({ min: 2, max: 12 }),
});

const styleArb = fc.record({
  markRadius: fc.constantFrom(3, 4, 6),
  minBar: fc.constantFrom(2, 4, 8),
  gap: fc.constantFrom(0, 2, 6),
  labelGap: fc.constantFrom(2, 5),
  minLabel: fc.constantFrom(20, 44, 80),
  cellPx: fc.constantFrom(20, 36, 80),
  // The component caps how many events a lane draws; dense runs past the cap are counted at once.
  maxEvents: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  // A thin lane's name over the start of its first row.
  reserve: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
});

const scenarioArb = (maxEvents = 60) =>
  fc
    .tuple(
      fc.array(eventSpec, { maxLength: maxEvents, size: 'max' }),
      viewArb,
      styleArb,
      fc.option(fc.nat({ max: 1100 }), { nil: null }),
      fc.constantFrom(0, 7),
    )
    .map(([specs, view, style, pinned, offset]) => build(specs, view, style, pinned, offset));

// ---------------------------------------------------------------------------------------
// Checks

const visible = (s: Scenario, i: number, o = s.options) => s.to[i] * o.k + o.b >= 0 && s.from[i] * o.k + o.b <= o.width;
const footprintStart = (e: PlacedEvent) => Math.min(e.x0, e.labelX);
const footprintEnd = (e: PlacedEvent) => Math.max(e.x1, e.labelX + e.labelWidth);
const describeCase = (s: Scenario) =>
  JSON.stringify({ ...s.options, labelWidth: undefined, events: s.members.map((i) => [s.from[i], s.to[i], s.labels[i]]) });

/** The cell of the time grid where an event comes into view. */
const cellOf = (s: Scenario, i: number, o: PackOptions) => Math.floor(Math.max(s.from[i], -o.b / o.k) / o.bucket);

/** The unplaced visible events of a cluster: those of its cell. */
function clusterMembers(s: Scenario, layout: LaneLayout, c: Cluster, o = s.options): number[] {
  const placed = new Set(layout.events.map((e) => e.index));
  const cell = cellOf(s, c.first, o);
  return s.members.filter((i) => visible(s, i, o) && !placed.has(i) && cellOf(s, i, o) === cell);
}

function checkLayout(s: Scenario, layout: LaneLayout, o = s.options): void {
  const rows = Math.max(1, Math.floor(o.rows));
  const placed = new Map<number, PlacedEvent>();
  for (const e of layout.events) {
    expect(placed.has(e.index), `event ${e.index} placed twice`).to.be.false;
    placed.set(e.index, e);
    expect(visible(s, e.index, o), `event ${e.index} placed but not visible`).to.be.true;
    expect(Number.isInteger(e.row) && e.row >= 0 && e.row < rows, `row ${e.row} of ${rows}`).to.be.true;
  }

  if (o.maxEvents !== undefined) expect(layout.events.length, 'events placed, at most maxEvents').to.be.at.most(o.maxEvents);
  // The start of the first row is kept free: only a bar may pass under it, with its title
  // past it (the pinned event aside, which goes where it is).
  for (const e of layout.events) {
    if (!o.reserve || e.row !== 0 || e.index === o.pinned) continue;
    const free = o.reserve + o.gap - eps;
    expect(e.labelX, `title of ${e.index} in the reserved start of row 0`).to.be.at.least(free);
    if (s.to[e.index] === s.from[e.index]) expect(e.x0, `point ${e.index} in the reserved start of row 0`).to.be.at.least(free);
  }

  // No two events of a row overlap, marks and labels included.
  const byRow = new Map<number, PlacedEvent[]>();
  for (const e of layout.events) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  for (const [row, events] of byRow) {
    events.sort((a, b) => a.x0 - b.x0);
    let reach = -Infinity;
    let last: PlacedEvent | undefined;
    for (const e of events) {
      expect(footprintStart(e), `row ${row}: ${JSON.stringify(e)} overlaps ${JSON.stringify(last)}`).to.be.at.least(reach + o.gap - eps);
      if (footprintEnd(e) > reach) {
        reach = footprintEnd(e);
        last = e;
      }
    }
  }

  // Labels: never wider than the title; shortened only down to minLabel (the pinned event's
  // never), or further where the view ends: a title there ends at the edge, not past it.
  for (const e of layout.events) {
    const whole = s.labels[e.index];
    expect(e.labelWidth, `label of ${e.index}`).to.be.within(0, whole + eps);
    expect(e.truncated, `truncated flag of ${e.index} (${e.labelWidth} of ${whole})`).to.equal(e.labelWidth < whole);
    if (e.index === o.pinned) expect(e.labelWidth, 'the pinned label').to.equal(whole);
    else if (e.truncated) {
      expect(e.labelWidth === 0 || e.labelWidth >= 16, `label of ${e.index}: ${e.labelWidth} px, a stray letter`).to.be.true;
      // At the edge a title too short to show a letter and an ellipsis (16 px) is not shown.
      const atEdge = Math.abs(e.labelX + e.labelWidth - o.width) < eps || (e.labelWidth === 0 && e.labelX + Math.min(whole, 16) > o.width - eps);
      if (!atEdge) expect(e.labelWidth, `label of ${e.index} (${whole} whole)`).to.be.at.least(Math.min(o.minLabel, whole) - eps);
    }
    // A title goes before its mark only whole, inside the view, and as the last of its row.
    if (e.labelX < e.x0) {
      expect(e.labelWidth, `title of ${e.index} before its mark`).to.equal(whole);
      expect(e.labelX, `title of ${e.index} before its mark`).to.be.at.least(-eps);
      expect(e.labelX + e.labelWidth, `title of ${e.index} before its mark`).to.be.at.most(e.x0 - o.labelGap + eps);
      const after = layout.events.filter((f) => f.row === e.row && f.x0 > e.x0);
      expect(after, `events after ${e.index}, whose title is before its mark`).to.deep.equal([]);
    }
    // Nothing but the pinned event's title runs past the view's edge.
    if (e.index !== o.pinned) expect(e.labelX + e.labelWidth, `label of ${e.index} past the view`).to.be.at.most(Math.max(o.width, e.labelX) + eps);
  }

  // The pinned event, if visible, is drawn.
  if (o.pinned !== undefined && s.members.includes(o.pinned) && visible(s, o.pinned, o)) {
    expect(placed.has(o.pinned), 'the pinned event is placed').to.be.true;
  }

  // Clusters: in a row of their own, within the view, not overlapping each other.
  const usedRows = new Set(layout.events.map((e) => e.row));
  for (const c of layout.clusters) {
    expect(usedRows.has(c.row), `cluster row ${c.row} also holds events`).to.be.false;
    expect(Number.isInteger(c.row) && c.row >= 0 && c.row < rows, `cluster row ${c.row} of ${rows}`).to.be.true;
    expect(c.count).to.be.at.least(1);
    expect(c.x0 >= -eps && c.x1 <= o.width + eps && c.x0 <= c.x1 + eps, `cluster cell [${c.x0}, ${c.x1}] in [0, ${o.width}]`).to.be.true;
  }
  const clusterRows = new Map<number, Cluster[]>();
  for (const c of layout.clusters) clusterRows.set(c.row, [...(clusterRows.get(c.row) ?? []), c]);
  for (const cells of clusterRows.values()) {
    cells.sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < cells.length; i++) {
      expect(cells[i].x0, `clusters ${JSON.stringify(cells[i - 1])} and ${JSON.stringify(cells[i])}`).to.be.at.least(cells[i - 1].x1 - eps);
    }
  }

  // Every visible event is drawn or counted, once.
  const shown = s.members.filter((i) => visible(s, i, o));
  const counted = layout.clusters.reduce((sum, c) => sum + c.count, 0);
  expect(layout.events.length + counted, `${shown.length} visible: ${layout.events.length} placed, ${counted} in clusters`).to.equal(
    shown.length,
  );
  // … in the cluster of its cell on the time grid (the cell where it comes into view),
  // which says where its events are.
  for (const c of layout.clusters) {
    const members = clusterMembers(s, layout, c, o);
    expect(members, `cluster ${JSON.stringify(c)}`).to.include(c.first);
    expect(c.count, `cluster ${JSON.stringify(c)}`).to.equal(members.length);
    expect(c.start, `cluster ${JSON.stringify(c)}`).to.equal(Math.min(...members.map((i) => s.from[i])));
  }
}

// ---------------------------------------------------------------------------------------

describe('packLane (property-based)', () => {
  it('places events without overlaps and accounts for every visible one', () => {
    let placedSeen = 0;
    let clusteredSeen = 0;
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const layout = packLane(s.lane, s.options);
        try {
          checkLayout(s, layout);
        } catch (error) {
          (error as Error).message += `\n${describeCase(s)}`;
          throw error;
        }
        placedSeen += layout.events.length;
        clusteredSeen += layout.clusters.length;
      }),
      runs(150),
    );
    // Both outcomes must be common, or the properties say little.
    expect(placedSeen).to.be.greaterThan(500);
    expect(clusteredSeen).to.be.greaterThan(50);
  });

  it('keeps every other event clear of the pinned one, whatever its shape', () => {
    // The pinned event is always one of the lane's: often a long bar with its label inside.
    fc.assert(
      fc.property(scenarioArb(), fc.nat(), (s, pick) => {
        fc.pre(s.members.length > 0);
        s.options.pinned = s.members[pick % s.members.length];
        checkLayout(s, packLane(s.lane, s.options));
      }),
      runs(100),
    );
  });

  it("never puts a title before its mark in the first row's reserved start, even past the pinned event", () => {
    // A pinned point under the lane's name (where it goes, being pinned), and a point near
    // the right edge whose title would fit before it, but only over the name.
    const s = build(
      [
        { at: 0.03, length: 0, label: 20 },
        { at: 0.83, length: 0, label: 200 },
      ],
      { start: 0, span: 1000, width: 300, rows: 2 },
      { markRadius: 3, minBar: 2, gap: 6, labelGap: 2, minLabel: 44, cellPx: 64 },
      0,
      0,
    );
    s.options.pinned = 0;
    s.options.reserve = 100;
    const layout = packLane(s.lane, s.options);
    checkLayout(s, layout);
    const last = layout.events.find((e) => e.index === 1)!;
    expect(last.row, 'beside the pinned one').to.equal(0);
    expect(last.labelX, 'after its mark, shortened').to.be.above(last.x0);
  });

  it('holds on crowded lanes (up to 150 events)', () => {
    fc.assert(
      fc.property(scenarioArb(150), (s) => {
        checkLayout(s, packLane(s.lane, s.options));
      }),
      runs(30),
    );
  });

  it('takes rails only when the lane is crowded without them', () => {
    let railed = 0;
    fc.assert(
      fc.property(scenarioArb(100), (s) => {
        const plain = packLane(s.lane, s.options);
        const expected = plain.clusters.length ? packLane(s.lane, { ...s.options, rails: true }) : plain;
        const layout = packLane(s.lane, { ...s.options, railsWhenCrowded: true });
        expect(layout).to.deep.equal(expected);
        if (layout.rails) railed++;
      }),
      runs(100),
    );
    expect(railed).to.be.greaterThan(10);
  });

  it('reveals a cluster’s events as the view zooms in on them', () => {
    let revealed = 0;
    fc.assert(
      fc.property(scenarioArb(60), fc.nat(), (s, pick) => {
        delete s.options.pinned;
        const before = packLane(s.lane, s.options);
        fc.pre(before.clusters.length > 0);
        const cluster = before.clusters[pick % before.clusters.length];
        const members = clusterMembers(s, before, cluster);
        const member = members[pick % members.length];
        const at = s.from[member];
        // Reasonable data: fewer events stay on top of it however far the view zooms in
        // (those spanning its start) than the lane has rows for events and may draw; the
        // others start and end a second away at least (the finest view below is 100 ms).
        const covering = s.members.filter((i) => i !== member && s.from[i] <= at && s.to[i] >= at);
        fc.pre(covering.length < Math.min(s.options.rows - 1, s.options.maxEvents ?? Infinity));
        fc.pre(s.members.every((i) => i === member || covering.includes(i) || (Math.abs(s.from[i] - at) >= 1000 && Math.abs(s.to[i] - at) >= 1000)));
        // Halve the view around the member's start until it is drawn.
        for (let span = s.options.width / s.options.k / 2; span >= 100; span /= 2) {
          const k = s.options.width / span;
          const zoomed: PackOptions = { ...s.options, k, b: -(at - span / 2) * k, bucket: bucketFor(s.cellPx, k) };
          const layout = packLane(s.lane, zoomed);
          checkLayout(s, layout, zoomed);
          if (layout.events.some((e) => e.index === member)) {
            revealed++;
            return;
          }
        }
        expect.fail(`event ${member} of ${JSON.stringify(cluster)} never drawn`);
      }),
      runs(60),
    );
    expect(revealed).to.be.greaterThan(20);
  });
});
