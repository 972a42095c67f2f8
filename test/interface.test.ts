import { expect, fixture, html } from '@open-wc/testing';
import { badgeBoxes, days, drawnIds, nextEvent, settle, shadow, tickLabels, timeline, wait, wheel, type CrisisTimeline } from './helpers.js';

const sample = {
  meta: {
    categories: [
      { id: 'war', label: 'War' },
      { id: 'talks', label: 'Talks' },
    ],
    groups: { category: ['talks', 'war'] },
  },
  events: [
    { id: 'a', title: 'Alpha', start: '2022-02-01', category: 'war', actors: ['Zed'] },
    { id: 'b', title: 'Bravo', start: '2022-02-03', category: 'talks', actors: ['Ann'] },
    { id: 'c', title: 'Charlie', start: '2022-02-05', end: '2022-02-08', category: 'war', actors: ['Ann'] },
    { id: 'd', title: 'Delta', start: '2022-02-10T14:30Z', category: 'talks' },
  ],
};

/**
 * Collects console.warn calls while `body` runs, and until the words of warnings about
 * attributes and calls (which come with the on-demand parts) have come.
 */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await body();
    await import('../src/parts/on-demand.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('attributes and properties', () => {
  it('group-by="category" draws one labelled lane per group, in the order meta.groups gives', async () => {
    const el = await timeline(html`<crisis-timeline group-by="category" .events=${sample} style="width:900px"></crisis-timeline>`);
    el.fit();
    await settle(el);
    const lanes = shadow(el, '[part~="lane"]');
    expect(lanes.map((l) => l.textContent.trim())).to.deep.equal(['Talks', 'War']);
    const top = (id: string) => shadow(el, `[data-id="${id}"]`)[0].getBoundingClientRect().top;
    const laneOf = (id: string) => lanes.findIndex((l) => {
      const box = l.getBoundingClientRect();
      return top(id) >= box.top && top(id) < box.bottom;
    });
    expect(laneOf('b')).to.equal(0);
    expect(laneOf('a')).to.equal(1);
    el.groupBy = 'actor';
    await settle(el);
    expect(shadow(el, '[part~="lane"]').map((l) => l.textContent.trim())).to.deep.equal(['Zed', 'Ann', 'Other']);
  });

  it('categories="…" shows only those, and the legend toggles them', async () => {
    const el = await timeline(html`<crisis-timeline categories="war" .events=${sample} style="width:900px"></crisis-timeline>`);
    el.fit();
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(['a', 'c']);
    const chips = shadow<HTMLButtonElement>(el, '[part~="legend"] .chip');
    expect(chips.map((c) => [c.textContent.trim(), c.getAttribute('aria-pressed')])).to.deep.equal([
      ['War', 'true'],
      ['Talks', 'false'],
    ]);
    // Each category's count, hidden or not.
    expect(chips.map((c) => c.title)).to.deep.equal(['Hide War (2)', 'Show Talks (2)']);
    chips[1].click();
    await settle(el);
    expect(el.categories).to.equal(null);
    expect(drawnIds(el).length).to.equal(4);
    shadow<HTMLButtonElement>(el, '[part~="legend"] .chip')[0].click();
    await settle(el);
    expect(el.categories).to.equal('talks');
    expect(drawnIds(el).sort()).to.deep.equal(['b', 'd']);
  });

  it('the legend toggles categories whose ids have spaces, as TimelineJS groups do', async () => {
    const events = [
      { id: 'm1', title: 'Main one', start: '2022-02-01', category: 'Main events' },
      { id: 'm2', title: 'Main two', start: '2022-02-03', category: 'Main events' },
      { id: 's1', title: 'Side one', start: '2022-02-05', category: 'Side stories' },
      { id: 'e1', title: 'Other one', start: '2022-02-07', category: 'other' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} style="width:900px"></crisis-timeline>`);
    const chip = (name: string) => shadow<HTMLButtonElement>(el, '[part~="legend"] .chip').find((c) => c.textContent.trim() === name)!;
    chip('Side stories').click();
    await settle(el);
    expect(el.categories).to.equal('Main events other');
    expect(drawnIds(el).sort()).to.deep.equal(['e1', 'm1', 'm2']);
    chip('Main events').click();
    await settle(el);
    expect(el.categories).to.equal('other');
    expect(drawnIds(el)).to.deep.equal(['e1']);
    // Set from HTML, and by select() of an event of a hidden category.
    el.setAttribute('categories', 'Side stories');
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['s1']);
    el.select('m1', { animate: false });
    await settle(el);
    expect(el.categories).to.equal('Side stories Main events');
    expect(drawnIds(el).sort()).to.deep.equal(['m1', 'm2', 's1']);
  });

  it('hiding one category keeps showing another whose id has two spaces in a row', async () => {
    const events = [
      { id: 'm1', title: 'Main one', start: '2022-02-01', category: 'Main  events' },
      { id: 'e1', title: 'Other one', start: '2022-02-07', category: 'other' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} style="width:900px"></crisis-timeline>`);
    shadow<HTMLButtonElement>(el, '[part~="legend"] .chip').find((c) => c.textContent.trim() === 'other')!.click();
    await settle(el);
    expect(el.categories).to.equal('Main  events');
    expect(drawnIds(el)).to.deep.equal(['m1']);
  });

  it('the legend explains every visual code and can be hidden', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    const key = shadow(el, '[part~="legend"] .legend-key')[0].textContent;
    for (const words of ['Reported', 'Expected', 'Period', 'crowded lane', 'Approximate', 'month or year', 'too close to draw', 'Article published']) {
      expect(key).to.contain(words);
    }
    el.noLegend = true;
    await settle(el);
    expect(shadow(el, '[part~="legend"]').length).to.equal(0);
  });

  it('view="list" shows the events as an ordered list with <time datetime>, in sync with the selection', async () => {
    const el = await timeline(html`<crisis-timeline view="list" .events=${sample}></crisis-timeline>`);
    const items = shadow(el, '[part~="list"] li');
    expect(items.map((i) => i.dataset.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(shadow(el, '[part~="list"] time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2022-02-01',
      '2022-02-03',
      '2022-02-05',
      '2022-02-10T14:30:00Z',
    ]);
    const heard = nextEvent(el, 'timeline-select');
    shadow<HTMLButtonElement>(el, '[data-id="c"] button')[0].click();
    expect((await heard).detail.id).to.equal('c');
    await settle(el);
    expect(shadow(el, '[data-id="c"]')[0].getAttribute('aria-current')).to.equal('true');
    expect(shadow(el, '[part~="detail"] h2')[0].textContent).to.equal('Charlie');
  });

  it('accepts Date objects as start and end (instants, to the second) and refuses an invalid one', async () => {
    const events = [
      { id: 'talks', title: 'Talks', start: new Date(Date.UTC(2022, 1, 10, 11, 30, 5, 250)), end: new Date(Date.UTC(2022, 1, 10, 14)) },
      { id: 'point', title: 'Point', start: new Date(Date.UTC(2022, 1, 12)) },
      { id: 'broken', title: 'Broken', start: new Date(NaN) },
    ];
    const el = await timeline(html`<crisis-timeline time-zone="UTC" style="width:900px" .events=${events}></crisis-timeline>`);
    expect(el.events.map((e) => [e.id, e.start, e.end, e.precision])).to.deep.equal([
      ['talks', '2022-02-10T11:30:05.250Z', '2022-02-10T14:00:00.000Z', 'second'],
      ['point', '2022-02-12T00:00:00.000Z', undefined, 'second'],
    ]);
    expect(drawnIds(el).sort()).to.deep.equal(['point', 'talks']);
    const notice = shadow(el, '[part~="notice"]')[0];
    expect(notice.textContent).to.match(/Event "broken" \(“Broken”\): it has an invalid Date/);
  });

  it('the list view shows 200 events at a time, with a button for the next 200', async () => {
    const events = Array.from({ length: 1250 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(Date.UTC(2022, 0, 1) + i * 36e5).toISOString() }));
    const el = await timeline(html`<crisis-timeline view="list" .events=${events}></crisis-timeline>`);
    const more = () => shadow<HTMLButtonElement>(el, '[part~="list"] button.more')[0];
    expect(shadow(el, '.list-item').length).to.equal(200);
    expect(more().textContent).to.equal('Show 200 more of 1,050');
    for (let shown = 400; shown < 1250; shown += 200) {
      more().click();
      await settle(el);
      expect(shadow(el, '.list-item').length).to.equal(shown);
    }
    expect(more().textContent).to.equal('Show 50 more of 50');
    more().click();
    await settle(el);
    expect(shadow(el, '.list-item').length).to.equal(1250);
    expect(shadow(el, '.list-item').at(-1)!.dataset.id).to.equal('e1249');
    expect(more()).to.not.exist;
  });

  it('the list button switches views', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample}></crisis-timeline>`);
    const toggle = shadow<HTMLButtonElement>(el, '[part~="controls"] button[aria-pressed]')[0];
    toggle.click();
    await settle(el);
    expect(el.view).to.equal('list');
    expect(el.getAttribute('view')).to.equal('list');
    expect(shadow(el, '[part~="list"]').length).to.equal(1);
    expect(shadow(el, '.plot')[0].hidden).to.be.true;
  });

  it("shows the toolbar's range whole on a phone, in two lines beside the buttons", async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample} locale="en-GB" style="width:343px"></crisis-timeline>`);
    const range = shadow(el, '[part~="controls"] .range')[0];
    expect(range.textContent).to.match(/^31 Jan\s*–\s*11 Feb 2022$/);
    expect(range.scrollWidth, 'no text cut at the side').to.be.at.most(range.clientWidth);
    expect(range.scrollHeight, 'no line hidden').to.be.at.most(range.clientHeight);
    expect(Math.round(range.clientHeight / parseFloat(getComputedStyle(range).lineHeight)), 'lines').to.equal(2);
    const toolbar = shadow(el, '[part~="controls"]')[0].getBoundingClientRect();
    expect(toolbar.height, 'the toolbar keeps its height').to.be.at.most(43);
  });

  it('next() and previous() step through the events as a story', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample} style="width:900px"></crisis-timeline>`);
    el.next();
    expect(el.selected).to.equal('a');
    el.next();
    expect(el.selected).to.equal('b');
    el.previous();
    expect(el.selected).to.equal('a');
    el.previous();
    expect(el.selected).to.equal('a');
    await wait(700);
    await settle(el);
    expect(shadow(el, '[part~="detail"] h2')[0].textContent).to.equal('Alpha');
    // The Next button moves the story on and tells the page.
    const heard = nextEvent(el, 'timeline-select');
    shadow<HTMLButtonElement>(el, 'button[aria-label="Next event"]')[0].click();
    expect((await heard).detail.id).to.equal('b');
    await wait(700);
    await settle(el);
    expect(drawnIds(el)).to.include('b');
  });

  it('keeps a selected event clear of its detail panel where the plot has room beside it, and covers a narrower timeline whole', async () => {
    for (const width of [600, 900]) {
      const el = await timeline(html`<crisis-timeline .events=${sample} style=${`width:${width}px`}></crisis-timeline>`);
      const all = el.visibleRange;
      // Delta, at the right end of "All", is where the panel opens.
      shadow(el, '[data-id="d"] .label')[0].click();
      await wait(700);
      await settle(el);
      const panel = shadow(el, '[part~="detail"]')[0].getBoundingClientRect();
      const mark = shadow(el, '[data-id="d"] .mark')[0].getBoundingClientRect();
      expect(panel.width, `${width} px: the panel's width`).to.equal(360);
      expect(mark.right, `${width} px: the mark is left of the panel`).to.be.at.most(panel.left);
      expect(mark.left, `${width} px: the mark is in the plot`).to.be.at.least(el.getBoundingClientRect().left);
      // Closed, the panel leaves no empty time after the data: the view glides back.
      shadow<HTMLButtonElement>(el, '[part~="detail"] .close')[0].click();
      await wait(700);
      await settle(el);
      expect(+el.visibleRange.end, `${width} px: back inside "All"`).to.be.at.most(+all.end + 1);
    }
    const narrow = await timeline(html`<crisis-timeline .events=${sample} style="width:500px"></crisis-timeline>`);
    narrow.select('d');
    await settle(narrow);
    await wait(300);
    expect(shadow(narrow, '[part~="detail"]')[0].getBoundingClientRect().width, 'no sliver of plot beside it').to.be.at.least(narrow.clientWidth - 2);
  });

  it('beside a vertical axis, lays its columns out clear of the detail panel while it is open', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i} with a longer title`, start: `2022-02-0${1 + (i % 3)}` }));
    const el = await timeline(html`<crisis-timeline .events=${events} orientation="vertical" style="width:900px; --crisis-timeline-height: 500px"></crisis-timeline>`);
    const rightmost = () => Math.max(...shadow(el, '[part~="event"]').map((e) => e.getBoundingClientRect().right));
    expect(rightmost(), 'columns reach under where the panel opens').to.be.above(el.getBoundingClientRect().right - 360);
    el.select('e0', { animate: false });
    await settle(el);
    await wait(100);
    const panel = shadow(el, '[part~="detail"]')[0].getBoundingClientRect();
    expect(rightmost(), 'every event left of the panel').to.be.at.most(panel.left);
    el.select(null);
    await settle(el);
    expect(rightmost(), 'closed, the columns take the width again').to.be.above(panel.left);
  });

  it('now draws a labelled reference line', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    expect(shadow(el, '.now')[0].textContent).to.contain('Article published');
    el.now = '2022-02-15';
    await settle(el);
    const line = shadow(el, '.now')[0];
    expect(line.textContent).to.not.contain('Article published');
    expect(line.textContent).to.contain('15');
  });

  it("puts the reference line's label on its other side near the far edge, where it would be cut off", async () => {
    const events = [
      { id: 'a', title: 'A', date: '2022-02-01' },
      { id: 'b', title: 'B', date: '2022-02-20' },
    ];
    for (const orientation of ['horizontal', 'vertical']) {
      const el = await timeline(
        html`<crisis-timeline .events=${events} orientation=${orientation} start="2022-02-01" end="2022-02-10" style="width:700px"></crisis-timeline>`,
      );
      const plot = shadow(el, '.plot')[0].getBoundingClientRect();
      const place = () => {
        const line = shadow(el, '.now')[0].getBoundingClientRect();
        const label = shadow(el, '.now span')[0].getBoundingClientRect();
        return orientation === 'horizontal' ? { line: line.left, from: label.left, to: label.right, end: plot.right } : { line: line.top, from: label.top, to: label.bottom, end: plot.bottom };
      };
      el.now = '2022-02-05';
      await settle(el);
      const middle = place();
      expect(middle.from, `${orientation}: after its line`).to.be.above(middle.line);
      if (orientation === 'vertical') {
        // In the axis's margin, left of the lanes, where it hides no event or badge.
        const label = shadow(el, '.now span')[0].getBoundingClientRect();
        const lane = shadow(el, '.lane')[0].getBoundingClientRect();
        expect(label.left, 'in the margin').to.be.at.least(plot.left);
        expect(label.right, 'in the margin').to.be.at.most(lane.left + 1);
      }
      el.now = '2022-02-10T18:00Z';
      await settle(el);
      const edge = place();
      expect(edge.to, `${orientation}: before its line`).to.be.below(edge.line + 1);
      expect(edge.to, `${orientation}: inside the plot`).to.be.at.most(edge.end);
    }
    // Too long for either side of a narrow plot, a label stays on the side with more room.
    const narrow = await timeline(html`<crisis-timeline .events=${events} start="2022-02-01" end="2022-02-10" style="width:250px"></crisis-timeline>`);
    narrow.now = '2022-02-04T22:00Z';
    await settle(narrow);
    const line = shadow(narrow, '.now')[0].getBoundingClientRect();
    const label = shadow(narrow, '.now span')[0].getBoundingClientRect();
    const plot = shadow(narrow, '.plot')[0].getBoundingClientRect();
    expect(label.width, 'wider than the room on the right').to.be.above(plot.right - line.left);
    expect(label.left, 'after its line').to.be.above(line.left);
  });

  it('shows the reference date in "All" however far it is from the data', async () => {
    const events = [
      { id: 'a', title: 'A', date: '2022-02-01' },
      { id: 'b', title: 'B', date: '2022-02-10' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} now="2022-04-01" style="width:900px"></crisis-timeline>`);
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const line = shadow(el, '.now')[0]?.getBoundingClientRect();
    expect(line, 'the line is drawn').to.exist;
    expect(line.left).to.be.within(plot.left, plot.right);
    expect(el.visibleRange.start.getTime()).to.be.below(Date.UTC(2022, 1, 1));
    expect(el.visibleRange.end.getTime()).to.be.above(Date.UTC(2022, 3, 2));
  });

  it("keeps a strip under the rows for the reference date's label: no event or badge is drawn under it", async () => {
    // An event every 45 minutes: every row is full across the plot, down to its foot.
    const crowded = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, title: `Crowded event number ${i}`, start: new Date(Date.UTC(2022, 1, 6) + i * 27e5).toISOString() }));
    const el = await timeline(
      html`<crisis-timeline .events=${crowded} now="2022-02-10" start="2022-02-06" end="2022-02-15" no-legend style="width:900px;--crisis-timeline-height:300px"></crisis-timeline>`,
    );
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const label = shadow(el, '.now span')[0].getBoundingClientRect();
    const events = shadow(el, '.events > li').map((e) => e.getBoundingClientRect());
    const badges = badgeBoxes(el).map(({ x, y, width, height }) => new DOMRect(plot.left + x, plot.top + y, width, height));
    expect(badges.length, 'badges drawn').to.be.greaterThan(0);
    const lowest = Math.max(...[...events, ...badges].map((box) => box.bottom));
    expect(lowest, 'the rows reach down to the label').to.be.greaterThan(label.top - 30);
    const under = [...events, ...badges].filter((box) => box.bottom > label.top && box.top < label.bottom && box.right > label.left && box.left < label.right);
    expect(under.length, `drawn under the label at ${label.top}–${label.bottom} px`).to.equal(0);
  });

  it('min-span and max-span limit the zoom', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample} min-span="P1D" max-span="P7D" style="width:900px"></crisis-timeline>`);
    await wheel(el, -2000, 0.5, 20);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.closeTo(1, 0.01);
    await wheel(el, 2000, 0.5, 30);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.closeTo(7, 0.01);
  });

  it('orientation="vertical" runs time down the page, with the axis on the left', async () => {
    const el = await timeline(html`<crisis-timeline orientation="vertical" .events=${sample} style="width:700px"></crisis-timeline>`);
    el.fit();
    await settle(el);
    expect(shadow(el, '[part~="base"]')[0].classList.contains('vertical')).to.be.true;
    const box = (id: string) => shadow(el, `[data-id="${id}"]`)[0].getBoundingClientRect();
    expect(box('a').top).to.be.below(box('b').top);
    expect(box('b').top).to.be.below(box('d').top);
    const ticks = shadow(el, '.axis .minor .tick').map((t) => t.getBoundingClientRect());
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks[1].top).to.be.above(ticks[0].top);
    expect(ticks[0].right).to.be.closeTo(ticks[1].right, 2);
    // Every label is read whole, the ones at the ends too: none is cut by the plot's edges.
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    for (const [from, to] of [
      ['2022-02-02T23:00Z', '2022-02-10T12:00Z'],
      ['2022-02-03T00:00Z', '2022-02-09T23:59Z'],
    ]) {
      el.start = from;
      el.end = to;
      await settle(el);
      const labels = shadow(el, '.axis .minor text').map((t) => t.getBoundingClientRect());
      expect(labels.length).to.be.greaterThan(2);
      expect(Math.min(...labels.map((r) => r.top))).to.be.at.least(plot.top);
      expect(Math.max(...labels.map((r) => r.bottom))).to.be.at.most(plot.bottom);
    }
    el.fit();
    await settle(el);
    // The wheel still zooms, now around the pointer's height.
    const before = days(el.visibleRange.start, el.visibleRange.end);
    await wheel(el, -300, 0.5, 3);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.below(before);
  });

  it('labels at either end of the axis are read whole, or hidden where they would have to move far', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample} style="width:900px"></crisis-timeline>`);
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const labels = () => shadow<SVGTextElement>(el, '.axis .minor text');
    const shown = () => labels().filter((t) => t.getAttribute('opacity') !== '0').map((t) => t.getBoundingClientRect());
    for (const [from, to, hidden] of [
      ['2022-02-03', '2022-02-23', 0], // days, a tick at each edge
      ['2022-02-02T23:00Z', '2022-02-23T01:00Z', 0],
      ['2022-02-10T09:59Z', '2022-02-10T16:01Z', 2], // hours, wider labels a minute from each edge
    ] as const) {
      el.start = from;
      el.end = to;
      await settle(el);
      const boxes = shown().sort((a, b) => a.left - b.left);
      expect(boxes.length).to.be.greaterThan(2);
      expect(labels().length - boxes.length).to.equal(hidden);
      expect(boxes[0].left).to.be.at.least(plot.left);
      expect(boxes[boxes.length - 1].right).to.be.at.most(plot.right);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).to.be.above(boxes[i - 1].right);
    }
    // The month begun just before the right edge is not named there in part ("M…").
    const year = [
      { id: 'a', title: 'A', date: '2022-01-05' },
      { id: 'b', title: 'B', date: '2022-06-05' },
    ];
    const wide = await timeline(html`<crisis-timeline .events=${year} start="2022-01-30" end="2022-03-01" style="width:900px"></crisis-timeline>`);
    await settle(wide);
    const months = shadow<SVGTextElement>(wide, '.axis .major text');
    expect(months.map((t) => t.textContent)).to.deep.equal(['January 2022', 'February 2022', 'March 2022']);
    // January, in force at the left edge, gives way to February, which begins two days in.
    expect(months.map((t) => t.getAttribute('opacity'))).to.deep.equal(['0', '1', '0']);
  });

  it('names every day over hour ticks that has room for its name, and no two names meet', async () => {
    const el = await timeline(
      html`<crisis-timeline .events=${sample} locale="en-GB" start="2022-02-06T12:00Z" end="2022-02-14T04:00Z" style="width:1000px"></crisis-timeline>`,
    );
    const texts = shadow<SVGTextElement>(el, '.axis .major text');
    const boxes = texts.map((t) => t.getBoundingClientRect());
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    // Where the next day begins, or the plot's right edge.
    const ticks = shadow(el, '.axis .major .tick').map((t) => t.getBoundingClientRect().left);
    expect(texts.length, 'a day each').to.be.at.least(8);
    texts.forEach((text, i) => {
      const room = (ticks[i + 1] ?? plot.right) - boxes[i].left;
      const shown = text.getAttribute('opacity') === '1';
      if (i > 0) expect(shown, `${text.textContent}: ${Math.round(boxes[i].width)} px wide in ${Math.round(room)} px`).to.equal(boxes[i].width + 8 <= room);
      if (shown) expect(boxes[i].right, text.textContent).to.be.below(ticks[i + 1] ?? plot.right);
    });
    expect(texts.map((t) => t.textContent)).to.include('Thu, 10 Feb 2022');
  });

  it('shows the view start and end ask for, even past the data, and names it in the toolbar as asked', async () => {
    const events = [
      { id: 'a', title: 'A', date: '2022-02-10' },
      { id: 'b', title: 'B', date: '2022-02-12' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} locale="en-GB" start="2022-02-01" end="2022-02-28" style="width:900px"></crisis-timeline>`);
    expect(el.visibleRange.start.toISOString()).to.equal('2022-02-01T00:00:00.000Z');
    expect(el.visibleRange.end.toISOString(), 'the whole of the last day').to.equal('2022-03-01T00:00:00.000Z');
    expect(shadow(el, '[part~="controls"] .range')[0].textContent).to.match(/^1\s*–\s*28 Feb 2022$/);
    el.start = '2022-02-10T08:00';
    el.end = '2022-02-10T17:30';
    await settle(el);
    expect(shadow(el, '[part~="controls"] .range')[0].textContent).to.match(/08:00\s*–\s*17:30$/);
  });

  it('shows data given only by days among day ticks: a lone day is not set among hours as if its time were known', async () => {
    for (const width of [500, 900, 1600]) {
      const el = await timeline(html`<crisis-timeline .events=${[{ id: 'a', title: 'A', date: '2022-02-10' }]} style="width:${width}px"></crisis-timeline>`);
      const { start, end } = el.visibleRange;
      expect(days(start, end), `${width} px: a week at least`).to.be.at.least(7);
      expect(tickLabels(el).some((label) => label.includes(':')), `${width} px: ${tickLabels(el).join(' ')}`).to.be.false;
    }
    // Events with a time of day are fitted as closely as before.
    const timed = await timeline(html`<crisis-timeline .events=${[{ id: 'a', title: 'A', date: '2022-02-10T10:00Z' }]} style="width:900px"></crisis-timeline>`);
    expect(days(timed.visibleRange.start, timed.visibleRange.end) * 24, 'four hours and a little more').to.be.within(4, 5);
    // Months among months.
    const month = await timeline(html`<crisis-timeline .events=${[{ id: 'a', title: 'A', date: '2022-02' }]} style="width:900px"></crisis-timeline>`);
    expect(days(month.visibleRange.start, month.visibleRange.end), 'seven months at least').to.be.at.least(7 * 28);
    expect(tickLabels(month).every((label) => /^[A-Z][a-z]+$/.test(label)), tickLabels(month).join(' ')).to.be.true;
  });

  it('orientation="auto" turns vertical below 560 px and back', async () => {
    const el = await timeline(html`<crisis-timeline orientation="auto" .events=${sample} style="width:900px"></crisis-timeline>`);
    const vertical = () => shadow(el, '[part~="base"]')[0].classList.contains('vertical');
    expect(vertical()).to.be.false;
    el.style.width = '400px';
    await wait(50);
    await settle(el);
    expect(vertical()).to.be.true;
    expect(drawnIds(el).length).to.be.greaterThan(0);
    el.style.width = '900px';
    await wait(50);
    await settle(el);
    expect(vertical()).to.be.false;
  });

  it('orientation="auto" stays horizontal when its lanes would be too narrow side by side', async () => {
    const lanes = ['diplomacy', 'military', 'sanctions', 'statement', 'history'];
    const events = lanes.map((category, i) => ({ id: `e${i}`, title: `An event about ${category}`, start: `2022-02-0${i + 1}`, category }));
    const el = await timeline(html`<crisis-timeline orientation="auto" group-by="category" .events=${events} style="width:400px"></crisis-timeline>`);
    const vertical = () => shadow(el, '[part~="base"]')[0].classList.contains('vertical');
    // Five lanes in 400 px would leave each about 66 px: they stack, one above the other.
    expect(vertical()).to.be.false;
    expect(shadow(el, '[part~="lane"]').length).to.equal(5);
    // One lane (or two, each 166 px wide) fits: the timeline turns vertical.
    el.groupBy = 'none';
    await settle(el);
    expect(vertical()).to.be.true;
    el.events = events.slice(0, 2);
    el.groupBy = 'category';
    await settle(el);
    expect(vertical()).to.be.true;
    expect(shadow(el, '[part~="lane"]').length).to.equal(2);
  });

  it('zoomBy(2) halves the visible time', async () => {
    const el = await timeline(html`<crisis-timeline .events=${sample} start="2022-02-01" end="2022-02-08" style="width:900px"></crisis-timeline>`);
    el.zoomBy(2);
    await settle(el);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.closeTo(4, 0.01);
  });

  it('locale sets the tick and date language', async () => {
    const el = await timeline(html`<crisis-timeline locale="fr" view="list" .events=${sample} style="width:900px"></crisis-timeline>`);
    expect(shadow(el, '[data-id="a"] time')[0].textContent).to.equal('1 février 2022');
    el.view = 'timeline';
    el.fit();
    await settle(el);
    expect(shadow(el, '.axis .major text').map((t) => t.textContent)).to.include('février 2022');
    expect(tickLabels(el).length).to.be.greaterThan(3);
  });

  it('time-zone moves times, never dates', async () => {
    const el = await timeline(html`<crisis-timeline time-zone="Asia/Tokyo" view="list" .events=${sample}></crisis-timeline>`);
    const text = (id: string) => shadow(el, `[data-id="${id}"] time`)[0].textContent;
    expect(text('d')).to.match(/23:30|11:30\s?PM/);
    expect(text('a')).to.match(/1|February/);
    el.timeZone = 'America/New_York';
    await settle(el);
    expect(text('d')).to.match(/09:30|9:30\s?AM/);
    expect(text('a')).to.contain('1');
  });

  it('no-controls and no-tooltip turn those parts off', async () => {
    const el = await timeline(html`<crisis-timeline no-controls no-tooltip .events=${sample} style="width:900px"></crisis-timeline>`);
    expect(shadow(el, '[part~="controls"]').length).to.equal(0);
    el.fit();
    await settle(el);
    shadow(el, '[data-id="a"]')[0].dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await settle(el);
    expect(shadow(el, '[part~="tooltip"]').length).to.equal(0);
  });

  it('invalid attribute values fall back to the default and warn once, naming what is accepted', async () => {
    let el!: CrisisTimeline;
    const seen = await warnings(async () => {
      el = await timeline(html`<crisis-timeline theme="purple" group-by="colour" view="grid" time-zone="Mars/Olympus" min-span="an hour" .events=${sample}></crisis-timeline>`);
      el.theme = 'purple' as 'light';
      await settle(el);
    });
    expect(el.theme).to.equal('light');
    expect(el.groupBy).to.equal('none');
    expect(el.view).to.equal('timeline');
    const text = seen.join('\n');
    expect(text).to.contain('theme="purple"');
    expect(text).to.contain('light, dark, auto');
    expect(text).to.contain('group-by="colour"');
    expect(text).to.contain('time-zone="Mars/Olympus"');
    expect(text).to.contain('min-span="an hour"');
    expect(seen.filter((w) => w.includes('theme="purple"')).length).to.equal(1);
    expect(drawnIds(el).length).to.be.greaterThan(0);
  });

  it('every other value or call it cannot use warns once, naming it', async () => {
    const seen = await warnings(async () => {
      const el = await timeline(
        html`<crisis-timeline locale="not a locale!" now="soon" start="2022-03-01" end="2022-02-01" max-span="forever" .events=${sample}></crisis-timeline>`,
      );
      const narrow = await timeline(html`<crisis-timeline min-span="P10D" max-span="P2D" .events=${sample}></crisis-timeline>`);
      expect(days(narrow.visibleRange.start, narrow.visibleRange.end), 'min-span wins').to.be.at.least(10);
      el.select('nowhere');
      el.select('nowhere');
      el.zoomTo('later', 'sooner');
      await settle(el);
    });
    const text = seen.join('\n');
    for (const words of ['locale="not a locale!"', 'now="soon"', 'start="2022-03-01" end="2022-02-01" is not a time range', 'max-span="forever"', 'select("nowhere")', 'zoomTo(later, sooner)', 'max-span="P2D" is narrower than min-span="P10D"']) {
      expect(text, words).to.contain(words);
    }
    expect(seen.filter((w) => w.includes('select("nowhere")'))).to.have.length(1);
  });

  it('warns about a call on an element not yet in the page, and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event instanceof ErrorEvent ? event.message : String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const seen = await warnings(async () => {
        document.createElement('crisis-timeline').select('nowhere');
        await wait(100);
      });
      expect(seen.join('\n')).to.contain('select("nowhere")');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('categories naming no category of the data warns once, saying which there are', async () => {
    const seen = await warnings(async () => {
      await timeline(html`<crisis-timeline categories="war peace" .events=${sample}></crisis-timeline>`);
    });
    expect(seen.filter((w) => w.includes('categories="war peace"'))).to.have.length(1);
    expect(seen.join('\n')).to.contain('no category peace; it has war, talks');
  });

  it('writes the first hundred problems with the data to the console, and how many more there are', async () => {
    const events = Array.from({ length: 500 }, (_, i) => ({ title: `Event ${i}`, start: '2022-02-10', colour: 'red' }));
    const seen = await warnings(async () => {
      await timeline(html`<crisis-timeline .events=${events}></crisis-timeline>`);
    });
    const problems = seen.filter((w) => w.includes('unknown field "colour"'));
    expect(problems).to.have.length(100);
    expect(problems[0]).to.contain('Event 1:');
    expect(seen).to.include('…and 400 more.');
  });

  it('reads inline JSON from a child <script type="application/json">', async () => {
    const el = await fixture<CrisisTimeline>(html`<crisis-timeline>
      <script type="application/json">
        [{ "id": "x", "title": "Inline", "start": "2022-02-10" }]
      </script>
    </crisis-timeline>`);
    await el.updateComplete;
    expect(el.events.map((e) => e.id)).to.deep.equal(['x']);
  });

  it('reads an inline <ol> of events, shown as is before the component upgrades', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<crisis-timeline-later><ol>
      <li id="m"><time datetime="2022-02-10">10 Feb 2022</time> Talks in Moscow</li>
      <li><time datetime="2022-02-10">10 Feb</time>–<time datetime="2022-02-20">20 Feb 2022</time> Drills</li>
    </ol></crisis-timeline-later>`;
    document.body.append(host);
    // Before upgrade (here: an undefined element) the list is plain, readable markup.
    expect(host.textContent).to.contain('Talks in Moscow');
    const el = document.createElement('crisis-timeline');
    el.append(host.querySelector('ol')!);
    host.replaceChildren(el);
    await el.updateComplete;
    expect(el.events.map((e) => [e.id, e.title, e.start, e.end])).to.deep.equal([
      ['m', 'Talks in Moscow', '2022-02-10', undefined],
      ['event-2', 'Drills', '2022-02-10', '2022-02-20'],
    ]);
    host.remove();
  });

  it('reads TimelineJS3 JSON, by src or the events property', async () => {
    const el = await timeline(html`<crisis-timeline></crisis-timeline>`);
    el.events = {
      title: { text: { headline: 'A TimelineJS story' } },
      events: [
        { start_date: { year: '2022', month: '2', day: '10' }, text: { headline: 'Talks <b>begin</b>', text: '<p>Details</p>' } },
        { start_date: { year: 2021, month: 11 }, text: { headline: 'Build-up' } },
      ],
    } as never;
    // The converter is loaded on demand.
    await el.updateComplete;
    expect(el.events.map((e) => [e.title, e.start, e.summary])).to.deep.equal([
      ['Build-up', '2021-11', undefined],
      ['Talks begin', '2022-02-10', 'Details'],
    ]);
  });

  it('a newer src wins over an older one still loading', async () => {
    const el = await timeline(html`<crisis-timeline></crisis-timeline>`);
    const loads: number[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.count));
    el.src = '/src/data/article-events.json';
    await el.updateComplete;
    el.src = '/test/fixtures/two-events.json';
    await el.updateComplete;
    await wait(200);
    expect(el.events.length).to.equal(2);
    expect(loads[loads.length - 1]).to.equal(2);
  });

  it('two timelines on a page are independent', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <crisis-timeline id="one" style="width:600px"></crisis-timeline>
      <crisis-timeline id="two" style="width:600px"></crisis-timeline>
    </div>`);
    const [one, two] = [...box.querySelectorAll('crisis-timeline')];
    await settle(one);
    await settle(two);
    const before = two.visibleRange;
    await wheel(one, -400, 0.5, 3);
    expect(two.visibleRange.start.getTime()).to.equal(before.start.getTime());
    expect(one.visibleRange.start.getTime()).to.not.equal(before.start.getTime());
    one.select('truss-lavrov-talks');
    await settle(two);
    expect(two.selected).to.equal(null);
  });
});

describe('URL hash (hash-sync)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('records the selection and the view, and opens there from a link', async () => {
    const el = await timeline(html`<crisis-timeline hash-sync style="width:900px"></crisis-timeline>`);
    shadow(el, '[data-id="truss-lavrov-talks"]')[0].click();
    await settle(el);
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('event')).to.equal('truss-lavrov-talks');
    expect(params.get('from')).to.match(/^2022-02/);
    el.remove();

    history.replaceState(null, '', '#event=wallace-moscow-shoigu&from=2022-02-09T00:00&to=2022-02-13T00:00');
    const again = await timeline(html`<crisis-timeline hash-sync style="width:900px"></crisis-timeline>`);
    expect(again.selected).to.equal('wallace-moscow-shoigu');
    expect(again.visibleRange.start.toISOString()).to.equal('2022-02-09T00:00:00.000Z');
    expect(days(again.visibleRange.start, again.visibleRange.end)).to.be.closeTo(4, 0.01);
  });

  it('hash-sync="name" keeps each of several timelines under keys of its own', async () => {
    history.replaceState(null, '', '#one.event=truss-lavrov-talks&two.from=2022-02-09T00:00&two.to=2022-02-13T00:00&page=kept');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <crisis-timeline hash-sync="one" style="width:900px"></crisis-timeline>
      <crisis-timeline hash-sync="two" style="width:900px"></crisis-timeline>
    </div>`);
    const [one, two] = wrapper.querySelectorAll('crisis-timeline');
    await settle(one);
    await settle(two);
    expect(one.selected, 'the first opens on its event').to.equal('truss-lavrov-talks');
    expect(two.selected, 'the second selects nothing').to.equal(null);
    expect(two.visibleRange.start.toISOString(), 'the second opens on its view').to.equal('2022-02-09T00:00:00.000Z');
    shadow(two, '[data-id="wallace-moscow-shoigu"]')[0].click();
    await settle(two);
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('two.event')).to.equal('wallace-moscow-shoigu');
    expect(params.get('one.event'), "the first's key is kept").to.equal('truss-lavrov-talks');
    expect(params.get('page'), "the page's own key is kept").to.equal('kept');
    expect(params.has('event'), 'no key without a name').to.be.false;
    expect(one.selected).to.equal('truss-lavrov-talks');
  });

  it('back restores the earlier selection', async () => {
    const el = await timeline(html`<crisis-timeline hash-sync style="width:900px"></crisis-timeline>`);
    shadow(el, '[data-id="truss-lavrov-talks"]')[0].click();
    await settle(el);
    shadow(el, '[data-id="uk-troops-on-alert"]')[0].click();
    await settle(el);
    expect(el.selected).to.equal('uk-troops-on-alert');
    history.back();
    await wait(300);
    await settle(el);
    expect(el.selected).to.equal('truss-lavrov-talks');
  });
});
