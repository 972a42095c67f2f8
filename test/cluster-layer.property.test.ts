import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { drawBadges, type BadgeLook, type BadgeSpec } from '../src/parts/cluster-layer.js';

const look: BadgeLook = {
  font: '600 11px sans-serif',
  color: 'rgb(0, 0, 0)',
  background: 'rgb(255, 255, 255)',
  border: 'rgb(0, 0, 0)',
  borderWidth: 1,
  radius: 12,
  padding: 4,
  maxWidth: 62,
};
const cell = 64;
const gap = 2;

/**
 * Rows of cluster cells 64 px wide, as the timeline makes them: the grid starts anywhere,
 * so the first and last cells of a row may be slivers at the ends of the view, and a badge
 * is centred on the visible part of its cell. Some cells have no cluster.
 */
const scenario = fc.record({
  axis: fc.constantFrom('x' as const, 'y' as const),
  length: fc.integer({ min: 150, max: 900 }),
  offset: fc.integer({ min: 0, max: cell - 1 }),
  rows: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })), { maxLength: 16 }), { minLength: 1, maxLength: 3 }),
});

function specsOf({ length, offset, rows }: { length: number; offset: number; rows: number[][] }): BadgeSpec[] {
  const specs: BadgeSpec[] = [];
  rows.forEach((counts, row) => {
    counts.forEach((count, j) => {
      const from = Math.max(0, j * cell - offset);
      const to = Math.min(length, (j + 1) * cell - offset);
      if (count === 0 || to <= from) return;
      specs.push({ key: `${row}:${j}`, text: `+${count}`, along: (from + to) / 2, across: row * 30 });
    });
  });
  return specs;
}

describe('drawBadges (property-based)', () => {
  it('keeps every badge whole inside the view wherever its neighbours leave room, and never lets two in a row meet', () => {
    const canvas = document.createElement('canvas');
    let moved = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const specs = specsOf(s);
        const [width, height] = s.axis === 'x' ? [s.length, 100] : [100, s.length];
        const badges = drawBadges(canvas, specs, look, { width, height, ratio: 1, axis: s.axis, badgeHeight: 20 });
        expect(badges.map((b) => b.key)).to.deep.equal(specs.map((spec) => spec.key));
        const along = (b: (typeof badges)[number]) => (s.axis === 'x' ? [b.x, b.x + b.width] : [b.y, b.y + b.height]);
        badges.forEach((badge, i) => {
          const [from, to] = along(badge);
          const centred = specs[i].along - (to - from) / 2;
          if (Math.abs(from - centred) > 1e-9) moved++;
          const next = badges[i + 1];
          if (next && specs[i + 1].across === specs[i].across) {
            expect(along(next)[0], `badges ${badge.key} and ${next.key} apart`).to.be.at.least(to + gap - 1e-9);
          }
          // Whole in view, unless the badges beside it leave too little room.
          if (from < 0 || to > s.length) {
            const before = badges[i - 1] && specs[i - 1].across === specs[i].across ? along(badges[i - 1])[1] + gap : 0;
            const after = next && specs[i + 1].across === specs[i].across ? along(next)[0] - gap : s.length;
            expect(to - from, `badge ${badge.key} cut though there was room`).to.be.above(after - before);
          }
        });
      }),
      { numRuns: 300 },
    );
    expect(moved, 'badges moved in from the ends in some cases').to.be.greaterThan(0);
  });
});
