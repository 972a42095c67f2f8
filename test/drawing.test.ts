import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { badgeBoxes, clusterButtons, clusterCount, countedInClusters, days, drawnIds, settle, shadow, timeline, wait, type CrisisTimeline } from './helpers.js';

/** One event of each kind of date, each in its own month so that all are drawn. */
const kinds = [
  { id: 'day', title: 'A day', start: '2022-01-10' },
  { id: 'month', title: 'A month', start: '2022-02' },
  { id: 'about', title: 'About a month', start: '2022-03~' },
  { id: 'range', title: 'A range', start: '2022-04-05', end: '2022-04-20' },
  { id: 'fuzzy-range', title: 'A range with a rough end', start: '2022-05-02', end: '2022-05-20?' },
  { id: 'open', title: 'Still going on', start: '2022-06-01', end: '..' },
  { id: 'expected', title: 'Announced', start: '2022-06-15', status: 'expected' },
];

/** A minute-precision time on 10 February 2022, `i` ten-minute steps after 08:00 UTC. */
const at = (i: number) => new Date(Date.UTC(2022, 1, 10, 8) + i * 6e5).toISOString().slice(0, 16) + 'Z';
/** 60 events ten minutes apart: a dot on a view of months, a row each on a view of hours. */
const crowded = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, title: `Crowded ${i}`, start: at(i) }));

/** The colour of the first cluster badge's fill (inside its border, left of its text), as drawn. */
function badgeFill(el: CrisisTimeline): number[] {
  const [badge] = badgeBoxes(el);
  const canvas = shadow<HTMLCanvasElement>(el, 'canvas.clusters')[0];
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const copy = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!;
  copy.drawImage(canvas, 0, 0);
  return [...copy.getImageData(Math.round((badge.x + 2.5) * ratio), Math.round((badge.y + badge.height / 2) * ratio), 1, 1).data.slice(0, 3)];
}

