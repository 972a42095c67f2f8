import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localWallClock, wallClock } from '../src/time/zone.js';

describe('wall clocks', () => {
  it('moves instants by the browser zone’s offset at each instant, whatever day it falls on', () => {
    const instant = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      // Around the changes of offset of many zones (March, October, November).
      fc.integer({ min: Date.UTC(2022, 2, 1), max: Date.UTC(2022, 11, 1) }),
    );
    fc.assert(
      fc.property(instant, (t) => {
        expect(localWallClock(t)).to.equal(t - new Date(t).getTimezoneOffset() * 6e4);
      }),
      { numRuns: 2000 },
    );
    expect(localWallClock(NaN)).to.be.NaN;
  });

  it('reads a named zone through Intl, summer and winter', () => {
    const kyiv = wallClock('Europe/Kyiv');
    expect(kyiv(Date.UTC(2022, 1, 24, 3, 0))).to.equal(Date.UTC(2022, 1, 24, 5, 0)); // UTC+2 in February
    expect(kyiv(Date.UTC(2022, 6, 1, 12, 0))).to.equal(Date.UTC(2022, 6, 1, 15, 0)); // UTC+3 in July
    expect(wallClock('UTC')(123)).to.equal(123);
  });
});
