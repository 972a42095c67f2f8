import { expect } from '@open-wc/testing';
import { fromTimelineJs, htmlToText, isTimelineJs } from '../src/data/timelinejs.js';
import { validate } from '../src/data/validate.js';
import { parseDate } from '../src/time/edtf.js';
import { formatDate } from '../src/time/format.js';
import data from '../src/data/article-events.json';

/** Flags the hostile markup below would set if any of it ran. */
const flags = window as unknown as Record<string, unknown>;

/** A newsroom's timeline as TimelineJS3 JSON, with the quirks real files have. */
function newsroomDocument() {
  return {
    title: {
      text: { headline: 'Russia&ndash;Ukraine <em>crisis</em>:<br/>the&nbsp;build-up', text: '<p>How it came to war.</p>' },
      media: { url: '//upload.wikimedia.org/title.jpg', caption: 'Kyiv' },
    },
    events: [
      {
        unique_id: 'truss-lavrov',
        start_date: { year: '2022', month: '2', day: '10', display_date: 'Thursday' },
        text: {
          headline:
            'Truss <b>meets</b> Lavrov<script>window.__tljsScript = true</script><img src="x-no-such-image.png" onerror="window.__tljsImg = true">',
          text: '<p>Talks in Moscow &amp; a  cold\n press conference.</p><p>Lavrov: &quot;like talking to the deaf&quot;.</p>',
        },
        media: { url: 'https://www.bbc.co.uk/news/world-europe-60330224', caption: 'The <i>BBC</i> report', credit: 'BBC' },
        group: 'Diplomacy',
        display_date: '10 February',
        autolink: true,
      },
      {
        start_date: { year: 2021, month: 11 },
        text: { headline: 'Troop build-up near the border', text: '' },
        media: { url: 'javascript:alert(1)', caption: 'Satellite image' },
        group: '',
      },
      {
        start_date: { year: '2022', month: '02', day: '10', hour: '14', minute: '30', millisecond: '250' },
        end_date: { year: '2022', month: '02', day: '20', hour: '', minute: '' },
        text: { headline: 'Russia&ndash;Belarus drills' },
        group: 3,
      },
      {
        start_date: { year: '1949' },
        text: { headline: '<h2>NATO</h2> founded' },
        media: { url: '', caption: '', credit: '' },
      },
      {
        start_date: { year: -44, month: 3, day: 15 },
        text: { headline: 'Ides of March' },
      },
      {
        text: { headline: 'A slide without a date' },
      },
      {
        start_date: { year: 12345 },
        text: { headline: 'Far future' },
      },
      {
        start_date: { year: '2022', month: 'Feb' },
        text: { headline: 'Month in words' },
      },
      {
        start_date: { year: 2022, day: 14 },
        text: { headline: 'A day without a month' },
      },
      {
        start_date: { year: 2022, month: 2, day: 24, hour: 5 },
        text: { headline: 'Invasion begins' },
        media: { url: '<blockquote>I have decided to conduct a special military operation</blockquote>' },
      },
      {
        start_date: { year: 2022, month: 2, day: 24 },
        media: { url: 'https://example.org/photo.jpg', caption: 'Queues at the border crossing at Medyka' },
      },
    ],
    eras: [{ start_date: { year: 2021, month: 11 }, end_date: { year: 2022, month: 2 }, text: { headline: 'Build-up' } }],
  };
}