describe('drawing each kind of date', () => {
  const drawn = async () => {
    const el = await timeline(html`<crisis-timeline locale="en-GB" style="width:1200px" .events=${kinds}></crisis-timeline>`);
    el.fit();
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(kinds.map((k) => k.id).sort());
    const part = (id: string) => shadow(el, `[data-id="${id}"]`)[0];
    return { el, part };
  };

  it('a day is a point; a month and an approximate month carry a band over their period', async () => {
    const { el, part } = await drawn();
    expect(part('day').classList.contains('point')).to.be.true;
    expect(part('day').classList.contains('band')).to.be.false;
    const month = part('month');
    expect(month.classList.contains('band')).to.be.true;
    expect(month.classList.contains('fuzzy')).to.be.false;
    // The band spans February, about 28 days of the view.
    const [start, end] = [el.visibleRange.start, el.visibleRange.end];
    const pxPerDay = shadow(el, '.plot')[0].getBoundingClientRect().width / days(start, end);
    const band = getComputedStyle(month, '::before');
    expect(parseFloat(band.width)).to.be.closeTo(28 * pxPerDay, 2);
    expect(part('about').classList.contains('fuzzy')).to.be.true;
    expect(getComputedStyle(part('about'), '::before').maskImage).to.contain('gradient');
  });

  it('a range is a bar as long as its days; rough and open ends fade out', async () => {
    const { el, part } = await drawn();
    const range = part('range');
    expect(range.classList.contains('range')).to.be.true;
    const pxPerDay = shadow(el, '.plot')[0].getBoundingClientRect().width / days(el.visibleRange.start, el.visibleRange.end);
    const bar = range.querySelector<HTMLElement>('.mark')!.getBoundingClientRect();
    expect(bar.width).to.be.closeTo(16 * pxPerDay, 2);
    expect(range.classList.contains('fuzzy-end')).to.be.false;
    expect(part('fuzzy-range').classList.contains('fuzzy-end')).to.be.true;
    expect(part('open').classList.contains('fuzzy-end')).to.be.true;
    expect(getComputedStyle(part('open').querySelector('.mark')!).maskImage).to.contain('gradient');
  });

  it('expected events are hollow and italic; reported ones are filled', async () => {
    const { part } = await drawn();
    const hollow = getComputedStyle(part('expected').querySelector('.mark')!, '::after');
    expect(hollow.content).to.not.equal('none');
    expect(getComputedStyle(part('expected').querySelector('.label')!).fontStyle).to.equal('italic');
    expect(getComputedStyle(part('day').querySelector('.mark')!, '::after').content).to.equal('none');
    expect(getComputedStyle(part('day').querySelector('.label')!).fontStyle).to.equal('normal');
  });

  it('says each date in words, with its uncertainty', async () => {
    const { el } = await drawn();
    const said = (id: string) => shadow(el, `[data-id="${id}"]`)[0].getAttribute('aria-label')!;
    expect(said('day')).to.contain('10 January 2022');
    expect(said('month')).to.contain('some time in February 2022');
    expect(said('about')).to.contain('about March 2022');
    expect(said('range')).to.match(/5\s?–\s?20 April 2022/);
    expect(said('fuzzy-range')).to.contain('possibly 20 May 2022');
    expect(said('open')).to.contain('since 1 June 2022');
    expect(said('expected')).to.contain('Expected');
  });

  it('shows where an event came from: the quote, its source and a note on the date', async () => {
    const el = await timeline(html`<crisis-timeline locale="en-GB" style="width:1200px" selected="wallace-moscow-shoigu"></crisis-timeline>`);
    const detail = shadow(el, '[part~="detail"]')[0];
    expect(detail.querySelector('blockquote')!.textContent).to.contain('UK defence secretary Ben Wallace has also travelled');
    const link = detail.querySelector('a')!;
    expect(link.href).to.match(/^https:\/\//);
    expect(link.rel).to.contain('noopener');
    expect(detail.querySelector('.note')!.textContent).to.contain('the day after publication');
  });

  it('names a source by its link or its document, and gives a bare quotation no caption', async () => {
    const events = [
      { id: 'linked', title: 'Linked', start: '2022-02-10', source: { quote: 'Said once.', url: 'https://example.org/a' } },
      { id: 'bare', title: 'Bare', start: '2022-02-11', source: { quote: 'Said twice.' } },
      { id: 'unsafe', title: 'Unsafe', start: '2022-02-12', source: { quote: 'Said thrice.', url: 'javascript:alert(1)' } },
    ];
    const el = await timeline(html`<crisis-timeline style="width:1200px" .events=${events}></crisis-timeline>`);
    const caption = async (id: string) => {
      el.select(id, { animate: false });
      await settle(el);
      const detail = shadow(el, '[part~="detail"]')[0];
      expect(detail.querySelector('blockquote')!.textContent).to.match(/^Said/);
      const figcaption = detail.querySelector('figcaption');
      return figcaption && { text: figcaption.textContent.trim(), link: figcaption.querySelector('a')?.href };
    };
    expect(await caption('linked')).to.deep.equal({ text: 'Source', link: 'https://example.org/a' });
    expect(await caption('bare'), 'a quotation with nothing to name its source').to.equal(null);
    expect(await caption('unsafe'), 'a refused link leaves nothing to name').to.equal(null);
  });

  it('draws a cluster for events too close to draw, and zooming into it reveals them', async () => {
    const el = await timeline(html`<crisis-timeline time-zone="UTC" style="width:900px" .events=${[...crowded, { id: 'far', title: 'Far', start: '2022-08-01' }]}></crisis-timeline>`);
    el.fit();
    await settle(el);
    const count = countedInClusters(el);
    expect(count).to.be.greaterThan(0);
    expect(drawnIds(el).length + count).to.equal(61);
    // A badge is drawn for each cluster; a click on one (the pointer turning to zoom-in over it) zooms in.
    const badges = badgeBoxes(el);
    expect(badges.length).to.equal(clusterButtons(el).length);
    const plot = shadow(el, '.plot')[0];
    const box = plot.getBoundingClientRect();
    const middle = { x: Math.round(box.left + badges[0].x + badges[0].width / 2), y: Math.round(box.top + badges[0].y + badges[0].height / 2) };
    await sendMouse({ type: 'move', position: [middle.x, middle.y] });
    await settle(el);
    expect(getComputedStyle(plot).cursor).to.equal('zoom-in');
    // Its tooltip says what its button says: how many, when, and what a click does.
    expect(clusterButtons(el).map((b) => b.getAttribute('aria-label'))).to.include(plot.title);
    expect(plot.title).to.match(/^\d+ more events, .+; zoom in$/);
    await sendMouse({ type: 'click', position: [middle.x, middle.y] });
    await sendMouse({ type: 'move', position: [0, 0] });
    await wait(700);
    await settle(el);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.below(2);
    expect(drawnIds(el).filter((id) => id.startsWith('c')).length).to.be.greaterThan(60 - count);
  });

  it('zooming into a cluster shows where its events start, however long one of them lasts', async () => {
    const periods = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, title: `Period ${i}`, start: at(i * 3), end: '2022-06-30' }));
    const el = await timeline(html`<crisis-timeline time-zone="UTC" style="width:900px" .events=${[...crowded, ...periods, { id: 'far', title: 'Far', start: '2022-12-01' }]}></crisis-timeline>`);
    const largest = clusterButtons(el).sort((a, b) => clusterCount(b) - clusterCount(a))[0];
    largest.click();
    await wait(700);
    await settle(el);
    // Before, the view reached the end of the longest period in the cluster: 140 days.
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.below(30);
    expect(el.visibleRange.start.getTime()).to.be.below(Date.UTC(2022, 1, 10, 8));
  });

  it('draws cluster badges in the look given to ::part(cluster), and each cluster button zooms in', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>.red-badges::part(cluster) { background-color: rgb(255, 0, 0); }</style>
      <crisis-timeline class="red-badges" time-zone="UTC" style="width:900px" .events=${[...crowded, { id: 'far', title: 'Far', start: '2022-08-01' }]}></crisis-timeline>
    </div>`);
    const el = wrapper.querySelector('crisis-timeline')!;
    await settle(el);
    expect(badgeFill(el)).to.deep.equal([255, 0, 0]);
    // The button a screen reader finds for a cluster zooms into it too.
    const before = days(el.visibleRange.start, el.visibleRange.end);
    clusterButtons(el)[0].click();
    await wait(700);
    await settle(el);
    expect(days(el.visibleRange.start, el.visibleRange.end)).to.be.below(before / 10);
  });

  it('redraws cluster badges when the theme changes, and when their look changes from outside', async () => {
    const el = await timeline(html`<crisis-timeline theme="light" time-zone="UTC" style="width:900px" .events=${[...crowded, { id: 'far', title: 'Far', start: '2022-08-01' }]}></crisis-timeline>`);
    const brightness = () => badgeFill(el).reduce((sum, c) => sum + c, 0) / 3;
    expect(brightness()).to.be.above(200);
    el.theme = 'dark';
    await settle(el);
    expect(brightness()).to.be.below(60);
    // A look changed from outside is picked up at the next update, once its frame is drawn.
    el.style.setProperty('--crisis-timeline-surface', 'rgb(0, 0, 255)');
    el.requestUpdate();
    await settle(el);
    await wait(50);
    expect(badgeFill(el)).to.deep.equal([0, 0, 255]);
  });
});

describe('a title at the right edge of the view', () => {
  it('goes whole before its mark where the row has room, and the mark and its band stay where they were', async () => {
    const events = [
      { id: 'first', title: 'First', date: '2021-06-01' },
      { id: 'last', title: 'Opening to walkers and cyclists', date: '2022-03' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} locale="en-GB" style="width:900px"></crisis-timeline>`);
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const last = shadow(el, '[data-id="last"]')[0];
    const mark = last.querySelector('.mark')!.getBoundingClientRect();
    const label = last.querySelector<HTMLElement>('.label')!;
    const box = label.getBoundingClientRect();
    expect(last.classList.contains('truncated'), 'whole').to.be.false;
    expect(label.scrollWidth, 'whole').to.be.at.most(label.clientWidth);
    expect(box.right, 'before its mark').to.be.below(mark.left);
    expect(box.left, 'inside the plot').to.be.at.least(plot.left);
    // Its mark is at the middle of March, over its band, which spans the month.
    const pxPerDay = plot.width / days(el.visibleRange.start, el.visibleRange.end);
    const march = plot.left + days(el.visibleRange.start, new Date('2022-03-16T12:00Z')) * pxPerDay;
    expect((mark.left + mark.right) / 2).to.be.closeTo(march, 1.5);
    const band = getComputedStyle(last, '::before');
    const bandLeft = last.getBoundingClientRect().left + parseFloat(band.left);
    expect(bandLeft).to.be.closeTo(plot.left + days(el.visibleRange.start, new Date('2022-03-01')) * pxPerDay, 1.5);
    // The element spans its title: a click on the title selects the event.
    label.click();
    await settle(el);
    expect(el.selected).to.equal('last');
  });
});

