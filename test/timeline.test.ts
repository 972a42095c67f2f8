import { expect, html } from '@open-wc/testing';
import { countedInClusters, days, drawnIds, nextEvent, settle, shadow, tickLabels, timeline, wait, wheel, type CrisisTimeline } from './helpers.js';

const sample = [
  { id: 'a', title: 'Alpha', start: '2022-02-01' },
  { id: 'b', title: 'Bravo', start: '2022-02-05' },
  { id: 'c', title: 'Charlie', start: '2022-02-09', end: '2022-02-12' },
  { id: 'd', title: 'Delta', start: '2022-02-15' },
  { id: 'e', title: 'Echo', start: '2022-02-20' },
];

describe('<crisis-timeline>', () => {
  it('shows the built-in article events around 10 February 2022 with no attributes', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    expect(el.events.length).to.be.greaterThan(15);
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.lessThan(Date.UTC(2022, 1, 10));
    expect(end.getTime()).to.be.greaterThan(Date.UTC(2022, 1, 11));
    expect(days(start, end)).to.be.lessThan(40);
    const ids = drawnIds(el);
    expect(ids).to.include('truss-lavrov-talks');
    expect(ids).to.include('russia-belarus-drills');
    expect(ids).to.not.include('nato-founded');
  });

  it('draws one mark per event, a point or a bar, each with its label', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.fit();
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    const charlie = shadow(el, '[data-id="c"]')[0];
    expect(charlie.classList.contains('range')).to.be.true;
    expect(shadow(el, '[data-id="a"]')[0].classList.contains('point')).to.be.true;
    const labels = shadow(el, '[part~="label"]').map((l) => l.textContent);
    expect(labels).to.include.members(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('gives back the accepted events in chronological order, each with an id', async () => {
    const el = await timeline(html`<crisis-timeline></crisis-timeline>`);
    el.events = [
      { title: 'Later', start: '2022-03-01' },
      { title: 'Earlier', start: '2021-12' },
    ];
    expect(el.events.map((e) => e.title)).to.deep.equal(['Earlier', 'Later']);
    expect(el.events.every((e) => typeof e.id === 'string' && e.id.length > 0)).to.be.true;
    expect(el.events[0].precision).to.equal('month');
  });

  it('gives back each event whole, as it was read: later changes to the input do not reach it', async () => {
    const talks = {
      id: 'talks', title: ' Talks ', start: '2022-02-10', end: '2022-02-11', status: 'expected' as const, category: 'diplomacy',
      actors: [' Truss ', ''], place: 'Moscow', summary: 'Two days.', source: { quote: 'She flew in.', url: 'https://example.org/a' },
    };
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${[talks, { title: 'Open', date: '2022-02-01/..' }]}></crisis-timeline>`);
    talks.title = talks.summary = talks.source.quote = 'Changed';
    talks.actors.push('Lavrov');
    expect(el.events).to.deep.equal([
      { id: 'event-2', title: 'Open', start: '2022-02-01', end: '..', status: 'ongoing', actors: [], precision: 'day' },
      {
        id: 'talks', title: 'Talks', start: '2022-02-10', end: '2022-02-11', status: 'expected', category: 'diplomacy',
        actors: ['Truss'], place: 'Moscow', summary: 'Two days.', source: { quote: 'She flew in.', url: 'https://example.org/a' }, precision: 'day',
      },
    ]);
    expect(el.events[1]).to.equal(el.events[1], 'the same object each time');
  });

  it('zooms in on the wheel: the visible range narrows and the ticks change', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.fit();
    await settle(el);
    const before = el.visibleRange;
    const ticksBefore = tickLabels(el);
    await wheel(el, -300, 0.5, 4);
    const after = el.visibleRange;
    expect(days(after.start, after.end)).to.be.lessThan(days(before.start, before.end) / 2);
    expect(tickLabels(el)).to.not.deep.equal(ticksBefore);
  });

  it('fires timeline-rangechange when a wheel gesture ends', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    const heard = nextEvent(el, 'timeline-rangechange');
    await wheel(el, -200);
    const event = await heard;
    expect(event.detail.start).to.be.instanceOf(Date);
    expect(event.detail.end.getTime()).to.equal(el.visibleRange.end.getTime());
  });

  it('fit() shows every event again after zooming in', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.zoomTo('2022-02-04', '2022-02-06');
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['b']);
    el.fit();
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.at.most(Date.UTC(2022, 1, 1));
    expect(end.getTime()).to.be.at.least(Date.UTC(2022, 1, 21));
  });

  it('zoomTo() called before the data has come shows that view once it has', async () => {
    const el = document.createElement('crisis-timeline');
    el.style.width = '900px';
    el.src = '/__robust/slow?ms=200&title=Arrived';
    document.body.append(el);
    el.zoomTo('2022-02-02', '2022-02-04');
    try {
      await el.updateComplete;
      await settle(el);
      expect(el.events.length, 'the data has come').to.be.above(0);
      expect(el.visibleRange.start.toISOString()).to.equal('2022-02-02T00:00:00.000Z');
      expect(el.visibleRange.end.toISOString()).to.equal('2022-02-05T00:00:00.000Z');
    } finally {
      el.remove();
    }
  });

  it('zoomTo() shows the time asked for even past the data, and "All" still fits the events', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    const all = el.visibleRange;
    el.zoomTo('2022-01-01', '2022-12-31');
    await settle(el);
    expect(el.visibleRange.start.toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    expect(el.visibleRange.end.toISOString()).to.equal('2023-01-01T00:00:00.000Z');
    el.fit();
    await settle(el);
    expect(el.visibleRange).to.deep.equal(all);
  });

  it('an animated zoomTo() past the data starts from the view shown', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    const before = el.visibleRange;
    el.zoomTo('2021-06-01', '2022-12-31', { animate: true });
    await el.updateComplete;
    const first = el.visibleRange;
    const day = 864e5;
    expect(Math.abs(+first.start - +before.start), 'no jump at the start').to.be.below(day);
    expect(Math.abs(+first.end - +before.end), 'no jump at the end').to.be.below(day);
    await wait(700);
    await settle(el);
    expect(el.visibleRange.start.toISOString()).to.equal('2021-06-01T00:00:00.000Z');
  });

  it('zoomTo() right after new events shows that view, not the new data\'s first one', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.events = [
      { id: 'x', title: 'X', start: '2022-03-01' },
      { id: 'y', title: 'Y', start: '2022-03-20' },
    ];
    el.zoomTo('2022-03-05', '2022-03-08');
    await settle(el);
    expect(el.visibleRange.start.toISOString()).to.equal('2022-03-05T00:00:00.000Z');
    expect(el.visibleRange.end.toISOString()).to.equal('2022-03-09T00:00:00.000Z');
  });

  it('fit() right after new events with a focus of their own shows all of them', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.events = {
      meta: { focus: { start: '2022-03-05', end: '2022-03-08' } },
      events: [
        { id: 'x', title: 'X', start: '2022-03-01' },
        { id: 'y', title: 'Y', start: '2022-03-20' },
      ],
    };
    el.fit();
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.be.at.most(Date.UTC(2022, 2, 1));
    expect(el.visibleRange.end.getTime()).to.be.at.least(Date.UTC(2022, 2, 21));
  });

  it('zoomBy() right after new events zooms from their first view', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    const next = [
      { id: 'x', title: 'X', start: '2022-03-01' },
      { id: 'y', title: 'Y', start: '2022-03-20' },
    ];
    const fresh = await timeline(html`<crisis-timeline style="width:900px" .events=${next}></crisis-timeline>`);
    const span = (t: CrisisTimeline) => +t.visibleRange.end - +t.visibleRange.start;
    el.events = next;
    el.zoomBy(2);
    await settle(el);
    expect(span(el) / span(fresh)).to.be.closeTo(0.5, 0.01);
    expect(+el.visibleRange.start).to.be.above(+fresh.visibleRange.start);
  });

  it('"All" fits the events where start and end reach past them', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample} start="2021-12-01" end="2022-04-30"></crisis-timeline>`);
    expect(el.visibleRange.start.toISOString()).to.equal('2021-12-01T00:00:00.000Z');
    el.fit();
    await settle(el);
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.within(Date.UTC(2022, 0, 25), Date.UTC(2022, 1, 1));
    expect(end.getTime()).to.be.within(Date.UTC(2022, 1, 21), Date.UTC(2022, 1, 28));
    // The view can still be zoomed back out to the whole of what start and end asked for.
    el.zoomBy(0.01);
    await settle(el);
    expect(el.visibleRange.start.toISOString()).to.equal('2021-12-01T00:00:00.000Z');
  });

  it('the "All" button fits everything', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample} start="2022-02-04" end="2022-02-06"></crisis-timeline>`);
    expect(drawnIds(el)).to.deep.equal(['b']);
    shadow(el, '[part~="controls"] button[aria-label="Show all events"]')[0].click();
    await wait(700);
    await settle(el);
    expect(drawnIds(el).length).to.equal(5);
  });

  it('an animated zoomTo glides through views between the two and lands on the one asked for', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    const span = () => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    const before = span();
    el.zoomTo('2022-02-04', '2022-02-06', { animate: true });
    const spans: number[] = [];
    for (let i = 0; i < 20; i++) {
      await wait(30);
      spans.push(span());
    }
    await wait(700);
    await settle(el);
    const day = 864e5;
    expect(spans.some((s) => s < before - day && s > 3 * day), spans.join()).to.be.true;
    expect(el.visibleRange.start.getTime()).to.be.closeTo(Date.UTC(2022, 1, 4), 1000);
    expect(el.visibleRange.end.getTime()).to.be.closeTo(Date.UTC(2022, 1, 7), 1000);
  });

  it('the zoom buttons zoom in and out around the centre', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.zoomTo('2022-02-05', '2022-02-15');
    await settle(el);
    const span = () => days(el.visibleRange.start, el.visibleRange.end);
    const centre = () => (el.visibleRange.start.getTime() + el.visibleRange.end.getTime()) / 2;
    const before = span();
    const middle = centre();
    shadow(el, 'button[aria-label="Zoom in"]')[0].click();
    await wait(700);
    await settle(el);
    expect(span()).to.be.closeTo(before / 2, 0.01);
    expect(centre()).to.be.closeTo(middle, 36e5);
    shadow(el, 'button[aria-label="Zoom out"]')[0].click();
    await wait(700);
    await settle(el);
    expect(span()).to.be.closeTo(before, 0.01);
  });

  it('does not zoom deeper than about an hour or wider than the data', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    await wheel(el, -2000, 0.5, 30);
    const deep = el.visibleRange;
    expect(deep.end.getTime() - deep.start.getTime()).to.be.at.least(36e5 * 0.99);
    expect(deep.end.getTime() - deep.start.getTime()).to.be.below(36e5 * 1.5);
    await wheel(el, 2000, 0.5, 40);
    const wide = el.visibleRange;
    expect(days(wide.start, wide.end)).to.be.below(30);
  });

  it('start and end set the first view', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" start="2022-02-04" end="2022-02-16"></crisis-timeline>`);
    const { start, end } = el.visibleRange;
    expect(start.toISOString()).to.equal('2022-02-04T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2022-02-17T00:00:00.000Z');
  });

  it('changing start and end at run time moves the view', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample}></crisis-timeline>`);
    el.start = '2022-02-14';
    el.end = '2022-02-16';
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['d']);
  });

  it('selects an event on click, highlights it, opens its details and fires timeline-select', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px" locale="en-GB"></crisis-timeline>`);
    const mark = shadow(el, '[data-id="truss-lavrov-talks"]')[0];
    const heard = nextEvent(el, 'timeline-select');
    mark.click();
    const event = await heard;
    expect(event.detail.id).to.equal('truss-lavrov-talks');
    await settle(el);
    expect(el.selected).to.equal('truss-lavrov-talks');
    expect(el.getAttribute('selected')).to.equal('truss-lavrov-talks');
    expect(shadow(el, '[data-id="truss-lavrov-talks"]')[0].getAttribute('aria-selected')).to.equal('true');
    const detail = shadow(el, '[part~="detail"]')[0];
    expect(detail.querySelector('h2')!.textContent).to.equal('Truss holds talks with Lavrov');
    expect(detail.textContent).to.contain('10 February 2022');
    expect(detail.querySelector('blockquote')!.textContent).to.contain('Speaking to her counterpart, Sergei Lavrov');
    expect(detail.textContent).to.contain('Sergei Lavrov');
    expect(detail.textContent).to.contain('Moscow');
  });

  it('closing the details clears the selection', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px" selected="truss-lavrov-talks"></crisis-timeline>`);
    expect(shadow(el, '[part~="detail"]').length).to.equal(1);
    const heard = nextEvent(el, 'timeline-select');
    shadow(el, '[part~="detail"] .close')[0].click();
    expect((await heard).detail.id).to.equal(null);
    await settle(el);
    expect(shadow(el, '[part~="detail"]').length).to.equal(0);
    expect(el.hasAttribute('selected')).to.be.false;
  });

  it('select(id) in the list view leaves the timeline a view to come back to, with the event in it', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${sample} view="list"></crisis-timeline>`);
    el.select('e', { animate: false });
    await settle(el);
    el.view = 'timeline';
    await settle(el);
    expect(Number.isFinite(+el.visibleRange.start) && Number.isFinite(+el.visibleRange.end), JSON.stringify(el.visibleRange)).to.be.true;
    expect(drawnIds(el)).to.include('e');
  });

  it('select(id) brings a far event into view without firing timeline-select', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    let fired = false;
    el.addEventListener('timeline-select', () => (fired = true));
    el.select('nato-founded', { animate: false });
    await settle(el);
    expect(drawnIds(el)).to.include('nato-founded');
    expect(el.visibleRange.start.getUTCFullYear()).to.be.at.most(1949);
    expect(fired).to.be.false;
  });

  it('shows a tooltip with the whole title and date on hover', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px" locale="en-GB"></crisis-timeline>`);
    const mark = shadow(el, '[data-id="russia-belarus-drills"]')[0];
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(el);
    const tip = shadow(el, '[part~="tooltip"]')[0];
    expect(tip.textContent).to.contain('Russia–Belarus drills');
    expect(tip.textContent).to.match(/10\s?–\s?20 February 2022/);
  });

  it('ends a title that reaches the right edge there, shortened, rather than cutting it off', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px" start="2022-02-03" end="2022-02-18"></crisis-timeline>`);
    const edge = shadow(el, '.plot')[0].getBoundingClientRect().right;
    const labels = shadow(el, '[part~="label"]');
    const atEdge = labels.filter((l) => l.getBoundingClientRect().right > edge - 40);
    expect(atEdge.length).to.be.greaterThan(0);
    for (const label of atEdge) {
      expect(label.getBoundingClientRect().right).to.be.at.most(edge + 0.5);
      expect(label.closest('.event')!.classList.contains('truncated')).to.be.true;
      // Its text runs on past the box: the ellipsis says so.
      expect(label.scrollWidth).to.be.above(label.clientWidth);
    }
  });

  it('shortens labels that cannot fit, and never lets two labels overlap', async () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      title: `A rather long event title number ${i} that will not fit`,
      start: `2022-02-${String(1 + (i % 20)).padStart(2, '0')}`,
    }));
    const el = await timeline(html`<crisis-timeline style="width:500px" .events=${crowded}></crisis-timeline>`);
    el.fit();
    await settle(el);
    const boxes = shadow(el, '[part~="label"]').map((l) => l.getBoundingClientRect()).filter((b) => b.width > 0);
    expect(boxes.length).to.be.greaterThan(5);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `labels ${i} and ${j} overlap`).to.be.false;
      }
    }
    expect(shadow(el, '.event.truncated').length).to.be.greaterThan(0);
    // Everything is drawn or counted.
    expect(drawnIds(el).length + countedInClusters(el)).to.equal(40);
  });

  it('follows the size of its container', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px" .events=${sample}></crisis-timeline>`);
    el.zoomTo('2022-02-03', '2022-02-18');
    await settle(el);
    const before = el.visibleRange;
    el.style.width = '400px';
    await wait(50);
    await settle(el);
    const plot = shadow(el, '.plot')[0];
    expect(plot.getBoundingClientRect().width).to.be.closeTo(398, 3);
    const after = el.visibleRange;
    expect(after.start.getTime()).to.be.closeTo(before.start.getTime(), 6e4);
    expect(after.end.getTime()).to.be.closeTo(before.end.getTime(), 6e4);
    const axis = shadow(el, '.axis .minor .tick');
    expect(axis.length).to.be.greaterThan(1);
  });

  it('a src that is missing shows a visible error and fires timeline-error', async () => {
    const el = await timeline(html`<crisis-timeline></crisis-timeline>`);
    const heard = nextEvent(el, 'timeline-error');
    el.src = '/no/such/file.json';
    const event = await heard;
    expect(event.detail.message).to.contain('404');
    await settle(el);
    const alert = shadow(el, '[role="alert"]')[0];
    expect(alert).to.exist;
    expect(alert.hidden).to.be.false;
    expect(alert.textContent).to.contain('could not be loaded');
    expect(el.events).to.deep.equal([]);
  });

  it('loads events from src and fires timeline-load', async () => {
    const el = await timeline(html`<crisis-timeline></crisis-timeline>`);
    const heard = nextEvent(el, 'timeline-load');
    el.src = '/src/data/article-events.json';
    const event = await heard;
    expect(event.detail.count).to.be.greaterThan(15);
    await settle(el);
    expect(drawnIds(el).length).to.be.greaterThan(5);
  });

  it('reports invalid events visibly and still draws the valid ones', async () => {
    const el = await timeline(html`<crisis-timeline style="width:900px"></crisis-timeline>`);
    const heard = nextEvent(el, 'timeline-error');
    el.events = [...sample, { title: '', start: '2022-02-03' }, { title: 'No date' }];
    const event = await heard;
    expect(event.detail.problems.length).to.equal(2);
    el.fit();
    await settle(el);
    expect(drawnIds(el).length).to.equal(5);
    const alert = shadow(el, '[role="alert"]')[0];
    expect(alert.textContent).to.contain('2 events were left out');
  });
});
