// Property-based tests of laneEvents: a lane's events in the order of their marks,
// whether they come nearly in order (as a timeline's do) or in any order at all.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { laneEvents } from '../src/layout/lane.js';

const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

/** Marks on a time line: few distinct values, so that ties are common. */
const marks = fc.array(fc.record({ from: fc.integer({ min: 0, max: 40 }).map((t) => t * 36e5), length: fc.integer({ min: 0, max: 3 }).map((h) => h * 36e5) }), { maxLength: 300 });

/** Members in order of their starts, with a few moved (`nudges`), or shuffled. */
const arrangement = fc.oneof(
  fc.record({ kind: fc.constant('nearly' as const), nudges: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 20 }) }),
  fc.record({ kind: fc.constant('any' as const), seed: fc.integer() }),
);

describe('laneEvents (property-based)', () => {
  it('orders members by where their marks start, ties in the members’ order, nearly sorted or not', () => {
    fc.assert(
      fc.property(marks, arrangement, (list, how) => {
        const from = list.map((m) => m.from);
        const to = list.map((m) => m.from + m.length);
        let members = list.map((_, i) => i).sort((a, b) => from[a] - from[b] || a - b);
        if (how.kind === 'nearly') {
          for (const [at, by] of how.nudges) {
            if (!members.length) break;
            const i = at % members.length;
            const j = Math.min(members.length - 1, Math.max(0, i + by));
            [members[i], members[j]] = [members[j], members[i]];
          }
        } else {
          const random = fc.sample(fc.shuffledSubarray(members, { minLength: members.length }), { seed: how.seed, numRuns: 1 })[0];
          members = random;
        }
        const lane = laneEvents(members, from, to);
        const expected = members.map((e, k) => [e, k]).sort((a, b) => from[a[0]] - from[b[0]] || a[1] - b[1]).map(([e]) => e);
        expect([...lane.index]).to.deep.equal(expected);
        expect([...lane.from]).to.deep.equal(expected.map((e) => from[e]));
        expect([...lane.to]).to.deep.equal(expected.map((e) => to[e]));
        expect(lane.maxDuration).to.equal(Math.max(0, ...list.map((m) => m.length)));
        // Ranks are all different; of events that start together, each outranks the next.
        expect(new Set(lane.rank).size).to.equal(lane.rank.length);
        for (let i = 1; i < lane.from.length; i++) if (lane.from[i] === lane.from[i - 1]) expect(lane.rank[i]).to.be.below(lane.rank[i - 1]);
      }),
      runs(300),
    );
  });

  it('sorts a lane of 5,000 events far out of order', () => {
    const from = Array.from({ length: 5000 }, (_, i) => (5000 - i) * 6e4);
    const members = from.map((_, i) => i);
    const lane = laneEvents(members, from, from);
    expect([...lane.index]).to.deep.equal(members.slice().reverse());
  });
});
