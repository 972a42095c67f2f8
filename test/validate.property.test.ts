// Property-based tests of `validate`, the one gate every dataset passes through: whatever
// it is given, it never throws, and it accounts for every event — accepted, or refused
// with a problem that names its position.

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventColumns, EventList, type ResolvedEvent } from '../src/data/event-list.js';
import { printable } from '../src/data/printable.js';
import { sortChronologically, validate, type EventTimes, type ValidationResult } from '../src/data/validate.js';

/** fast-check options: how many cases, and the failing assertion's message in the report. */
const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

// ---------------------------------------------------------------------------------------
// Generators

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'; DROP TABLE events; --",
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'toString',
  '\u0000',
  '\u202e\u2066evil',
  '\ud800',
  '   ',
  '',
  'x'.repeat(5000),
);

const text = fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: hostile });
/** Anything at all: the wrong type for every field now and then. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  hostile,
  fc.constantFrom(null, undefined, NaN, Infinity, -0, true, 0, [], {}, 10n, Symbol('s'), new Date(NaN), Object.create(null)),
);

const dateText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2022-02-10', '2022-02', '2021-11~', '2022', '2022-02-24T04:00+02:00', '2014', '2022-21', '201X', '2022-02-11?') },
  { weight: 1, arbitrary: fc.constantFrom('..', '', ' ', '2022-02-30', 'yesterday', '2022-13', '-0000', 'Y-300000', '2022/2023') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789X-/.~?%TZ:'), maxLength: 12 }) },
);
const intervalText = fc.oneof(
  dateText,
  fc.tuple(dateText, dateText).map(([a, b]) => `${a}/${b}`),
);

/** Ids from a small pool, so that some repeat, and ids that look like the generated ones. */
const id = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', ' a ', 'c', 'event-1', 'event-2', 'event-1-', '1', 1, 2, 2.5) },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: junk },
);

const sourceArb = fc.oneof(
  fc.record(
    {
      quote: fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: junk }),
      document: fc.oneof(text, junk),
      start: fc.oneof(fc.nat(), junk),
      end: fc.oneof(fc.nat(), junk),
      url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:,x', '//evil.example', 'ftp://x.example/', ' https://ok.example/ '), junk),
      extra: junk,
    },
    { requiredKeys: [] },
  ),
  junk,
);

/** An object like an event but for its dates, each field often right and sometimes of any type at all. */
const eventLike = fc.record(
  {
    id,
    title: fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: junk }),
    status: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('reported', 'ongoing', 'expected') }, { weight: 1, arbitrary: junk }),
    category: fc.oneof(text, junk),
    actors: fc.oneof(fc.array(text, { maxLength: 3 }), fc.array(junk, { maxLength: 3 }), junk),
    place: fc.oneof(text, junk),
    summary: fc.oneof(text, junk),
    dateNote: fc.oneof(text, junk),
    source: sourceArb,
  },
  { requiredKeys: [] },
);

/** The date fields: mostly one of the usual combinations, sometimes any mix. */
const dateFields = fc.oneof(
  { weight: 3, arbitrary: fc.record({ start: dateText }) },
  { weight: 2, arbitrary: fc.record({ start: dateText, end: dateText }) },
  { weight: 2, arbitrary: fc.record({ date: intervalText }) },
  {
    weight: 1,
    arbitrary: fc.record({ start: fc.oneof(dateText, junk), end: fc.oneof(dateText, junk), date: fc.oneof(intervalText, junk) }, { requiredKeys: [] }),
  },
);

/** Fields validate does not know, `__proto__` among them (as JSON.parse would make it: an own property). */
const unknownFields = fc.dictionary(
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'Title', 'start ', 'dates', 'hasOwnProperty'), fc.string({ minLength: 1, maxLength: 8 })),
  junk,
  { maxKeys: 2 },
);
const known = new Set(['id', 'title', 'start', 'end', 'date', 'status', 'category', 'actors', 'place', 'summary', 'dateNote', 'source']);

function withOwn(target: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(extra)) {
    if (known.has(key)) continue;
    Object.defineProperty(target, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
  }
  return target;
}

const eventInput = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(eventLike, dateFields, unknownFields).map(([event, dates, extra]) => withOwn({ ...event, ...dates }, extra)) },
  { weight: 1, arbitrary: junk },
);

// ---------------------------------------------------------------------------------------
// Checks

