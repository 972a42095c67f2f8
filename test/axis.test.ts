// drawAxis on its own: what d3 draws into the groups of an <svg> that someone else renders.

import { expect } from '@open-wc/testing';
import { drawAxis, type AxisView } from '../src/parts/axis.js';
import { scaleTime } from '../src/time/scale.js';
import { axisTicks } from '../src/time/ticks.js';

/** An <svg> with the element's three groups, in the page so that text is laid out. */
function axisNode(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = '<svg width="600" height="300" style="font: 12px sans-serif"><g class="grid"></g><g class="major"></g><g class="minor"></g></svg>';
  document.body.append(holder);
  return holder.querySelector('svg')!;
}

/** 3 to 23 February 2022 across 600 px, or down 600 px. */
function view(along: 'x' | 'y'): AxisView {
  const scale = scaleTime([Date.UTC(2022, 1, 3), Date.UTC(2022, 1, 23)], [0, 600]);
  return { scale, ticks: axisTicks(scale, { locale: 'en-GB' }), along, width: along === 'x' ? 600 : 300, height: along === 'x' ? 300 : 600 };
}

describe('drawAxis', () => {
  it('draws a tick and a grid line at each minor tick, and the major labels from the left edge', () => {
    const node = axisNode();
    const x = view('x');
    drawAxis(node, x, new Map());
    const ticks = node.querySelectorAll('.minor .tick');
    expect(ticks.length).to.be.above(3);
    expect(ticks.length).to.equal(x.ticks.minor.length);
    expect([...ticks].map((t) => t.textContent)).to.deep.equal(x.ticks.minor.map((t) => t.label));
    expect(node.querySelector('.grid path')!.getAttribute('d')!.match(/M/g)!.length).to.equal(x.ticks.minor.length);
    // "February 2022" is in force at the left edge: it sticks there, 8 px in.
    const month = node.querySelector<SVGTextElement>('.major text')!;
    expect(month.textContent).to.equal('February 2022');
    expect(month.getBoundingClientRect().left - node.getBoundingClientRect().left).to.be.closeTo(8, 1.5);
    node.parentElement!.remove();
  });

  it('starts afresh when the axis turns: no tick keeps the line of the other direction', () => {
    const node = axisNode();
    drawAxis(node, view('x'), new Map());
    expect(node.querySelector('.minor .tick line')!.getAttribute('y2')).to.equal('-4');
    drawAxis(node, view('y'), new Map());
    for (const line of node.querySelectorAll('.minor .tick line')) {
      expect(line.getAttribute('x2')).to.equal('-4');
      expect(line.hasAttribute('y2'), 'a horizontal tick line').to.be.false;
    }
    expect(node.querySelectorAll('.major text').length, 'no major labels down the side').to.equal(0);
    node.parentElement!.remove();
  });
});