describe('titles down a vertical axis', () => {
  it('run on over the columns to their right that are free beside them, and stop at one that is not', async () => {
    const long = 'Opening of the long bridge to walkers and cyclists';
    const events = [
      { id: 'a', title: 'Alpha, with a title too long for one column', start: '2022-02-01' },
      { id: 'b', title: 'Bravo, beside Alpha in the next column', start: '2022-02-01' },
      { id: 'c', title: long, start: '2022-02-15' },
    ];
    const el = await timeline(html`<crisis-timeline .events=${events} orientation="vertical" style="width:500px; --crisis-timeline-height: 600px"></crisis-timeline>`);
    const box = (id: string) => shadow(el, `[data-id="${id}"]`)[0].getBoundingClientRect();
    const label = (id: string) => shadow(el, `[data-id="${id}"] .label`)[0];
    expect(box('b').left, 'Bravo is in the next column').to.be.above(box('a').left + 50);
    expect(box('a').right, 'Alpha stops before Bravo').to.be.at.most(box('b').left);
    expect(box('c').width, 'the lone event takes the free columns').to.be.above(2 * box('a').width);
    expect(label('c').scrollWidth, 'its title is whole').to.be.at.most(label('c').clientWidth);
    expect(label('a').scrollWidth, "Alpha's is cut").to.be.above(label('a').clientWidth);
  });

  it('are left out where a column leaves room for fewer than three letters, and shown where it does not', async () => {
    // The article by category, side by side in 420 px: four lanes of about 88 px, columns of about 40.
    const el = await timeline(html`<crisis-timeline orientation="vertical" group-by="category" style="width:420px; --crisis-timeline-height: 600px"></crisis-timeline>`);
    const labels = shadow(el, '.events > li .label');
    expect(labels.length).to.be.at.least(3);
    for (const label of labels) {
      const { width } = label.getBoundingClientRect();
      expect(width === 0 || width >= 30, `"${label.textContent}" in ${width} px`).to.be.true;
    }
    expect(labels.some((label) => label.getBoundingClientRect().width === 0), 'some titles left out').to.be.true;
    // Wide columns keep their titles.
    el.groupBy = 'none';
    await settle(el);
    expect(shadow(el, '.events > li .label').every((label) => label.getBoundingClientRect().width >= 30)).to.be.true;
  });
});