function neverThrows(data: unknown): ValidationResult {
  const result = validate(data);
  expect(result.events).to.be.an.instanceOf(EventList);
  expect(result.problems).to.be.an('array');
  expect(result.meta).to.be.an('object');
  for (const p of result.problems) {
    expect(p.message).to.be.a('string').and.not.equal('');
    expect([undefined, 'error', 'warning']).to.include(p.level);
  }
  return result;
}

const endOf = (e: ResolvedEvent) => (e.end === null ? e.start.max : e.end === 'open' ? Infinity : e.end.max);

/** The id an input gives itself, as validate reads it, or undefined. */
function givenId(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const value = (input as Record<string, unknown>).id;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Tags each input whose title is text with ` #index` so that an accepted event can be
 * traced back to its input. Everything else stays as generated.
 */
function tagged(list: unknown[]): unknown[] {
  return list.map((input, index) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const title = (input as Record<string, unknown>).title;
    if (typeof title !== 'string' || title.trim() === '') return input;
    const copy = withOwn({}, input as Record<string, unknown>);
    for (const key of known) if (key in input) copy[key] = (input as Record<string, unknown>)[key];
    copy.title = `${title} #${index}`;
    return copy;
  });
}
const indexOf = (e: ResolvedEvent) => Number(/ #(\d+)$/.exec(e.event.title)![1]);

function checkAccounting(list: unknown[], result: ValidationResult): void {
  const accepted = new Map<number, ResolvedEvent>();
  for (const e of result.events.map((e) => e)) {
    const index = indexOf(e);
    expect(accepted.has(index), `input ${index} accepted twice`).to.be.false;
    accepted.set(index, e);
  }
  const refused = new Set<number>();
  for (const p of result.problems) {
    if (p.index === undefined) continue;
    expect(p.index, p.message).to.be.within(0, list.length - 1);
    expect(Number.isInteger(p.index), p.message).to.be.true;
    if (p.level !== 'warning') refused.add(p.index);
  }
  for (let i = 0; i < list.length; i++) {
    // Either accepted or refused: never both, never neither.
    expect(accepted.has(i) !== refused.has(i), `input ${i}: accepted ${accepted.has(i)}, refused ${refused.has(i)}`).to.be.true;
  }
  // Problems without an index are about the data as a whole, and only warnings here.
  for (const p of result.problems) if (p.index === undefined) expect(p.level, p.message).to.equal('warning');

  // Sorted by start, then end.
  for (let i = 1; i < result.events.length; i++) {
    const [a, b] = [result.events.get(i - 1), result.events.get(i)];
    const order = a.start.min - b.start.min || endOf(a) - endOf(b);
    expect(order, `${a.event.id} before ${b.event.id}`).to.be.at.most(0);
  }

  // Ids: unique, non-empty; given ones kept; the others generated clear of them.
  const ids = result.events.map((e) => e.event.id);
  expect(new Set(ids).size, JSON.stringify(ids)).to.equal(ids.length);
  for (const [index, e] of accepted) {
    expect(e.event.id).to.be.a('string').and.not.equal('');
    const given = givenId(list[index]);
    if (given !== undefined) expect(e.event.id).to.equal(given);
    else expect(e.event.id).to.match(/^event-\d+-*$/);
    // The first event with an id is the one kept: no earlier input with it was accepted
    // (an earlier one may have been refused for another reason).
    if (given !== undefined) {
      for (let j = 0; j < list.length; j++) {
        if (j !== index && givenId(list[j]) === given) expect(accepted.has(j), `id ${given} at ${j} and ${index}`).to.be.false;
      }
      for (let j = 0; j < index; j++) {
        if (givenId(list[j]) !== given) continue;
        const why = result.problems.filter((p) => p.index === j && p.level !== 'warning').map((p) => p.message);
        expect(why.join(' '), `input ${j} has id ${given} too`).to.not.match(/is used twice/);
      }
    }
  }

  // What an accepted event carries is well formed; text is kept as given (escaping is the view's job), but for control characters (see printable).
  for (const [index, e] of accepted) {
    const input = list[index] as Record<string, unknown>;
    expect(e.event.title).to.equal(printable((input.title as string).trim()));
    expect(['reported', 'ongoing', 'expected']).to.include(e.event.status);
    expect(e.event.actors.every((a) => typeof a === 'string' && a !== '')).to.be.true;
    expect(e.event.precision).to.equal(e.start.precision);
    expect(Number.isFinite(e.start.min) && e.start.max > e.start.min).to.be.true;
    if (e.end !== null && e.end !== 'open') expect(e.end.max).to.be.greaterThan(e.start.min);
    if (e.event.source?.url !== undefined) expect(new URL(e.event.source.url).protocol).to.match(/^https?:$/);
    if (e.event.source) expect(e.event.source.quote).to.be.a('string');
    // Each field is the event's own: its columns were moved together, sorted and cut.
    const own = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    if (own(input.category)) expect(e.category).to.equal(own(input.category));
    if (own(input.place)) expect(e.event.place).to.equal(own(input.place));
    if (['reported', 'ongoing', 'expected'].includes(input.status as string)) expect(e.status).to.equal(input.status);
    if (own(input.start) && input.date === undefined) expect(e.event.start).to.equal(own(input.start));
    // What drawing reads without the event object agrees with it.
    expect([e.id, e.title, e.status, e.category, e.actor]).to.deep.equal([e.event.id, e.event.title, e.event.status, e.event.category, e.event.actors[0]]);
  }

  // What is read of the list without making an event agrees with the event.
  const { events } = result;
  expect(events.map((_, i) => [events.id(i), events.title(i), events.category(i), events.actor(i), events.hasId(events.id(i)!)])).to.deep.equal(
    events.map((e) => [e.id, e.title, e.category, e.actor, true]),
  );
  expect(events.hasId('not one of them')).to.equal(events.map((e) => e.id).includes('not one of them'));

  // The times (what the drawing reads) are the events' dates, in the events' order.
  const { times } = result;
  expect(times.startMin.length).to.equal(result.events.length);
  result.events.map((e, i) => {
    const end = e.end === null || e.end === 'open' ? null : e.end;
    const expected = [e.start.min, e.start.max, e.end === null ? NaN : end ? end.max : Infinity, (e.start.zoned ? 1 : 0) | (end?.zoned ? 2 : 0)];
    expect([times.startMin[i], times.startMax[i], times.endMax[i], times.zoned[i]], e.id).to.deep.equal(expected);
  });
}

// ---------------------------------------------------------------------------------------

describe('validate (property-based)', () => {
  it('never throws, whatever it is given', () => {
    const everything = fc.anything({
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(everything, (data) => void neverThrows(data)), runs(300));
    fc.assert(fc.property(fc.array(everything, { maxLength: 5 }), (data) => void neverThrows(data)), runs(200));
    fc.assert(fc.property(fc.json(), (json) => void neverThrows(JSON.parse(json))), runs(200));
    fc.assert(fc.property(fc.record({ meta: junk, events: fc.oneof(fc.array(eventInput, { maxLength: 5 }), junk) }, { requiredKeys: [] }), (data) => void neverThrows(data)), runs(200));
  });

  it('never throws on events of wrong types and hostile text', () => {
    fc.assert(fc.property(fc.array(eventInput, { maxLength: 12 }), (list) => void neverThrows(list)), runs(300));
  });

  it('accepts or refuses every event (never both, never neither), sorted, with unique ids', () => {
    let acceptedSeen = 0;
    let refusedSeen = 0;
    fc.assert(
      fc.property(fc.array(eventInput, { maxLength: 12 }), fc.boolean(), (generated, wrapped) => {
        const list = tagged(generated);
        const result = neverThrows(wrapped ? { events: list } : list);
        checkAccounting(list, result);
        acceptedSeen += result.events.length;
        refusedSeen += list.length - result.events.length;
      }),
      runs(300),
    );
    // Both outcomes must be common, or the property says little.
    expect(acceptedSeen).to.be.greaterThan(300);
    expect(refusedSeen).to.be.greaterThan(300);
  });

  it('keeps the first of events sharing an id and refuses the others as duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', ' x', 'event-1', '3', 3), { minLength: 1, maxLength: 8 }), (ids) => {
        const list = ids.map((id, i) => ({ id, title: `Event #${i}`, start: `2022-02-${String(10 + (i % 5)).padStart(2, '0')}` }));
        const result = neverThrows(list);
        checkAccounting(list, result);
        const firsts = new Map<string, number>();
        ids.forEach((id, i) => {
          const key = String(id).trim();
          if (!firsts.has(key)) firsts.set(key, i);
        });
        expect(result.events.map(indexOf).sort((a, b) => a - b)).to.deep.equal([...firsts.values()]);
        const duplicates = result.problems.filter((p) => /used twice/.test(p.message)).map((p) => p.index);
        expect(duplicates).to.deep.equal(ids.map((_, i) => i).filter((i) => ![...firsts.values()].includes(i)));
      }),
      runs(200),
    );
  });

  it('finds repeated ids among ids made to share one hash, as hostile data can', () => {
    // "Aa" and "BB" hash alike (h * 31 + c), so do all strings made of them: 4,096 ids of one hash.
    const colliding = Array.from({ length: 4096 }, (_, i) => Array.from({ length: 12 }, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join(''));
    fc.assert(
      fc.property(fc.array(fc.nat(4095), { minLength: 1, maxLength: 30 }), (extra) => {
        const ids = [...colliding, ...extra.map((i) => colliding[i])];
        const result = neverThrows(ids.map((id, i) => ({ id, title: `Event ${i}`, start: '2022-02-10' })));
        expect(result.events.length).to.equal(4096);
        const duplicates = result.problems.filter((p) => /used twice/.test(p.message)).map((p) => p.index);
        expect(duplicates).to.deep.equal(extra.map((_, k) => 4096 + k));
      }),
      runs(20),
    );
  });

  it('finds repeated ids among thousands of ids, many of whose hashes share a bit by chance', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3000 }), (ids) => {
        const result = neverThrows(ids.map((id, i) => ({ id, title: `Event ${i}`, start: '2022-02-10' })));
        const seen = new Set<string>();
        const expected = ids.flatMap((id, i) => {
          const key = id.trim();
          if (key === '') return [];
          if (seen.has(key)) return [i];
          seen.add(key);
          return [];
        });
        const duplicates = result.problems.filter((p) => /used twice/.test(p.message)).map((p) => p.index);
        expect(duplicates).to.deep.equal(expected);
      }),
      runs(30),
    );
  });

  it('gives events without an id ids that clash with no given id', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('event-1', 'event-2', 'event-3', 'event-1-', 'event-2-', 'a'), { nil: undefined }), { maxLength: 8 }), (ids) => {
        const list = ids.map((id, i) => ({ ...(id === undefined ? {} : { id }), title: `Event #${i}`, start: '2022' }));
        const result = neverThrows(list);
        checkAccounting(list, result);
      }),
      runs(200),
    );
  });

  it('trims ids, titles, dates and texts as String#trim does, strings built by concatenation included', () => {
    // Every white space and line end of JavaScript, and characters on either side of them.
    const space = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const near = '!~\u0085\u009f\u00a1\u167f\u1681\u2fff\u3001\ufefe\u{1f600}x';
    const padded = (core: string, chars = [...space, ...near]) =>
      fc.tuple(fc.array(fc.constantFrom(...chars), { maxLength: 3 }), fc.array(fc.constantFrom(...chars), { maxLength: 3 })).map(([before, after]) => [...before, core, ...after].reduce((a, b) => a + b, ''));
    fc.assert(
      fc.property(padded('An event whose title is long'), padded('id-1'), padded('2022-02-10T10:00Z', [...space]), padded('military'), (title, id, start, category) => {
        const result = neverThrows([{ id, title, start, category }]);
        if (title.trim() === '' || id.trim() === '') return;
        expect(result.events.length, JSON.stringify({ id, title, start })).to.equal(1);
        const event = result.events.get(0);
        // The title as drawn: \u0085 and \u009f, control characters, read as spaces.
        expect([event.id, event.title, event.event.start, event.category]).to.deep.equal([id.trim(), printable(title.trim()), start.trim(), category.trim()]);
      }),
      runs(300),
    );
  });

  /* eslint-disable no-control-regex -- control characters are what this test is about */
  it('draws titles with each run of control characters as one space, and every other character as written', () => {
    const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
    const other = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom(' ', '\u00a0', '\u00a0x', '\u2028', '\u202e', '<b>'));
    fc.assert(
      fc.property(fc.array(fc.oneof(other, fc.array(control, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''))), { maxLength: 8 }), (pieces) => {
        const written = pieces.join('');
        const drawn = printable(written);
        expect(drawn).not.to.match(/[\0-\x1f\x7f-\x9f]/);
        // What is left where each run was is a space, and nothing else moved.
        expect(drawn.replace(/ /g, ''), JSON.stringify(written)).to.equal(written.replace(/[\0-\x1f\x7f-\x9f ]/g, ''));
        expect(drawn.split(' ').length).to.equal(written.replace(/[\0-\x1f\x7f-\x9f]+/g, '\x00').split(/[ \0]/).length);
        if (!/[\0-\x1f\x7f-\x9f]/.test(written)) expect(drawn).to.equal(written);
      }),
      runs(300),
    );
    const { events } = validate([{ id: 'v', title: 'Line\u000bbreak', start: '2022-02-10' }]);
    expect([events.get(0).title, events.title(0), events.get(0).event.title]).to.deep.equal(['Line break', 'Line break', 'Line break']);
  });
  /* eslint-enable no-control-regex */

  it('keeps an event with unknown fields, with a warning', () => {
    const good = fc.record({
      title: fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim() !== ''),
      start: fc.constantFrom('2022-02-10', '2021-11~', '2022'),
    });
    const extra = unknownFields.filter((fields) => Object.keys(fields).some((k) => !known.has(k)));
    fc.assert(
      fc.property(good, extra, (event, fields) => {
        const input = withOwn({ ...event }, fields);
        const result = neverThrows([input]);
        expect(result.events.length).to.equal(1);
        const warnings = result.problems.filter((p) => p.index === 0 && p.level === 'warning');
        expect(warnings.map((w) => w.message).join(' ')).to.match(/unknown field/);
        expect(result.problems.every((p) => p.level === 'warning')).to.be.true;
      }),
      runs(200),
    );
  });

  it('warns about unknown fields of any accepted event, and refuses no event for them', () => {
    fc.assert(
      fc.property(eventLike, dateFields, unknownFields, (event, dates, fields) => {
        const extraKeys = Object.keys(fields).filter((k) => !known.has(k));
        const plain = { ...event, ...dates };
        const withExtra = withOwn({ ...event, ...dates }, fields);
        const [a, b] = [neverThrows([plain]), neverThrows([withExtra])];
        expect(b.events.length, JSON.stringify(extraKeys)).to.equal(a.events.length);
        if (b.events.length === 1 && extraKeys.length > 0) {
          expect(b.problems.some((p) => p.level === 'warning' && /unknown field/.test(p.message))).to.be.true;
        }
      }),
      runs(300),
    );
  });
});

