// Property-based tests of fewerLanes: lanes too many for the room share the last one.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { laneEvents } from '../src/layout/lane.js';
import { fewerLanes, type Lane, type TimelineModel } from '../src/layout/model.js';

/** Lanes of events on a few hours (so that ties are common), each event in one lane. */
const lanesOf = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 120 }), fc.array(fc.nat(), { maxLength: 120 }), fc.integer({ min: 1, max: 15 }))
  .map(([hours, picks, laneCount]) => {
    const from = Float64Array.from(hours.map((h) => h * 36e5));
    const groups: number[][] = Array.from({ length: laneCount }, () => []);
    hours.forEach((_, i) => groups[(picks[i] ?? i) % laneCount].push(i));
    const lanes: Lane[] = groups.map((members, l) => ({ key: `k${l}`, label: `Lane ${l}`, members, events: laneEvents(members, from, from) }));
    return { from, to: from, lanes } as unknown as TimelineModel;
  });

describe('fewerLanes (property-based)', () => {
  it('keeps the first lanes and puts every other event, once, in a last lane named for how many it holds', () => {
    fc.assert(
      fc.property(lanesOf, fc.integer({ min: 1, max: 16 }), (model, count) => {
        const lanes = fewerLanes(model, count);
        if (model.lanes.length <= count) {
          expect(lanes).to.equal(model.lanes);
          return;
        }
        expect(lanes.length).to.equal(count);
        expect(lanes.slice(0, -1)).to.deep.equal(model.lanes.slice(0, count - 1));
        const shared = lanes.at(-1)!;
        const merged = model.lanes.slice(count - 1);
        expect(shared.label).to.equal(count > 1 ? `${merged.length} more lanes` : '');
        const members = merged.flatMap((lane) => [...lane.events.index]).sort((a, b) => a - b);
        expect([...shared.events.index].sort((a, b) => a - b)).to.deep.equal(members);
        // In time order; events that start together in their order.
        for (let i = 1; i < shared.events.index.length; i++) {
          const [a, b] = [shared.events.index[i - 1], shared.events.index[i]];
          expect(model.from[a] < model.from[b] || (model.from[a] === model.from[b] && a < b), `${a} before ${b}`).to.be.true;
        }
      }),
      { numRuns: 300 },
    );
  });
});