describe('cluster badges down a vertical axis', () => {
  it('are as tall as an event in lanes too narrow for a column of titles', async () => {
    const events = ['a', 'b', 'c', 'd', 'e'].flatMap((lane) =>
      Array.from({ length: 20 }, (_, i) => ({ id: `${lane}${i}`, title: `${lane} ${i}`, start: `2022-02-10T12:${String(i * 2).padStart(2, '0')}Z`, category: lane })),
    );
    const el = await timeline(html`<crisis-timeline .events=${events} orientation="vertical" group-by="category" style="width:375px; --crisis-timeline-height: 500px"></crisis-timeline>`);
    const badges = badgeBoxes(el);
    expect(badges.length, 'some events are counted').to.be.above(0);
    for (const badge of badges) expect(badge.height, JSON.stringify(badge)).to.be.at.least(18);
  });
});

describe('titles in right-to-left scripts', () => {
  it('read right to left wherever they are shown: on the plot, in the tooltip, the detail panel and the list', async () => {
    const arabic = 'وزيرة الخارجية البريطانية تزور موسكو';
    const data = {
      meta: { categories: [{ id: 'talks', label: 'محادثات' }, { id: 'war', label: 'War' }] },
      events: [
        { id: 'ar', title: arabic, date: '2022-02-10', category: 'talks', actors: ['ليز تراس'], place: 'موسكو', summary: 'محادثات مع لافروف', source: { document: 'd', quote: 'نص المقال' } },
        { id: 'en', title: 'An English title', date: '2022-02-12', category: 'war' },
      ],
    };
    const el = await timeline(html`<crisis-timeline .events=${data} group-by="category" style="width:900px"></crisis-timeline>`);
    const label = (id: string) => shadow(el, `[data-id="${id}"] .label`)[0];
    expect(label('ar').matches(':dir(rtl)'), 'Arabic on the plot').to.be.true;
    expect(label('en').matches(':dir(ltr)'), 'English on the plot').to.be.true;
    // Category names: as lane names and in the legend's chips.
    expect(shadow(el, '.lane-label').map((name) => name.matches(':dir(rtl)')), 'lane names').to.deep.equal([true, false]);
    const chipNames = shadow(el, '.legend-categories button bdi');
    expect(chipNames.map((name) => name.matches(':dir(rtl)')), 'chips').to.deep.equal([true, false]);
    expect(chipNames[0].closest('button')!.matches(':dir(ltr)'), "a chip's mark stays before its name").to.be.true;
    shadow(el, '[data-id="ar"]')[0].dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el, '[part~="tooltip"] strong')[0].matches(':dir(rtl)'), 'in the tooltip').to.be.true;
    el.select('ar', { animate: false });
    await settle(el);
    for (const part of ['h2', 'p:not(.when)', 'blockquote', 'dd:nth-of-type(1)', 'dd:nth-of-type(2)', 'dd:nth-of-type(3)']) {
      expect(shadow(el, `[part~="detail"] ${part}`)[0].matches(':dir(rtl)'), `the detail panel's ${part}`).to.be.true;
    }
    el.view = 'list';
    await settle(el);
    const titles = shadow(el, '.list-title');
    expect(titles.map((t) => t.matches(':dir(rtl)'))).to.deep.equal([true, false]);
    expect(shadow(el, '.list-meta bdi').map((t) => t.matches(':dir(rtl)')), 'categories in the list').to.deep.equal([true, false]);
    el.view = 'timeline';
    el.orientation = 'vertical';
    await settle(el);
    expect(shadow(el, '.lane-heads span').map((name) => name.matches(':dir(rtl)')), 'lane names over columns').to.deep.equal([true, false]);
  });

  it('on a right-to-left page, time still runs left to right, each title after its mark and the month whole', async () => {
    const events = [
      { id: 'a', title: 'اجتماع في موسكو', start: '2022-02-10', source: { quote: 'نص الاقتباس' } },
      { id: 'b', title: 'محادثات في برلين', start: '2022-02-14' },
    ];
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <crisis-timeline locale="ar" start="2022-02-03" end="2022-02-20" style="width:900px" .events=${events}></crisis-timeline>
    </div>`);
    const el = wrapper.querySelector('crisis-timeline')!;
    await settle(el);
    await settle(el);
    const box = (id: string, part: string) => shadow(el, `[data-id="${id}"] ${part}`)[0].getBoundingClientRect();
    expect(box('a', '.mark').left, 'the earlier event on the left').to.be.below(box('b', '.mark').left);
    for (const id of ['a', 'b']) {
      const [mark, label] = [box(id, '.mark'), box(id, '.label')];
      expect(label.left - mark.right, `${id}: the title just after its mark`).to.be.within(0, 12);
    }
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const month = shadow(el, '.axis .major text')[0].getBoundingClientRect();
    expect(month.left, 'the month label inside the plot').to.be.at.least(plot.left);
    expect(month.left - plot.left).to.be.below(20);
    // The panel reads right to left: its quotation's bar is on the right, where its lines start.
    el.select('a', { animate: false });
    await settle(el);
    await settle(el);
    const quote = getComputedStyle(shadow(el, '[part~="detail"] blockquote')[0]);
    expect([quote.borderRightWidth, quote.borderLeftWidth], 'the bar beside the quotation').to.deep.equal(['3px', '0px']);
    el.select(null);
    // The toolbar's text takes its direction from itself: Arabic dates, an English count.
    const range = shadow(el, '.range')[0];
    expect(range.matches(':dir(rtl)'), range.textContent).to.be.true;
    el.view = 'list';
    await settle(el);
    expect(range.textContent).to.equal('2 events');
    expect(range.matches(':dir(ltr)'), 'the count in English').to.be.true;
  });
});

describe('lane names in thin lanes', () => {
  // Five lanes of about 64 px: two rows each and no line of their own, so each name sits over the start of the first row.
  const lanes = ['diplomacy', 'military', 'sanctions', 'statement', 'history'];
  const events = lanes.flatMap((category, l) => [
    // A bar passing under the name, and points from the very start of the view on.
    { id: `${category}-bar`, title: `A long ${category} period`, start: '2022-01-01', end: '2022-12-31', category },
    ...[2, 9, 16, 23, 30].map((d) => ({ id: `${category}-${d}`, title: `Event ${d} of lane ${l}`, start: `2022-02-${String(d).padStart(2, '0')}`.replace('-30', '-28'), category })),
  ]);

  it('never lets a title or a point run under a lane’s name, however the view zooms', async () => {
    const el = await timeline(
      html`<crisis-timeline group-by="category" start="2022-02-01" end="2022-03-01" style="width:900px;--crisis-timeline-height:480px" .events=${events}></crisis-timeline>`,
    );
    const check = () => {
      const names = shadow(el, '.lane-label').map((n) => n.getBoundingClientRect());
      expect(names.length).to.equal(5);
      let drawn = 0;
      for (const li of shadow(el, '.events > li')) {
        for (const part of [li.querySelector('.label')!, ...(li.classList.contains('point') ? [li.querySelector('.mark')!] : [])]) {
          const r = part.getBoundingClientRect();
          if (r.width === 0) continue;
          drawn++;
          for (const n of names) {
            const overlap = r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
            expect(overlap, `${li.dataset.id} (${part.className}) under a lane name`).to.be.false;
          }
        }
      }
      expect(drawn).to.be.at.least(5);
    };
    await settle(el);
    check();
    for (const factor of [0.5, 0.25, 4]) {
      el.zoomBy(factor);
      await settle(el);
      check();
    }
  });

  it('cuts a long name short at 40% of the lane, and draws titles from there', async () => {
    const long = 'the long history of the alliance and its enlargement to the east';
    const renamed = events.map((e) => (e.category === 'history' ? { ...e, category: long } : e));
    const el = await timeline(
      html`<crisis-timeline group-by="category" start="2022-02-01" end="2022-03-01" style="width:600px;--crisis-timeline-height:480px" .events=${renamed}></crisis-timeline>`,
    );
    const lane = shadow(el, '.lane').at(-1)!.getBoundingClientRect();
    const name = shadow(el, '.lane-label').at(-1)!;
    expect(name.title).to.equal(long.charAt(0).toUpperCase() + long.slice(1));
    const box = name.getBoundingClientRect();
    expect(box.width).to.be.at.most(0.4 * lane.width + 0.5);
    expect(name.scrollWidth, 'cut short').to.be.above(name.clientWidth);
    // Its first row is drawn from just past the name: a title there, none under it.
    const titles = shadow(el, '.events > li .label')
      .map((label) => label.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.top < box.bottom && r.bottom > box.top);
    expect(titles.length, 'titles beside the name').to.be.at.least(1);
    for (const r of titles) expect(r.left, 'a title under the name').to.be.at.least(box.right - 1);
  });
});

describe('lanes too thin for two rows of full height', () => {
  it('draw their rows closer: no title or badge runs into another lane or over another title', async () => {
    // The article's events by first actor, nine lanes in a short timeline: about 34 px each.
    const el = await timeline(
      html`<crisis-timeline group-by="actor" start="2022-02-01" end="2022-02-20" style="width:1000px;--crisis-timeline-height:480px"></crisis-timeline>`,
    );
    const lanes = shadow(el, '.lane').map((lane) => lane.getBoundingClientRect());
    expect(lanes.length).to.be.at.least(8);
    expect(lanes[0].height, 'a lane thinner than two rows of 27 px').to.be.below(54);
    const titles = titleBoxes(el);
    expect(titles.length).to.be.at.least(10);
    // A lane's box starts 2 px above its rows (its line sits there): 2 px of slack below.
    const inLane = (top: number, bottom: number) => lanes.some((lane) => top >= lane.top - 1 && bottom <= lane.bottom + 2);
    for (const a of titles) {
      expect(inLane(a.box.top, a.box.bottom), `${a.id} inside a lane`).to.be.true;
      for (const b of titles) {
        if (a === b) continue;
        const overlap = a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
        expect(overlap, `${a.id} over ${b.id}`).to.be.false;
      }
    }
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const badges = badgeBoxes(el);
    expect(badges.length).to.be.at.least(1);
    for (const badge of badges) expect(inLane(plot.top + badge.y, plot.top + badge.y + badge.height), `badge at ${badge.x}, ${badge.y}`).to.be.true;
  });
});

describe('more lanes than the height holds', () => {
  // 30 categories of two events each, in a timeline 500 px tall: room for about ten lanes.
  const events = Array.from({ length: 60 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: `2022-02-${String(1 + (i % 27)).padStart(2, '0')}`,
    category: `Category ${i % 30}`,
  }));

  it('keep the first lanes and share the last ("21 more lanes"); titles stay apart, and every event is drawn or counted', async () => {
    const el = await timeline(html`<crisis-timeline group-by="category" style="width:1000px" .events=${events}></crisis-timeline>`);
    const labels = names(el);
    expect(labels.length, labels.join(', ')).to.be.within(6, 14);
    // In the order categories first come in time.
    const inTime = [...new Set([...events].sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.category))];
    expect(labels.slice(0, -1)).to.deep.equal(inTime.slice(0, labels.length - 1));
    expect(labels.at(-1)).to.equal(`${31 - labels.length} more lanes`);
    for (const lane of shadow(el, '.lane')) expect(lane.getBoundingClientRect().height).to.be.at.least(28);
    // The legend takes two rows of chips at most (it scrolls): the plot keeps most of the height.
    expect(shadow(el, '.plot')[0].getBoundingClientRect().height).to.be.above(250);
    const chips = shadow(el, '.legend-categories')[0];
    expect(chips.scrollHeight).to.be.above(chips.clientHeight);
    const titles = titleBoxes(el);
    expect(titles.length).to.be.at.least(10);
    for (const a of titles) {
      for (const b of titles) {
        const overlap = a !== b && a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
        expect(overlap, `${a.id} over ${b.id}`).to.be.false;
      }
    }
    expect(drawnIds(el).length + countedInClusters(el)).to.equal(60);
  });

  it('zooming into a cluster of the shared lane reveals its events', async () => {
    const el = await timeline(html`<crisis-timeline group-by="category" style="width:1000px" .events=${events}></crisis-timeline>`);
    const shared = names(el).length - 1;
    const button = clusterButtons(el).find((b) => b.dataset.key!.startsWith(`${shared}:`))!;
    expect(button, 'a cluster in the shared lane').to.exist;
    const count = clusterCount(button);
    /** The events drawn in the shared lane. */
    const inShared = () => {
      const lane = shadow(el, '.lane')[shared].getBoundingClientRect();
      return shadow(el, '.events > li').filter((li) => {
        const { top, bottom } = li.querySelector('.label')!.getBoundingClientRect();
        return (top + bottom) / 2 > lane.top && (top + bottom) / 2 < lane.bottom;
      });
    };
    const before = new Set(inShared().map((li) => li.dataset.id));
    button.click();
    await wait(600);
    await settle(el);
    const revealed = inShared().map((li) => li.dataset.id!).filter((id) => !before.has(id));
    expect(revealed.length, `of ${count} in ${button.dataset.key}`).to.be.at.least(Math.min(count, 2));
    const shown = new Set(names(el).slice(0, -1));
    for (const id of revealed) expect(shown.has(events[Number(id.slice(1))].category), `${id} is of a shared category`).to.be.false;
  });
});

describe('more lanes than the width holds, side by side', () => {
  it('keep the first and share the last, none narrower than a mark beside its counts, which never meet', async () => {
    const events = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2022-02-${String(1 + (i % 27)).padStart(2, '0')}`, category: `Category ${i % 30}` }));
    const el = await timeline(
      html`<crisis-timeline group-by="category" orientation="vertical" style="width:600px;--crisis-timeline-height:600px" .events=${events}></crisis-timeline>`,
    );
    const heads = shadow(el, '.lane-heads span').map((h) => h.textContent.trim());
    expect(heads.length, heads.join(', ')).to.be.within(4, 9);
    expect(heads.at(-1)).to.equal(`${31 - heads.length} more lanes`);
    for (const lane of shadow(el, '.lane')) expect(lane.getBoundingClientRect().width).to.be.at.least(72);
    const plot = shadow(el, '.plot')[0].getBoundingClientRect();
    const marks = shadow(el, '.events > li .mark').map((m) => m.getBoundingClientRect());
    const badges = badgeBoxes(el).map((b) => ({ left: plot.left + b.x, right: plot.left + b.x + b.width, top: plot.top + b.y, bottom: plot.top + b.y + b.height }));
    expect(badges.length, 'some counts').to.be.at.least(1);
    for (const m of marks) {
      for (const b of badges) expect(m.left < b.right - 1 && b.left < m.right - 1 && m.top < b.bottom - 1 && b.top < m.bottom - 1, 'a mark under a count').to.be.false;
    }
    expect(drawnIds(el).length + countedInClusters(el)).to.equal(60);
  });
});

