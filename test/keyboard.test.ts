import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { days, drawnIds, nextEvent, settle, shadow, timeline, wait, type CrisisTimeline } from './helpers.js';

const sample = [
  { id: 'a', title: 'Alpha', start: '2022-02-01', category: 'one' },
  { id: 'b', title: 'Bravo', start: '2022-02-03', category: 'two' },
  { id: 'c', title: 'Charlie', start: '2022-02-03', category: 'one' },
  { id: 'd', title: 'Delta', start: '2022-02-05', category: 'two' },
  { id: 'far', title: 'Far away', start: '2022-06-01', category: 'one' },
];

/** The id of the event that has the focus inside the component, if any. */
const focusedId = (el: CrisisTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset?.id;

/** Renders the sample showing 1–6 February, and tabs into the events. */
async function tabbedIn(): Promise<CrisisTimeline> {
  const before = document.createElement('button');
  before.textContent = 'before';
  document.body.append(before);
  const el = await timeline(html`<crisis-timeline style="width:900px" no-legend .events=${sample} start="2022-02-01" end="2022-02-06"></crisis-timeline>`);
  before.focus();
  // Past the toolbar's six buttons into the events.
  for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
  await settle(el);
  before.remove();
  return el;
}

async function press(el: CrisisTimeline, key: string): Promise<void> {
  const [modifier, name] = key.includes('+') && key.length > 1 ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: name });
  if (modifier) await sendKeys({ up: modifier });
  await wait(60);
  await settle(el);
}

describe('keyboard', () => {
  it('has one tab stop among the events: the first drawn one', async () => {
    const el = await tabbedIn();
    expect(focusedId(el)).to.equal('a');
    const stops = shadow(el, '[part~="event"]').filter((e) => e.tabIndex === 0);
    expect(stops.length).to.equal(1);
  });

  it('shows the tooltip of the event the arrow keys move to', async () => {
    const el = await tabbedIn();
    const tip = () => shadow(el, '[part~="tooltip"]')[0]?.textContent ?? '';
    expect(tip()).to.contain('Alpha');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('b');
    expect(tip()).to.contain('Bravo');
    await press(el, 'ArrowRight');
    expect(tip()).to.contain('Charlie');
    // Selected, its detail panel says it all: no tooltip over it; the next event has one again.
    await press(el, 'Enter');
    expect(shadow(el, '[part~="detail"]').length).to.equal(1);
    expect(shadow(el, '[part~="tooltip"]').length).to.equal(0);
    await press(el, 'ArrowRight');
    expect(tip()).to.not.equal('');
  });

  it('moves through the events in time order with the arrow keys, Home and End', async () => {
    const el = await tabbedIn();
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('c');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('a');
    await press(el, 'End');
    expect(focusedId(el)).to.equal('far');
  });

  it('brings the focused event into view when it was outside', async () => {
    const el = await tabbedIn();
    await press(el, 'End');
    await wait(300);
    await settle(el);
    expect(focusedId(el)).to.equal('far');
    expect(drawnIds(el)).to.include('far');
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.below(Date.UTC(2022, 5, 1));
    expect(end.getTime()).to.be.above(Date.UTC(2022, 5, 2));
  });

  it('moves up and down across rows to the nearest event', async () => {
    const el = await tabbedIn();
    await press(el, 'ArrowRight'); // Bravo, 3 Feb
    const row = (id: string) => shadow(el, `[data-id="${id}"]`)[0].getBoundingClientRect().top;
    expect(row('b')).to.not.equal(row('c'));
    const down = row('c') > row('b') ? 'ArrowDown' : 'ArrowUp';
    await press(el, down);
    expect(focusedId(el)).to.equal('c');
  });

  it('Enter selects and opens the details; Escape closes them and keeps the focus on the event', async () => {
    const el = await tabbedIn();
    await press(el, 'ArrowRight');
    const selected = nextEvent(el, 'timeline-select');
    await press(el, 'Enter');
    expect((await selected).detail.id).to.equal('b');
    expect(el.selected).to.equal('b');
    expect(shadow(el, '[part~="detail"] h2')[0].textContent).to.equal('Bravo');
    await press(el, 'Escape');
    expect(el.selected).to.equal(null);
    expect(shadow(el, '[part~="detail"]').length).to.equal(0);
    expect(focusedId(el)).to.equal('b');
  });

  it('Space selects too', async () => {
    const el = await tabbedIn();
    await press(el, ' ');
    expect(el.selected).to.equal('a');
  });

  it('+ and - zoom, shift+arrows pan, 0 shows everything', async () => {
    const el = await tabbedIn();
    const span = () => days(el.visibleRange.start, el.visibleRange.end);
    const before = span();
    await press(el, '+');
    await wait(400);
    await settle(el);
    expect(span()).to.be.closeTo(before / 2, 0.05);
    await press(el, '-');
    await wait(400);
    await settle(el);
    expect(span()).to.be.closeTo(before, 0.05);
    const start = el.visibleRange.start.getTime();
    await press(el, 'Shift+ArrowRight');
    await wait(300);
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.be.above(start);
    await press(el, '0');
    await wait(700);
    await settle(el);
    expect(el.visibleRange.end.getTime()).to.be.above(Date.UTC(2022, 5, 1));
  });

  it('the focused event keeps its place while a zoom pins it in view', async () => {
    const el = await tabbedIn();
    await press(el, 'ArrowRight');
    await press(el, '+');
    await wait(400);
    await settle(el);
    expect(focusedId(el)).to.equal('b');
  });

  it('the toolbar buttons are labelled and reachable', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample}></crisis-timeline>`);
    const labels = shadow<HTMLButtonElement>(el, '[part~="controls"] button').map(
      (b) => b.getAttribute('aria-label') ?? b.textContent.trim(),
    );
    expect(labels).to.include.members(['Zoom in', 'Zoom out', 'Show all events', 'Previous event', 'Next event']);
    expect(shadow<HTMLButtonElement>(el, '[part~="controls"] button').every((b) => b.tabIndex === 0)).to.be.true;
  });
});
