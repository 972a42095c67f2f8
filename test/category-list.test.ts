// categoryList: the `categories` attribute, whose ids may have spaces of their own.

import { expect } from '@open-wc/testing';
import { categoryList } from '../src/data/category-list.js';

describe('categoryList', () => {
  it('is null for no list, which shows every category', () => {
    for (const text of [null, undefined, '', '   ']) expect(categoryList(text), String(text)).to.equal(null);
  });

  it('names ids one word long, and ids of several words by those words, in order and together', () => {
    const list = categoryList('  diplomacy Main events\n military ')!;
    for (const id of ['diplomacy', 'Main events', 'military']) expect(list.has(id), id).to.be.true;
    for (const id of ['sanctions', 'events Main', 'main events', 'diplomacy military', '']) expect(list.has(id), id).to.be.false;
  });

  it('names an id with a run of spaces or a tab in it by its words, as the legend writes it back', () => {
    const list = categoryList('diplomacy Main  events')!;
    for (const id of ['Main  events', 'Main\tevents', 'Main events', 'diplomacy']) expect(list.has(id), JSON.stringify(id)).to.be.true;
    expect(list.has('Main events now')).to.be.false;
  });

  it('gives the same answer when asked again', () => {
    const list = categoryList('war peace')!;
    expect([list.has('war'), list.has('war'), list.has('talks'), list.has('talks')]).to.deep.equal([true, true, false, false]);
  });
});