describe('a group or a category for every event', () => {
  it('lays out a few lanes and a bounded DOM for 5,000 actors, each event drawn or counted', async () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({ title: `Event ${i}`, start: new Date(Date.UTC(2022, 0, 1) + i * 36e5).toISOString(), actors: [`Actor ${i}`] }));
    const el = await timeline(html`<crisis-timeline group-by="actor" style="width:900px" .events=${events}></crisis-timeline>`);
    const labels = names(el);
    expect(labels.length).to.be.within(2, 16);
    expect(labels.at(-1)).to.equal(`${5001 - labels.length} more lanes`);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    expect(drawnIds(el).length + countedInClusters(el)).to.equal(5000);
  });

  it('gives the legend a toggle for the first 40 of 5,000 categories, and says how many more there are', async () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({ title: `Event ${i}`, start: new Date(Date.UTC(2022, 0, 1) + i * 36e5).toISOString(), category: `c${i}` }));
    const el = await timeline(html`<crisis-timeline style="width:900px" .events=${events}></crisis-timeline>`);
    const chips = shadow<HTMLButtonElement>(el, '.legend-categories .chip');
    expect(chips.map((c) => c.textContent.trim())).to.deep.equal(events.slice(0, 40).map((e) => e.category));
    expect(shadow(el, '.legend-categories .more')[0].textContent).to.equal('and 5k more');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    // The toggles still work.
    chips[0].click();
    await settle(el);
    expect(el.categories?.split(' ')).to.have.length(4999);
    expect(drawnIds(el).length + countedInClusters(el)).to.equal(4999);
  });
});

