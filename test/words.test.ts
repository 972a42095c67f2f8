// The component's own words: counts as the cluster buttons, the toolbar and the
// announcements say them.

import { expect } from '@open-wc/testing';
import { compactCount, countWords } from '../src/parts/words.js';

describe('countWords and compactCount', () => {
  it('count exactly below 10,000, with grouped digits and the right plural', () => {
    expect(countWords(0)).to.equal('0 events');
    expect(countWords(1)).to.equal('1 event');
    expect(countWords(999)).to.equal('999 events');
    expect(countWords(1234)).to.equal('1,234 events');
    expect(countWords(9999, 'problem')).to.equal('9,999 problems');
  });

  it('round from 10,000 up, to thousands and then millions', () => {
    expect(countWords(12_345)).to.equal('12.3k events');
    expect(countWords(999_949)).to.equal('999.9k events');
    expect(countWords(999_950)).to.equal('1M events');
    expect(compactCount(999_999)).to.equal('1M');
    expect(countWords(1_200_000)).to.equal('1.2M events');
    expect(compactCount(7)).to.equal('7');
    expect(compactCount(1_250)).to.equal('1.3k');
    expect(compactCount(3_400_000)).to.equal('3.4M');
  });
});
