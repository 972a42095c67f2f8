import { expect } from '@open-wc/testing';
import { readMarkup, textOf } from '../src/data/markup.js';
import { validate } from '../src/data/validate.js';

/** Builds elements from a tree description, with createElement only. */
type Child = string | Node;
function el(name: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  for (const child of children) element.append(child);
  return element;
}
const time = (datetime: string | null, text: string) => el('time', datetime === null ? {} : { datetime }, text);

/** The markup of the example in the documentation, parsed by the browser from a <template>. */
function fromTemplate(markup: string): HTMLElement {
  const template = document.createElement('template');
  // The test's own constant markup; the module under test never parses HTML.
  template.innerHTML = `<crisis-timeline-test>${markup}</crisis-timeline-test>`;
  return template.content.firstElementChild as HTMLElement;
}

describe('inline markup', () => {
  it('returns null when there is no list directly inside', () => {
    expect(readMarkup(el('div'))).to.be.null;
    expect(readMarkup(el('div', {}, el('p', {}, 'No events yet.')))).to.be.null;
    // A list further down is not the element's own list.
    expect(readMarkup(el('div', {}, el('section', {}, el('ol', {}, el('li', {}, time('2022', '2022'), ' x')))))).to.be.null;
    expect(readMarkup(document.createDocumentFragment())).to.be.null;
  });

  it('reads point events and ranges from the documented example', () => {
    const root = fromTemplate(`
      <ol>
        <li id="truss-visit"><time datetime="2022-02-10">10 Feb 2022</time> Truss meets Lavrov in Moscow <p>Optional summary…</p></li>
        <li><time datetime="2022-02-10">10 Feb</time>–<time datetime="2022-02-20">20 Feb 2022</time> Russia–Belarus drills</li>
      </ol>`);
    expect(readMarkup(root)).to.deep.equal([
      { id: 'truss-visit', title: 'Truss meets Lavrov in Moscow', start: '2022-02-10', summary: 'Optional summary…' },
      { title: 'Russia–Belarus drills', start: '2022-02-10', end: '2022-02-20' },
    ]);
  });

  it('takes the first list, <ol> or <ul>, and only its <li> children', () => {
    const root = el(
      'div',
      {},
      el('p', {}, 'Intro'),
      el('ul', {}, el('li', {}, time('2021-11', 'November 2021'), ' Build-up'), el('template'), 'stray text'),
      el('ol', {}, el('li', {}, time('2022', '2022'), ' Second list')),
    );
    expect(readMarkup(root)).to.deep.equal([{ title: 'Build-up', start: '2021-11' }]);
  });

  it('reads the data attributes', () => {
    const li = el(
      'li',
      { id: ' wallace ', 'data-category': 'Defence', 'data-status': 'expected', 'data-actors': 'Ben Wallace, Sergei Shoigu, ', 'data-place': 'Moscow' },
      time('2022-02-11', '11 Feb'),
      ' Wallace to meet Shoigu',
    );
    expect(readMarkup(el('div', {}, el('ol', {}, li)))).to.deep.equal([
      {
        id: 'wallace',
        title: 'Wallace to meet Shoigu',
        start: '2022-02-11',
        category: 'Defence',
        status: 'expected',
        place: 'Moscow',
        actors: ['Ben Wallace', 'Sergei Shoigu'],
      },
    ]);
  });

  it('uses the text of a <time> without datetime, and lets the validator judge it', () => {
    const root = el(
      'div',
      {},
      el('ol', {}, el('li', {}, time(null, ' 2022-02-15 '), ' Talks'), el('li', {}, time(null, '15 February'), ' More talks')),
    );
    const events = readMarkup(root)!;
    expect(events).to.deep.equal([
      { title: 'Talks', start: '2022-02-15' },
      { title: 'More talks', start: '15 February' },
    ]);
    const result = validate(events);
    expect(result.events.map((e) => e.event.title)).to.deep.equal(['Talks']);
    expect(result.problems.map((p) => p.index)).to.deep.equal([1]);
  });

  it('keeps a <li> without <time> as an event without start, which the validator reports', () => {
    const root = el('div', {}, el('ol', {}, el('li', {}, time('2022', '2022'), ' Dated'), el('li', { id: 'undated' }, 'Undated event')));
    const events = readMarkup(root)!;
    expect(events[1]).to.deep.equal({ id: 'undated', title: 'Undated event' });
    const result = validate(events);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ index: 1, id: 'undated' });
    expect(result.problems[0].message).to.match(/no date/);
  });

  it('keeps an empty <li> as an event, too', () => {
    const events = readMarkup(el('div', {}, el('ul', {}, el('li'))))!;
    expect(events).to.deep.equal([{}]);
    expect(validate(events).problems[0]).to.include({ index: 0 });
  });

  it('reads the title through nested inline markup, without the dates and the words that join them', () => {
    const root = fromTemplate(`
      <ol>
        <li><strong><time datetime="2022-02-14">14 Feb</time></strong>: <a href="/x">Johnson</a> meets <em>Stoltenberg</em>
          in&nbsp;Brussels<br>and Duda in Warsaw</li>
        <li>From <time datetime="2022-02-10">10</time> to <time datetime="2022-02-20">20 February</time>, drills in Belarus</li>
        <li>Between <time datetime="2022-02">February</time> and <time datetime="2022-03">March</time> – talks and sanctions</li>
        <li>Truss – Lavrov talks (<time datetime="2022-02-10">10 Feb</time>)</li>
        <li>Drills end, <time datetime="2022-02-20">20 Feb</time></li>
        <li><time datetime="2022-02-10">10</time>–<time datetime="2022-02-20">20 Feb</time> Drills, reviewed on <time>21 Feb</time></li>
      </ol>`);
    expect(readMarkup(root)!.map((e) => (e as { title: string }).title)).to.deep.equal([
      'Johnson meets Stoltenberg in Brussels and Duda in Warsaw',
      'drills in Belarus',
      'talks and sanctions',
      'Truss – Lavrov talks',
      'Drills end',
      // Only the first two <time> elements date the event; a third is part of the text.
      'Drills, reviewed on 21 Feb',
    ]);
  });

  it('takes nested blocks as the summary and a <blockquote> as the source', () => {
    const root = el(
      'div',
      {},
      el(
        'ol',
        {},
        el(
          'li',
          {},
          time('2022-02-10', '10 Feb 2022'),
          ' Truss meets Lavrov ',
          el('p', {}, 'The talks were ', el('b', {}, 'frosty'), ', on ', time('2022-02-11', 'the 11th'), ' too.'),
          el('div', {}, 'A second  paragraph.'),
          el('blockquote', { cite: 'https://www.bbc.co.uk/news/world-europe-60330224' }, el('p', {}, 'Like talking to the deaf.')),
          el('script', {}, 'window.__markupScript = 1'),
        ),
        el('li', {}, time('2022', '2022'), ' Relative cite', el('blockquote', { cite: '/article.html' }, 'Quoted')),
        el('li', {}, time('2022', '2022'), ' Unsafe cite', el('blockquote', { cite: 'javascript:alert(1)' }, 'Quoted')),
        el('li', {}, time('2022', '2022'), ' No cite', el('blockquote', {}, ' Just a   quote ')),
      ),
    );
    const events = readMarkup(root) as Record<string, unknown>[];
    expect(events[0]).to.deep.equal({
      title: 'Truss meets Lavrov',
      start: '2022-02-10',
      summary: 'The talks were frosty, on the 11th too. A second paragraph.',
      source: { quote: 'Like talking to the deaf.', url: 'https://www.bbc.co.uk/news/world-europe-60330224' },
    });
    expect(events[1].source).to.deep.equal({ quote: 'Quoted', url: new URL('/article.html', document.baseURI).href });
    expect(events[2].source).to.deep.equal({ quote: 'Quoted' });
    expect(events[3].source).to.deep.equal({ quote: 'Just a quote' });
    const result = validate(events);
    expect(result.problems).to.deep.equal([]);
    expect(result.events).to.have.length(4);
  });

  it('reads text without markup, script or style, with spaces at line breaks and blocks', () => {
    const node = el('div', {}, 'a', el('br'), 'b', el('p', {}, 'c'), el('style', {}, 'p {}'), el('span', {}, 'd'), '\n  e');
    expect(textOf(node)).to.equal('a b c d e');
  });
});
