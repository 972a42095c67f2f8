import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { textWidths } from '../src/layout/text-width.js';

describe('textWidths', () => {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = '13px sans-serif';
  const measure = (text: string) => context.measureText(text).width;

  it('measures each character of simple text once, and other text whole', () => {
    const asked: string[] = [];
    const width = textWidths((text) => {
      asked.push(text);
      return text.length * 10;
    });
    expect(width('Kyiv')).to.equal(40);
    expect(width('Kiev')).to.equal(40);
    expect(asked).to.deep.equal(['K', 'y', 'i', 'v', 'e']);
    expect(width('Київ')).to.equal(40); // Cyrillic: no shaping, by characters
    expect(width('كييف')).to.equal(40); // Arabic joins its letters: measured whole
    expect(asked.slice(-1)).to.deep.equal(['كييف']);
  });

  it('never makes Latin and Cyrillic titles narrower than the browser draws them', () => {
    const width = textWidths(measure);
    const title = fc.array(fc.constantFrom(...'AVTWYafiflo.,;:()-– 0123456789ЗапоріжжяКиївTo'), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(title, (text) => {
        expect(width(text), text).to.be.at.least(measure(text) - 0.5);
      }),
      { numRuns: 300 },
    );
  });
});
