import { expect } from '@open-wc/testing';
import { scaleTime } from '../src/time/scale.js';
import { axisTicks } from '../src/time/ticks.js';

/** 1 January of the astronomical year `y` (0 is 1 BC), in ms. */
const year = (y: number) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(y);

describe('axisTicks', () => {
  it('puts ticks across the common era on round BC years, and on AD 1 rather than 1 BC', () => {
    for (const [from, to, width] of [
      [-500, 2100, 900],
      [-2000, 500, 1400],
      [-60, 40, 900],
      [-12, 8, 400],
    ]) {
      const ticks = axisTicks(scaleTime([new Date(year(from)), new Date(year(to))], [0, width]), { locale: 'en-GB' });
      const labels = ticks.minor.map((t) => t.label);
      const years = ticks.minor.map((t) => new Date(t.value).getUTCFullYear());
      const step = Math.max(...years.slice(1).map((y, i) => y - years[i]));
      expect(step, labels.join(', ')).to.be.above(2);
      const bc = labels.filter((l) => /BC/.test(l)).map((l) => Number(l.replace(/\D/g, '')));
      expect(bc.length, labels.join(', ')).to.be.above(0);
      for (const n of bc) expect(n % step, `${labels.join(', ')}: ${n} BC`).to.equal(0);
      expect(labels, 'no 1 BC').to.not.include('1 BC');
    }
  });

  it('leaves yearly ticks on every year', () => {
    const ticks = axisTicks(scaleTime([new Date(year(-3)), new Date(year(3))], [0, 900]), { locale: 'en-GB' });
    const years = ticks.minor.map((t) => new Date(t.value).getUTCFullYear());
    expect(years).to.deep.equal([-3, -2, -1, 0, 1, 2, 3]);
  });
});
