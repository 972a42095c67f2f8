import { expect } from '@open-wc/testing';
import data from '../src/data/article-events.json';
import { validate } from '../src/data/validate.js';

describe('the built-in dataset', () => {
  let article: string;
  before(async () => {
    article = await (await fetch('/src/data/article.txt')).text();
  });

  it('is the article verbatim', () => {
    expect(article.startsWith('UK foreign secretary Liz Truss has called on Russia')).to.be.true;
    expect(article.endsWith('Photo taken from Wikimedia Commons')).to.be.true;
  });

  it('quotes every event verbatim, at its offsets in the article', () => {
    for (const event of data.events) {
      const { quote, start, end } = event.source;
      expect(article.includes(quote), `${event.id}: quote not in the article`).to.be.true;
      expect(article.slice(start, end), `${event.id}: offsets`).to.equal(quote);
    }
  });

  it('passes validation without a single problem', () => {
    const result = validate(data);
    expect(result.problems).to.deep.equal([]);
    expect(result.events.length).to.equal(data.events.length);
  });

  it('has unique ids and is in chronological order', () => {
    const ids = data.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const result = validate(data);
    expect(result.events.map((e) => e.event.id)).to.deep.equal(ids);
  });

  it('covers the events the article names', () => {
    const ids = new Set(data.events.map((e) => e.id));
    for (const id of [
      'nato-founded', 'johnson-moscow-visit-2017', 'russia-troop-build-up', 'truss-moscow-visit', 'truss-lavrov-talks',
      'johnson-brussels-stoltenberg', 'johnson-warsaw-duda', 'wallace-moscow-shoigu', 'starmer-brussels-nato',
      'russia-belarus-drills', 'uk-troops-on-alert', 'royal-marines-poland', 'uk-estonia-doubling',
      'raf-jets-southern-europe', 'navy-eastern-mediterranean', 'sanctions-package-parliament', 'normandy-format-talks-berlin',
    ]) {
      expect(ids.has(id), id).to.be.true;
    }
  });

  it('dates the Russia–Belarus drills over the 10 consecutive days, 10 to 20 February 2022', () => {
    const drills = data.events.find((e) => e.id === 'russia-belarus-drills')!;
    expect([drills.start, drills.end]).to.deep.equal(['2022-02-10', '2022-02-20']);
  });
});
