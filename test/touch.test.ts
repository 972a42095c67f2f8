import { expect, html } from '@open-wc/testing';
import { days, settle, shadow, timeline, wait, type CrisisTimeline } from './helpers.js';

const sample = [
  { id: 'a', title: 'Alpha', start: '2022-02-01' },
  { id: 'b', title: 'Bravo', start: '2022-02-15' },
  { id: 'c', title: 'Charlie', start: '2022-03-01' },
];

function plotBox(el: CrisisTimeline) {
  const plot = shadow(el, '.plot')[0];
  return { plot, box: plot.getBoundingClientRect() };
}

/** A one-finger drag by `dx`, `dy` px, as the pointer events a touch screen sends. */
async function drag(el: CrisisTimeline, dx: number, dy: number) {
  const { plot, box } = plotBox(el);
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const send = (type: string, px: number, py: number) =>
    plot.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: px, clientY: py, bubbles: true }));
  send('pointerdown', x, y);
  for (let i = 1; i <= 10; i++) {
    send('pointermove', x + (dx * i) / 10, y + (dy * i) / 10);
    await new Promise((r) => requestAnimationFrame(r));
  }
  send('pointerup', x + dx, y + dy);
  await settle(el);
}

/** A two-finger pinch, spreading the fingers from `from` to `to` px apart. */
async function pinch(el: CrisisTimeline, from: number, to: number) {
  const { plot, box } = plotBox(el);
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const touches = (gap: number) => [
    new Touch({ identifier: 1, target: plot, clientX: cx - gap / 2, clientY: cy }),
    new Touch({ identifier: 2, target: plot, clientX: cx + gap / 2, clientY: cy }),
  ];
  const send = (type: string, list: Touch[], changed = list) =>
    plot.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : list, targetTouches: list, changedTouches: changed, bubbles: true, cancelable: true }));
  send('touchstart', touches(from));
  for (let i = 1; i <= 10; i++) {
    send('touchmove', touches(from + ((to - from) * i) / 10));
    await new Promise((r) => requestAnimationFrame(r));
  }
  send('touchend', touches(to));
  await settle(el);
}

describe('touch', () => {
  it('one finger along the axis pans the timeline', async () => {
    const el = await timeline(html`<crisis-timeline style="width:800px" .events=${sample} start="2022-02-05" end="2022-02-20"></crisis-timeline>`);
    const before = el.visibleRange;
    await drag(el, -200, 0);
    const after = el.visibleRange;
    expect(after.start.getTime()).to.be.above(before.start.getTime());
    expect(days(after.start, after.end)).to.be.closeTo(days(before.start, before.end), 0.01);
  });

  it('leaves a swipe across the axis to the page (touch-action)', async () => {
    const el = await timeline(html`<crisis-timeline style="width:800px" .events=${sample}></crisis-timeline>`);
    expect(getComputedStyle(shadow(el, '.plot')[0]).touchAction).to.equal('pan-y');
    el.orientation = 'vertical';
    await settle(el);
    expect(getComputedStyle(shadow(el, '.plot')[0]).touchAction).to.equal('pan-x');
  });

  it('two fingers pinch to zoom', async () => {
    const el = await timeline(html`<crisis-timeline style="width:800px" .events=${sample} start="2022-02-05" end="2022-02-20"></crisis-timeline>`);
    const before = days(el.visibleRange.start, el.visibleRange.end);
    await pinch(el, 100, 300);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.closeTo(before / 3, before * 0.05);
  });

  it('a tap selects', async () => {
    const el = await timeline(html`<crisis-timeline style="width:800px" .events=${sample} start="2022-02-05" end="2022-02-20"></crisis-timeline>`);
    const mark = shadow(el, '[data-id="b"]')[0];
    mark.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', isPrimary: true, bubbles: true }));
    mark.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', isPrimary: true, bubbles: true }));
    mark.click();
    await wait(50);
    await settle(el);
    expect(el.selected).to.equal('b');
  });
});