/**
 * The drawn titles where their letters are: across the label's box (shortened titles are cut
 * to it), and 14 px about the middle of its text (13 px type), not the taller line box.
 */
function titleBoxes(el: CrisisTimeline) {
  return shadow(el, '.events > li .label').flatMap((label) => {
    const { left, right } = label.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(label);
    const { top, bottom } = range.getBoundingClientRect();
    const middle = (top + bottom) / 2;
    return right > left ? [{ id: (label.closest('li') as HTMLElement).dataset.id, box: { left, right, top: middle - 7, bottom: middle + 7 } }] : [];
  });
}

/** The lanes' names, top to bottom. */
const names = (el: CrisisTimeline) => shadow(el, '.lane-label').map((n) => n.textContent.trim());

describe('events at one moment, more than the rows hold', () => {
  it('draw the first of them, reading down the rows in their order; the rest are counted', async () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `same-${i}`, title: `Same day ${i}`, start: '2022-02-10' }));
    const el = await timeline(html`<crisis-timeline style="width:800px;--crisis-timeline-height:320px" .events=${events}></crisis-timeline>`);
    const marks = shadow(el, '[part~="event"]').sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const shown = marks.map((m) => m.dataset.id);
    expect(shown.length, 'some drawn, not all').to.be.within(3, 29);
    expect(shown).to.deep.equal(events.slice(0, shown.length).map((e) => e.id));
    expect(countedInClusters(el)).to.equal(30 - shown.length);
  });
});

