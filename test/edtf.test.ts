import { expect } from '@open-wc/testing';
import { parseDate, parseEdtf, type EdtfDate } from '../src/time/edtf.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseEdtf', () => {
  it('reads a day as the whole calendar day', () => {
    const d = parseDate('2022-02-10');
    expect(d.precision).to.equal('day');
    expect(iso(d.min)).to.equal('2022-02-10T00:00:00.000Z');
    expect(iso(d.max)).to.equal('2022-02-11T00:00:00.000Z');
    expect(d.approximate || d.uncertain).to.be.false;
  });

  it('reads a month and a year as their whole period', () => {
    const month = parseDate('2022-02');
    expect([month.precision, iso(month.min), iso(month.max)]).to.deep.equal(['month', '2022-02-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z']);
    const year = parseDate('1949');
    expect([year.precision, iso(year.min), iso(year.max)]).to.deep.equal(['year', '1949-01-01T00:00:00.000Z', '1950-01-01T00:00:00.000Z']);
  });

  it('reads the qualifiers ~ ? %', () => {
    const pick = (d: EdtfDate) => [d.approximate, d.uncertain];
    expect(pick(parseDate('2021-11~'))).to.deep.equal([true, false]);
    expect(pick(parseDate('2022-02-11?'))).to.deep.equal([false, true]);
    expect(pick(parseDate('2022-02%'))).to.deep.equal([true, true]);
  });

  it('reads times with a zone as instants', () => {
    const d = parseDate('2022-02-10T14:30+03:00');
    expect(d.precision).to.equal('minute');
    expect(d.zoned).to.be.true;
    expect(iso(d.min)).to.equal('2022-02-10T11:30:00.000Z');
    expect(iso(parseDate('2022-02-10T16:00:00Z').min)).to.equal('2022-02-10T16:00:00.000Z');
    expect(parseDate('2022-02-10T16:00:00Z').precision).to.equal('second');
  });

  it('reads a fraction of a second (as Date#toISOString writes it) and drops it', () => {
    const d = parseDate(new Date(Date.UTC(2022, 1, 10, 11, 30, 5, 250)).toISOString());
    expect(d.precision).to.equal('second');
    expect(d.zoned).to.be.true;
    expect(iso(d.min)).to.equal('2022-02-10T11:30:05.000Z');
    expect(iso(d.max)).to.equal('2022-02-10T11:30:06.000Z');
    expect(iso(parseDate('2022-02-10T14:30:05.5+03:00').min)).to.equal('2022-02-10T11:30:05.000Z');
    // Only after the seconds, and with digits.
    for (const text of ['2022-02-10T14:30.5Z', '2022-02-10T14:30:05.Z', '2022-02-10.5']) {
      expect(() => parseDate(text), text).to.throw(RangeError, 'not a date');
    }
  });

  it('keeps a floating time (no zone) on the wall clock', () => {
    const d = parseDate('2022-02-10T14:30');
    expect(d.zoned).to.be.false;
    expect(iso(d.min)).to.equal('2022-02-10T14:30:00.000Z');
  });

  it('reads negative years (0 is 1 BCE) and years before 100', () => {
    const d = parseDate('-0044-03-15');
    expect(d.year).to.equal(-44);
    expect(new Date(d.min).getUTCFullYear()).to.equal(-44);
    expect(new Date(parseDate('0079').min).getUTCFullYear()).to.equal(79);
  });

  it('reads unspecified digits, seasons and long years', () => {
    const decade = parseDate('201X');
    expect([decade.precision, new Date(decade.min).getUTCFullYear(), new Date(decade.max).getUTCFullYear()]).to.deep.equal(['decade', 2010, 2020]);
    expect(parseDate('19XX').precision).to.equal('century');
    expect(parseDate('2022-XX').precision).to.equal('year');
    expect(parseDate('2022-02-XX').precision).to.equal('month');
    const spring = parseDate('2022-21');
    expect([spring.precision, iso(spring.min).slice(0, 10), iso(spring.max).slice(0, 10)]).to.deep.equal(['season', '2022-03-01', '2022-06-01']);
    expect(parseDate('Y12345').year).to.equal(12345);
  });

  it('reads intervals with open and unknown ends', () => {
    const closed = parseEdtf('2022-02-10/2022-02-20');
    expect(closed.type).to.equal('interval');
    if (closed.type !== 'interval' || typeof closed.end === 'string' || typeof closed.start === 'string') throw new Error();
    expect(iso(closed.end.max)).to.equal('2022-02-21T00:00:00.000Z');
    const open = parseEdtf('2021-11~/..');
    expect(open.type === 'interval' && open.end).to.equal('open');
    const unknown = parseEdtf('/2022-02-20');
    expect(unknown.type === 'interval' && unknown.start).to.equal('unknown');
  });

  it('refuses what is not a date, saying why', () => {
    for (const [text, reason] of [
      ['', 'empty'],
      ['yesterday', 'not a date'],
      ['2022-13-01', 'not a month'],
      ['2022-02-30', 'no day 30'],
      ['2022-02-10T25:00', 'not a time'],
      ['2022-02-20/2022-02-10', 'ends before'],
      ['../..', 'no date'],
      ['1X22', 'not a date'],
      ['Y999999999', 'range'],
    ]) {
      expect(() => parseEdtf(text), text).to.throw(RangeError, reason);
    }
  });
});
