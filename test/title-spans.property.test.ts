// Property-based tests of titleSpans: down a vertical axis, a title runs on over the
// columns to its right only where no event's box is, and as far as they are free.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { titleSpans, type InColumn } from '../src/layout/title-spans.js';

const height = 24;
const runs = { numRuns: 300, includeErrorInReport: true };

/** Events in 2 lanes of up to 4 columns: points (24 px boxes) and bars, some starting above the view. */
const layouts = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    events: fc.array(
      fc.record({
        lane: fc.integer({ min: 0, max: 1 }),
        row: fc.integer({ min: 0, max: columns - 1 }),
        x0: fc.integer({ min: -60, max: 400 }),
        length: fc.oneof(fc.constant(height), fc.integer({ min: height, max: 300 })),
      }),
      { maxLength: 40 },
    ),
  }),
);

const top = (e: InColumn) => Math.max(e.x0, 0);
/** Whether `b`'s box, in column `column` of `e`'s lane, crosses the height of `e`'s title. */
const crosses = (e: InColumn, b: InColumn, column: number) =>
  b.lane === e.lane && b.row === column && top(b) < top(e) + height && Math.max(b.x1, top(b) + height) > top(e);

describe('titleSpans (property-based)', () => {
  it('lets a title over the next columns only while no box there crosses it, and as far as they are free', () => {
    fc.assert(
      fc.property(layouts, ({ columns, events }) => {
        const laid: InColumn[] = events.map((e) => ({ lane: e.lane, row: e.row, x0: e.x0, x1: e.x0 + e.length }));
        const spans = titleSpans(laid, columns, height);
        laid.forEach((e, i) => {
          const span = spans[i];
          expect(span).to.be.at.least(1);
          expect(e.row + span, 'within the lane').to.be.at.most(columns);
          for (let column = e.row + 1; column < e.row + span; column++) {
            expect(laid.some((b) => crosses(e, b, column)), `column ${column} is free`).to.be.false;
          }
          // It stops at the lane's last column, or at a column some box crosses.
          const next = e.row + span;
          expect(next === columns || laid.some((b) => crosses(e, b, next)), 'as far as free').to.be.true;
        });
      }),
      runs,
    );
  });

  it('a title beside a bar that runs on down the next column stops before it', () => {
    const events: InColumn[] = [
      { lane: 0, row: 0, x0: 100, x1: 124 },
      { lane: 0, row: 1, x0: 20, x1: 300 }, // a bar from above, still running at 100
      { lane: 0, row: 0, x0: 400, x1: 424 },
    ];
    expect(titleSpans(events, 3, height)).to.deep.equal([1, 2, 3]);
  });
});
