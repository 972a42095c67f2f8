import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';
import { localWallClock, wallClock } from '../src/time/zone.js';

describe('wall clocks', () => {
  it('moves instants by the browser zone’s offset at each instant, whatever day it falls on', () => {
    const instant = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      // Around the changes of offset of many zones (March, October, November).
      fc.integer({ min: Date.UTC(2022, 2, 1), max: Date.UTC(2022, 11, 1) }),
    );
    const clock = localWallClock();
    fc.assert(
      fc.property(instant, (t) => {
        expect(clock(t)).to.equal(t - new Date(t).getTimezoneOffset() * 6e4);
      }),
      { numRuns: 2000 },
    );
    expect(clock(NaN)).to.be.NaN;
  });

  describe('in zones with changes of offset', () => {
    after(() => executeServerCommand('time-zone', {}));
    // Summer time (New York, Kyiv), half an hour of it (Lord Howe), an offset of half an hour (Kolkata), and one kept all year round.
    for (const [id, changes] of [['America/New_York', true], ['Europe/Kyiv', true], ['Australia/Lord_Howe', true], ['Asia/Kolkata', false], ['Asia/Tokyo', false]] as const) {
      it(`follows ${id} through its changes, for instants in any order`, async () => {
        await executeServerCommand('time-zone', { id });
        const january = new Date(Date.UTC(2022, 0, 15)).getTimezoneOffset();
        const july = new Date(Date.UTC(2022, 6, 15)).getTimezoneOffset();
        expect([january !== 0, january !== july], `the page is in ${id}`).to.deep.equal([true, changes]);
        // A dataset's instants: starts in time order over two years, each with an end soon after.
        const starts = fc.array(fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2023, 0, 1) }), { minLength: 1, maxLength: 200 });
        const anyInstant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
        fc.assert(
          fc.property(starts, fc.array(fc.integer({ min: 0, max: 40 * 864e5 })), fc.array(anyInstant, { maxLength: 20 }), (list, spans, strays) => {
            const clock = localWallClock();
            const instants = list.sort((a, b) => a - b).flatMap((t, i) => [t, t + (spans[i] ?? 0)]);
            for (const t of [...instants, ...strays, ...instants]) expect(clock(t), new Date(t).toISOString()).to.equal(t - new Date(t).getTimezoneOffset() * 6e4);
          }),
          { numRuns: 100 },
        );
      });
    }
  });

  it('reads a named zone through Intl, summer and winter', () => {
    const kyiv = wallClock('Europe/Kyiv');
    expect(kyiv(Date.UTC(2022, 1, 24, 3, 0))).to.equal(Date.UTC(2022, 1, 24, 5, 0)); // UTC+2 in February
    expect(kyiv(Date.UTC(2022, 6, 1, 12, 0))).to.equal(Date.UTC(2022, 6, 1, 15, 0)); // UTC+3 in July
    expect(wallClock('UTC')(123)).to.equal(123);
  });
});
