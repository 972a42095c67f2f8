// Property-based tests of the range-maximum tree (src/layout/argmax-tree.ts) against a
// plain walk over the range.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { argmaxTree, topIn } from '../src/layout/argmax-tree.js';

const runs = { numRuns: 300, includeErrorInReport: true };

/** Distinct values (as the lanes' ranks are), a range of positions in them, a k and positions to skip. */
const caseArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 0, maxLength: 80 })
  .chain((values) =>
    fc.record({
      values: fc.constant(Uint32Array.from(values)),
      lo: fc.nat({ max: values.length }),
      hi: fc.nat({ max: values.length }),
      k: fc.integer({ min: 0, max: 12 }),
      skipped: fc.uniqueArray(fc.nat({ max: Math.max(0, values.length - 1) }), { maxLength: values.length }),
    }),
  );

/** The positions in [lo, hi), largest value first. */
const byValue = (values: Uint32Array, lo: number, hi: number) =>
  Array.from({ length: Math.max(0, hi - lo) }, (_, i) => lo + i).sort((a, b) => values[b] - values[a]);

describe('argmax tree (property-based)', () => {
  it('finds the k largest values of any range, largest first, leaving out the skipped ones', () => {
    fc.assert(
      fc.property(caseArb, ({ values, lo, hi, k, skipped }) => {
        const skip = new Set(skipped);
        const found = topIn(argmaxTree(values), values, lo, hi, k, (i) => skip.has(i));
        const expected = byValue(values, lo, hi).filter((i) => !skip.has(i)).slice(0, k);
        expect(found).to.deep.equal(expected);
      }),
      runs,
    );
  });
});