describe('sortChronologically (property-based)', () => {
  // Starts near a few far-apart instants (so that the span is wide and nearby starts share
  // a step of the packed sort keys), often equal, with ends often equal too.
  const near = fc.constantFrom(-8.64e15, -1e12, 0, 1.6e12, 8.64e15);
  const time = fc.tuple(near, fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -1e8, max: 1e8 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }))).map(([a, b]) => a + b);
  const event = fc.record({
    start: time,
    span: fc.constantFrom(1, 1e3, 864e5),
    end: fc.option(fc.oneof(time, fc.constant(Infinity)), { nil: undefined }),
    zoned: fc.integer({ min: 0, max: 3 }),
  });

  it('orders by start, then end, then input position, and moves each event with its times', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (list) => {
        const times: EventTimes = {
          startMin: Float64Array.from(list, (e) => e.start),
          startMax: Float64Array.from(list, (e) => e.start + e.span),
          endMax: Float64Array.from(list, (e) => e.end ?? NaN),
          zoned: Uint8Array.from(list, (e) => e.zoned),
        };
        const columns = eventColumns(list.length);
        list.forEach((_, i) => {
          columns.ids[i] = String(i);
          columns.titles[i] = `t${i}`;
          columns.starts[i] = '2022';
          columns.ends[i] = '';
          columns.categories[i] = `c${i}`;
          columns.statuses[i] = i % 3;
          columns.extras[i] = i % 2 ? { details: { place: `p${i}` } } : undefined;
        });
        const events = new EventList(columns, sortChronologically(times)).map((e) => e);
        for (const e of events) {
          expect([e.title, e.category, e.status, e.event.place]).to.deep.equal([`t${e.id}`, `c${e.id}`, ['reported', 'ongoing', 'expected'][+e.id % 3], +e.id % 2 ? `p${e.id}` : undefined]);
        }
        const endOf = (i: number) => list[i].end ?? list[i].start + list[i].span;
        const expected = list.map((_, i) => i).sort((a, b) => list[a].start - list[b].start || endOf(a) - endOf(b) || a - b);
        expect(events.map((e) => Number(e.id))).to.deep.equal(expected);
        expected.forEach((i, at) => {
          const row = [times.startMin[at], times.startMax[at], times.endMax[at], times.zoned[at]];
          expect(row).to.deep.equal([list[i].start, list[i].start + list[i].span, list[i].end ?? NaN, list[i].zoned]);
        });
      }),
      runs(300),
    );
  });
});
