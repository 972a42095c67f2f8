import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { badgeBoxes, settle, shadow, timeline, wait, type CrisisTimeline } from './helpers.js';

const events = [
  { id: 'early', title: 'Early', start: '2022-02-03' },
  { id: 'middle', title: 'Middle', start: '2022-02-10' },
  { id: 'late', title: 'Late', start: '2022-02-17' },
];

/** Milliseconds of the view. */
const view = (el: CrisisTimeline) => [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];

/** The time at `fraction` of the way across the view. */
const timeAt = (el: CrisisTimeline, fraction: number) => {
  const [start, end] = view(el);
  return start + fraction * (end - start);
};

/** The plot's box on the screen. */
const plotBox = (el: CrisisTimeline) => shadow(el, '.plot')[0].getBoundingClientRect();

/** A mouse drag across the plot, from `fraction` of its width by `dx` screen px, in steps. */
async function drag(el: CrisisTimeline, fraction: number, dx: number) {
  const box = plotBox(el);
  const [x, y] = [Math.round(box.left + box.width * fraction), Math.round(box.top + box.height * 0.8)];
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 10; i++) await sendMouse({ type: 'move', position: [Math.round(x + (dx * i) / 10), y] });
  await sendMouse({ type: 'up' });
  await sendMouse({ type: 'move', position: [0, 0] });
  await settle(el);
}

/** A wheel step over the plot at `fraction` of its width, as a mouse wheel sends it. */
async function wheelAt(el: CrisisTimeline, fraction: number, deltaY: number): Promise<boolean> {
  const box = plotBox(el);
  const step = new WheelEvent('wheel', { deltaY, clientX: box.left + box.width * fraction, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, composed: true });
  shadow(el, '.plot')[0].dispatchEvent(step);
  await settle(el);
  return step.defaultPrevented;
}

describe('the mouse and the wheel', () => {
  it('a drag pans with the pointer, and the click it ends with selects nothing', async () => {
    const el = await timeline(html`<crisis-timeline time-zone="UTC" start="2022-02-05" end="2022-02-12" style="width:800px" .events=${events}></crisis-timeline>`);
    const before = view(el);
    const msPerPx = (before[1] - before[0]) / plotBox(el).width;
    await drag(el, 0.5, -200);
    const after = view(el);
    expect((after[0] - before[0]) / msPerPx, 'px of time moved').to.be.closeTo(200, 3);
    expect(el.selected, 'no selection from the click a drag ends with').to.equal(null);
    // A click that does not move still selects.
    const mark = shadow(el, '[data-id="middle"] .mark')[0].getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(mark.left + mark.width / 2), Math.round(mark.top + mark.height / 2)] });
    await settle(el);
    expect(el.selected).to.equal('middle');
  });

  it('the wheel zooms about the pointer, and at the widest view lets the page scroll', async () => {
    const el = await timeline(html`<crisis-timeline time-zone="UTC" style="width:800px" .events=${events}></crisis-timeline>`);
    el.fit();
    await settle(el);
    expect(await wheelAt(el, 0.25, 100), 'zooming out of "All": the page scrolls').to.equal(false);
    const under = timeAt(el, 0.25);
    const span = view(el)[1] - view(el)[0];
    expect(await wheelAt(el, 0.25, -100), 'zooming in').to.equal(true);
    expect(view(el)[1] - view(el)[0], 'narrower').to.be.below(span * 0.9);
    expect(Math.abs(timeAt(el, 0.25) - under) / span, 'the time under the pointer stays').to.be.below(0.002);
    await wait(200); // the gesture comes to rest
  });

  describe('in a page scaled with a CSS transform (a slide deck)', () => {
    const scaled = async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="transform:scale(0.5);transform-origin:0 0;width:800px">
        <crisis-timeline time-zone="UTC" start="2022-02-05" end="2022-02-12" .events=${events}></crisis-timeline>
      </div>`);
      const el = host.querySelector('crisis-timeline')!;
      await settle(el);
      return el;
    };

    it('the wheel keeps the time under the pointer where it is', async () => {
      const el = await scaled();
      const under = timeAt(el, 0.25);
      const span = view(el)[1] - view(el)[0];
      for (let i = 0; i < 3; i++) await wheelAt(el, 0.25, -100);
      expect(view(el)[1] - view(el)[0]).to.be.below(span * 0.8);
      expect(Math.abs(timeAt(el, 0.25) - under) / span).to.be.below(0.002);
    });

    it('a cluster badge is found under the pointer', async () => {
      const at = (i: number) => new Date(Date.UTC(2022, 1, 10, 8) + i * 6e5).toISOString().slice(0, 16) + 'Z';
      const crowded = [...Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, title: `Crowded ${i}`, start: at(i) })), { id: 'far', title: 'Far', start: '2022-08-01' }];
      const host = await fixture<HTMLDivElement>(html`<div style="transform:scale(0.5);transform-origin:0 0;width:900px">
        <crisis-timeline time-zone="UTC" .events=${crowded}></crisis-timeline>
      </div>`);
      const el = host.querySelector('crisis-timeline')!;
      el.fit();
      await settle(el);
      const [badge] = badgeBoxes(el); // on the screen, from the plot's corner
      const box = plotBox(el);
      await sendMouse({ type: 'move', position: [Math.round(box.left + badge.x + badge.width / 2), Math.round(box.top + badge.y + badge.height / 2)] });
      await settle(el);
      expect(getComputedStyle(shadow(el, '.plot')[0]).cursor).to.equal('zoom-in');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('a drag moves the time under the pointer with it', async () => {
      const el = await scaled();
      const before = view(el);
      // 100 screen px are 200 of the element's own.
      const msPerScreenPx = (before[1] - before[0]) / plotBox(el).width;
      await drag(el, 0.5, -100);
      expect((view(el)[0] - before[0]) / msPerScreenPx).to.be.closeTo(100, 3);
    });
  });
});
