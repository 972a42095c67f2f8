// Property-based tests of the native-sort ordering behind the events' chronological
// order and each lane's order.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { orderBy, sortBuckets } from '../src/layout/order.js';

const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

// Values near a few far-apart ones, so that the range is wide and close values share a step.
const value = fc
  .tuple(fc.constantFrom(-8.64e15, -1, 0, 1.6e12, 8.64e15), fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })))
  .map(([a, b]) => a + b);

describe('orderBy (property-based)', () => {
  it('orders positions as a comparison sort does, ties by the comparison', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.boolean(), (values, reverseTies) => {
        const compare = (a: number, b: number) => values[a] - values[b] || (reverseTies ? b - a : a - b);
        const expected = values.map((_, i) => i).sort(compare);
        expect([...orderBy(values, compare)]).to.deep.equal(expected);
      }),
      runs(300),
    );
  });
});

describe('sortBuckets (property-based)', () => {
  it('returns the positions by bucket, then position, and shows each shared bucket once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 100 }), (buckets) => {
        const keys = Float64Array.from(buckets, (b, i) => b * 2 ** 20 + i);
        const seen: number[][] = [];
        const order = sortBuckets(keys, (positions) => seen.push([...positions]));
        const expected = buckets.map((_, i) => i).sort((a, b) => buckets[a] - buckets[b] || a - b);
        expect([...order]).to.deep.equal(expected);
        const shared = [...new Set(buckets)].sort((a, b) => a - b).map((b) => expected.filter((i) => buckets[i] === b)).filter((g) => g.length > 1);
        expect(seen).to.deep.equal(shared);
      }),
      runs(300),
    );
  });
});