describe('TimelineJS import', () => {
  afterEach(() => {
    for (const key of ['__tljsScript', '__tljsImg', '__tljsSvg', '__tljsDetails', '__tljsControl']) delete flags[key];
  });

  describe('isTimelineJs', () => {
    it('recognises TimelineJS documents', () => {
      expect(isTimelineJs(newsroomDocument())).to.be.true;
      expect(isTimelineJs({ events: [{ start_date: { year: 2022 } }] })).to.be.true;
      expect(isTimelineJs({ title: { text: { headline: 'Only a title' } }, events: [] })).to.be.true;
      // One slide with a date is enough: a broken slide does not change the format.
      expect(isTimelineJs({ events: [{ text: { headline: 'no date' } }, { start_date: { year: 2022 } }] })).to.be.true;
    });

    it('does not take our own format, or anything else, for TimelineJS', () => {
      expect(isTimelineJs(data)).to.be.false;
      expect(isTimelineJs({ meta: { title: 'Ours' }, events: [{ title: 'x', start: '2022' }] })).to.be.false;
      expect(isTimelineJs([{ title: 'x', start: '2022' }])).to.be.false;
      expect(isTimelineJs([{ start_date: { year: 2022 } }])).to.be.false;
      expect(isTimelineJs({ title: 'A title', events: [] })).to.be.false;
      expect(isTimelineJs({ events: [{ start_date: '2022-02-10' }] })).to.be.false;
      expect(isTimelineJs({ events: 'none' })).to.be.false;
      for (const value of [null, undefined, 'events', 42, true, {}]) expect(isTimelineJs(value), JSON.stringify(value) ?? 'undefined').to.be.false;
    });
  });

  describe('fromTimelineJs', () => {
    it('takes the title slide as the title, in plain text', () => {
      expect(fromTimelineJs(newsroomDocument()).meta).to.deep.equal({ title: 'Russia–Ukraine crisis: the build-up' });
      expect(fromTimelineJs({ events: [] }).meta).to.deep.equal({});
    });

    it('maps a slide: id, dates at their precision, plain-text title and summary, group, source', () => {
      const [event] = fromTimelineJs(newsroomDocument()).events;
      expect(event).to.deep.equal({
        id: 'truss-lavrov',
        title: 'Truss meets Lavrov',
        start: '2022-02-10',
        category: 'Diplomacy',
        summary: 'Talks in Moscow & a cold press conference. Lavrov: "like talking to the deaf".',
        source: { quote: 'The BBC report', url: 'https://www.bbc.co.uk/news/world-europe-60330224' },
      });
    });

    it('writes each date at the precision given, numbers or strings', () => {
      const events = fromTimelineJs(newsroomDocument()).events as Record<string, unknown>[];
      expect(events.map((e) => [e.start, e.end])).to.deep.equal([
        ['2022-02-10', undefined],
        ['2021-11', undefined],
        ['2022-02-10T14:30', '2022-02-20'],
        ['1949', undefined],
        ['-0043-03-15', undefined],
        [undefined, undefined],
        ['Y12345', undefined],
        ['date with month "Feb"', undefined],
        ['date with day 14', undefined],
        ['2022-02-24T05:00', undefined],
        ['2022-02-24', undefined],
      ]);
    });

    it('reads BCE years as TimelineJS shows them: -44 is 44 BC', () => {
      const convert = (date: Record<string, unknown>) =>
        (fromTimelineJs({ events: [{ start_date: date, text: { headline: 'x' } }] }).events[0] as { start: string }).start;
      expect(convert({ year: -44 })).to.equal('-0043');
      expect(formatDate(parseDate(convert({ year: -44 })), { locale: 'en' })).to.equal('44 BC');
      expect(convert({ year: '-1' })).to.equal('0000');
      expect(convert({ year: 0 })).to.equal('0000');
      expect(convert({ year: 7 })).to.equal('0007');
      expect(convert({ year: -2500 })).to.equal('-2499');
      expect(convert({ year: -12345 })).to.equal('Y-12344');
      expect(convert({ year: 10000 })).to.equal('Y10000');
    });

    it('keeps times floating, with seconds when given', () => {
      const convert = (date: Record<string, unknown>) =>
        (fromTimelineJs({ events: [{ start_date: date, text: { headline: 'x' } }] }).events[0] as { start: string }).start;
      expect(convert({ year: 2022, month: 2, day: 10, hour: 0, minute: 5, second: '07' })).to.equal('2022-02-10T00:05:07');
      expect(convert({ year: 2022, month: 2, day: 10, hour: 9 })).to.equal('2022-02-10T09:00');
    });

    it('turns unusable dates into text the validator refuses, quoting the values', () => {
      const convert = (date: unknown) =>
        (fromTimelineJs({ events: [{ start_date: date, text: { headline: 'x' } }] }).events[0] as { start: unknown }).start;
      expect(convert({ month: 2 })).to.equal('date without a year');
      expect(convert({})).to.equal('date without a year');
      expect(convert({ year: '2022 BC' })).to.equal('date with year "2022 BC"');
      expect(convert({ year: 2022.5 })).to.equal('date with year 2022.5');
      expect(convert({ year: 2022, month: 0 })).to.equal('date with month 0');
      // EDTF would read month 21 as spring.
      expect(convert({ year: 2022, month: 21 })).to.equal('date with month 21');
      expect(convert({ year: 2022, month: 2, day: -1 })).to.equal('date with day -1');
      expect(convert({ year: 2022, month: 2, day: 10, minute: 30 })).to.equal('date with minute 30');
      // Not a date object at all: passed on for the validator to name.
      expect(convert('2022-02-10')).to.equal('2022-02-10');
      expect(convert(2022)).to.equal(2022);
      for (const date of [{ month: 2 }, { year: 'abc' }, { year: 2022, month: 21 }, { year: 2022, month: 2, day: 30 }, 2022]) {
        const { events, problems } = validate(fromTimelineJs({ events: [{ start_date: date, text: { headline: 'x' } }] }));
        expect(events, JSON.stringify(date)).to.have.length(0);
        expect(problems, JSON.stringify(date)).to.have.length(1);
        expect(problems[0].index).to.equal(0);
      }
    });

    it('lets validate report the slide without a start date, by its index, and accept the rest', () => {
      const result = validate(fromTimelineJs(newsroomDocument()));
      const errors = result.problems.filter((p) => p.level !== 'warning');
      expect(errors.map((p) => p.index)).to.deep.equal([5, 7, 8]);
      expect(errors[0].message).to.match(/has no date/);
      expect(errors[1].message).to.include('Feb');
      expect(result.events.map((e) => e.event.title)).to.have.members([
        'Truss meets Lavrov',
        'Troop build-up near the border',
        'Russia–Belarus drills',
        'NATO founded',
        'Ides of March',
        'Far future',
        'Invasion begins',
        'Queues at the border crossing at Medyka',
      ]);
      // The numeric group becomes text rather than a warning.
      expect(result.problems.filter((p) => p.level === 'warning')).to.deep.equal([]);
      expect(result.events.map((e) => e).find((e) => e.event.title === 'Russia–Belarus drills')!.event.category).to.equal('3');
    });

    it('keeps only http(s) media as a source, quoted by its caption or headline', () => {
      const events = fromTimelineJs(newsroomDocument()).events as Record<string, unknown>[];
      expect(events[1].source).to.be.undefined; // javascript: address
      expect(events[3].source).to.be.undefined; // empty media
      expect(events[9].source).to.deep.equal({ quote: 'I have decided to conduct a special military operation' });
      const noCaption = fromTimelineJs({
        events: [{ start_date: { year: 2022 }, text: { headline: 'Head<br>line' }, media: { url: '//example.org/a.jpg' } }],
      }).events[0];
      expect(noCaption).to.deep.include({ source: { quote: 'Head line', url: 'https://example.org/a.jpg' } });
      const embed = fromTimelineJs({
        events: [{ start_date: { year: 2022 }, text: { headline: 'x' }, media: { url: '<iframe src="https://example.org"></iframe>' } }],
      }).events[0];
      expect(embed).not.to.have.property('source');
    });

    it('names a slide without a headline by its text or caption', () => {
      const events = fromTimelineJs(newsroomDocument()).events as Record<string, unknown>[];
      expect(events[10].title).to.equal('Queues at the border crossing at Medyka');
      const long = 'A very long text that goes on and on about what happened on the day, far more than a title should hold.';
      const [event] = fromTimelineJs({ events: [{ start_date: { year: 2022 }, text: { text: `<p>${long}</p>` } }] })
        .events as Record<string, unknown>[];
      expect(event.title).to.equal('A very long text that goes on and on about what happened on the day, far more…');
      expect(event.summary).to.equal(long);
    });

    it('passes on slides that are not objects, so that the indexes stay right', () => {
      const result = validate(fromTimelineJs({ events: [null, { start_date: { year: 2022 }, text: { headline: 'ok' } }, 'x'] }));
      expect(result.events).to.have.length(1);
      expect(result.problems.map((p) => p.index)).to.deep.equal([0, 2]);
    });

    it('considers only the year on the cosmological scale', () => {
      const { events } = fromTimelineJs({
        scale: 'cosmological',
        events: [{ start_date: { year: -13000, month: 5 }, text: { headline: 'x' } }],
      });
      expect(events[0]).to.deep.include({ start: 'Y-12999' });
    });

    it('never throws, whatever it is given', () => {
      for (const value of [null, undefined, 'x', 1, [], {}, { events: null }, { title: 5, events: [{ start_date: null, text: 5, media: [] }] }]) {
        expect(() => fromTimelineJs(value), JSON.stringify(value)).not.to.throw();
      }
      expect(fromTimelineJs('x')).to.deep.equal({ meta: {}, events: [] });
    });
  });

  describe('HTML to text', () => {
    it('decodes entities, drops tags and script source, and collapses whitespace', () => {
      expect(htmlToText('  Truss &amp; Lavrov\n\t meet ')).to.equal('Truss & Lavrov meet');
      expect(htmlToText('<p>One</p><p>two</p>three<br>four')).to.equal('One two three four');
      expect(htmlToText('a < b &lt;c&gt;')).to.equal('a < b <c>');
      expect(htmlToText('x<script>var secret = 1</script><style>p{}</style>y')).to.equal('xy');
      expect(htmlToText(undefined)).to.equal('');
      expect(htmlToText(2022)).to.equal('2022');
    });

    it('runs no script and fires no handler from the imported HTML', async () => {
      const hostile = [
        '<script>window.__tljsScript = true</script>Script',
        '<img src="x-no-such-image.png" onerror="window.__tljsImg = true">Image',
        '<svg onload="window.__tljsSvg = true"></svg>Svg',
        '<details open ontoggle="window.__tljsDetails = true">Details</details>',
      ];
      const { events } = fromTimelineJs({
        events: hostile.map((headline, i) => ({ start_date: { year: 2022 }, text: { headline, text: headline }, unique_id: `e${i}` })),
      });
      expect(events.map((e) => (e as { title: string }).title)).to.deep.equal(['Script', 'Image', 'Svg', 'Details']);

      // Control: the same kind of handler on an image of the live page does fire, so
      // waiting for it shows how long a handler would take to run.
      const control = document.createElement('img');
      control.setAttribute('onerror', 'window.__tljsControl = true');
      control.src = '/x-no-such-image-either.png';
      for (let i = 0; i < 100 && !flags.__tljsControl; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(flags.__tljsControl, 'control handler').to.be.true;

      for (const flag of ['__tljsScript', '__tljsImg', '__tljsSvg', '__tljsDetails']) expect(flags[flag], flag).to.be.undefined;
    });

    it('gives plain text for the hostile headline of the newsroom document', async () => {
      const [event] = fromTimelineJs(newsroomDocument()).events as { title: string; summary: string }[];
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(event.title).to.equal('Truss meets Lavrov');
      expect(event.title + event.summary).not.to.match(/[<>]|window\./);
      expect(flags.__tljsScript).to.be.undefined;
      expect(flags.__tljsImg).to.be.undefined;
    });
  });
});