describe('a web font that comes after the first drawing', () => {
  it('has the titles measured again in it: they are laid out as in a timeline drawn with the font at hand', async () => {
    // A family no page has until the test adds it, wider than the fallback (a monospace face).
    const family = `Late${Math.random().toString(36).slice(2)}`;
    const style = `width:1000px;--crisis-timeline-font:${family}, sans-serif`;
    const el = await timeline(html`<crisis-timeline style=${style}></crisis-timeline>`);
    const layout = (t: CrisisTimeline) => shadow(t, '[part~="label"]').map((l) => `${l.closest<HTMLElement>('[data-id]')!.dataset.id} ${Math.round(l.getBoundingClientRect().width)}`);
    const before = layout(el);
    const face = new FontFace(family, 'local("DejaVu Sans Mono"), local("Liberation Mono")');
    document.fonts.add(face);
    try {
      await face.load();
      await settle(el);
      const fresh = await timeline(html`<crisis-timeline style=${style}></crisis-timeline>`);
      expect(layout(fresh), 'the font changes the layout').to.not.deep.equal(before);
      expect(layout(el)).to.deep.equal(layout(fresh));
    } finally {
      document.fonts.delete(face);
    }
  });

  it("has the cluster badges' counts measured again in it: the badges are as wide as in a timeline drawn with the font at hand", async () => {
    const family = `Late${Math.random().toString(36).slice(2)}`;
    const style = `width:900px;--crisis-timeline-font:${family}, sans-serif`;
    const events = [...crowded, { id: 'far', title: 'Far', start: '2022-08-01' }];
    const widths = (t: CrisisTimeline) => badgeBoxes(t).map((b) => b.width);
    const el = await timeline(html`<crisis-timeline time-zone="UTC" style=${style} .events=${events}></crisis-timeline>`);
    const before = widths(el);
    expect(before.length, 'badges drawn in the fallback font').to.be.greaterThan(0);
    const face = new FontFace(family, 'local("DejaVu Sans Mono"), local("Liberation Mono")');
    document.fonts.add(face);
    try {
      await face.load();
      await settle(el);
      const fresh = await timeline(html`<crisis-timeline time-zone="UTC" style=${style} .events=${events}></crisis-timeline>`);
      expect(widths(fresh), 'badges drawn once the font is in are not as wide as in the fallback').to.not.deep.equal(before);
      expect(widths(el)).to.deep.equal(widths(fresh));
    } finally {
      document.fonts.delete(face);
    }
  });
});

