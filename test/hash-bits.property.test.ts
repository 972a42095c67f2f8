// Property-based tests of HashBits, the bit set that says which ids might repeat.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HashBits } from '../src/data/hash-bits.js';

const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });
const hash = fc.nat(2 ** 32 - 1);

describe('HashBits (property-based)', () => {
  it('says every hash added more than once clashes', () => {
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 300 }), fc.array(hash, { minLength: 1, maxLength: 20 }), (once, twice) => {
        const bits = new HashBits(once.length + 2 * twice.length);
        for (const h of [...once, ...twice]) bits.add(h);
        for (const h of twice) bits.add(h);
        for (const h of twice) expect(bits.clashes(h), String(h)).to.be.true;
        expect(bits.clashed).to.be.true;
      }),
      runs(300),
    );
  });

  it('sizes itself so that few distinct hashes clash by chance', () => {
    const bits = new HashBits(100_000);
    const added = new Set<number>();
    let h = 12345;
    while (added.size < 100_000) {
      h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
      if (added.has(h)) continue;
      added.add(h);
      bits.add(h);
    }
    const clashing = [...added].filter((x) => bits.clashes(x)).length;
    // A hash meets another's bit with odds of about 100,000 / 2^22: some 2,400 of them.
    expect(clashing).to.be.within(1_000, 4_000);
    expect(new HashBits(1).clashed).to.be.false;
  });
});