describe('a cluster as a screen reader finds it', () => {
  it('is named by its count, the dates of its cell and its lane, not only "more here"', async () => {
    // 60 events in one morning in one lane, and one a year later: on a view of the year the morning is one cluster.
    const events = [...crowded.map((e) => ({ ...e, category: 'Military' })), { id: 'far', title: 'Far', start: '2023-02-10', category: 'Diplomacy' }];
    const el = await timeline(html`<crisis-timeline locale="en-GB" time-zone="UTC" group-by="category" style="width:900px" .events=${events}></crisis-timeline>`);
    el.fit();
    await settle(el);
    const names = clusterButtons(el).map((b) => b.getAttribute('aria-label')!);
    expect(names.length, names.join(' | ')).to.be.greaterThan(0);
    for (const name of names) {
      const match = /^(\d+) more events?, (.+) to (.+), Military; zoom in$/.exec(name);
      expect(match, name).to.not.equal(null);
      // The cell's dates hold the morning of 10 February 2022, when the events are.
      const [from, to] = [match![2], match![3]].map((date) => Date.parse(`${date} UTC`));
      expect(from, name).to.be.at.most(Date.UTC(2022, 1, 10, 8));
      expect(to, name).to.be.at.least(Date.UTC(2022, 1, 10));
      expect(to - from, name).to.be.below(60 * 864e5);
    }
  });
});

describe('a cluster at the narrowest view', () => {
  it('brings its events forward one by one when activated, since zooming in shows no more', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `same-${i}`, title: `Same minute ${i}`, start: '2022-02-10T10:00Z' }));
    const el = await timeline(
      html`<crisis-timeline time-zone="UTC" start="2022-02-10T09:30Z" end="2022-02-10T10:30Z" style="width:700px;--crisis-timeline-height:300px" .events=${events}></crisis-timeline>`,
    );
    const view = () => [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    const before = view();
    expect(clusterButtons(el).length, `one cluster (view ${(before[1] - before[0]) / 6e4} min)`).to.equal(1);
    // Named for what a click does here: not "zoom in", which would show no more.
    expect(clusterButtons(el)[0].getAttribute('aria-label')).to.match(/^\d+ more events, .+; show the next$/);
    const plot = shadow(el, '.plot')[0];
    const badge = badgeBoxes(el)[0];
    const box = plot.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + badge.x + badge.width / 2), Math.round(box.top + badge.y + badge.height / 2)] });
    await settle(el);
    expect(getComputedStyle(plot).cursor).to.equal('pointer');
    expect(plot.title).to.match(/^\d+ more events, .+; show the next$/);
    await sendMouse({ type: 'move', position: [0, 0] });
    const seen = new Set(drawnIds(el));
    expect(seen.size).to.be.below(12);
    const selected = [];
    for (let i = 0; i < 12 && seen.size < 12; i++) {
      // Closing the detail panel between two clicks does not start the round again.
      if (i % 2) {
        el.select(null);
        await settle(el);
      }
      clusterButtons(el)[0].click();
      await settle(el);
      expect(String(el.selected), `selected after click ${i}: view ${(view()[1] - view()[0]) / 6e4} min`).to.match(/^same-/);
      expect(drawnIds(el), 'and drawn').to.include(el.selected);
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id, 'and focused').to.equal(el.selected);
      selected.push(el.selected);
      for (const id of drawnIds(el)) seen.add(id);
    }
    expect(seen.size, `every event drawn at some point (selected in turn: ${selected.join(' ')})`).to.equal(12);
    expect(view(), 'the view stays').to.deep.equal(before);
  });
});
