// A parser for the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1.
//
// A date is read into the period it covers: `2022-02` is all of February 2022, from
// its first millisecond (min, inclusive) to the first of March (max, exclusive).
// Dates without a time are floating calendar dates, kept on the UTC time line so
// that a day stays on its calendar day whatever the reader's time zone. Dates with
// a time and a zone (`Z`, `+03:00`) are instants; a time without a zone floats.
// A fraction of a second (`14:30:05.250Z`, as Date#toISOString writes it) is read
// and dropped: the date covers its second.

export type Precision =
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'month'
  | 'day'
  | 'minute'
  | 'second';

export interface EdtfDate {
  readonly type: 'date';
  /** First millisecond of the period (UTC time line). */
  readonly min: number;
  /** First millisecond after the period. */
  readonly max: number;
  readonly precision: Precision;
  /** `~`: the value is an estimate. */
  readonly approximate: boolean;
  /** `?`: the source is not sure of it. */
  readonly uncertain: boolean;
  /** Calendar year (astronomical: 0 is 1 BCE). */
  readonly year: number;
  /** True when a time carries a zone: min and max are then instants. */
  readonly zoned: boolean;
}

/** An end of an interval: a date, `..` (open: no end) or empty (unknown). */
export type IntervalEnd = EdtfDate | 'open' | 'unknown';

export interface EdtfInterval {
  readonly type: 'interval';
  readonly start: IntervalEnd;
  readonly end: IntervalEnd;
}

export type Edtf = EdtfDate | EdtfInterval;

/** The largest year a JavaScript Date can hold whole. */
export const maxYear = 275000;
/** The smallest year a JavaScript Date can hold whole (its range starts in April 271821 BCE). */
const minYear = -271820;

const datePattern =
  /^(?:Y(-?\d{5,})|(-?)(\d{2}[\dX]{2}))(?:-([\dX]{2})(?:-([\dX]{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([~?%])?$/;

/** Reads an EDTF date or interval; throws a RangeError that says what is wrong. */
export function parseEdtf(text: string): Edtf {
  if (typeof text !== 'string') throw new RangeError('a date must be a string');
  const value = text.trim();
  if (value === '') throw new RangeError('the date is empty');
  const slash = value.indexOf('/');
  if (slash < 0) return parseDate(value);
  if (value.indexOf('/', slash + 1) >= 0) throw new RangeError(`"${value}" has more than one "/"`);
  const start = parseEnd(value.slice(0, slash));
  const end = parseEnd(value.slice(slash + 1));
  if (typeof start === 'string' && typeof end === 'string') {
    throw new RangeError(`"${value}" has no date at either end`);
  }
  if (typeof start !== 'string' && typeof end !== 'string' && end.max <= start.min) {
    throw new RangeError(`"${value}" ends before it starts`);
  }
  return { type: 'interval', start, end };
}

/** Reads a single EDTF date (not an interval); throws a RangeError when it is not one. */
export function parseDate(text: string): EdtfDate {
  return plainDate(text) ?? readDate(text);
}

/**
 * The common plain forms (`2022-02-10`, `2022-02-10T14:30Z`, `2022-02-10T14:30:05Z`),
 * read digit by digit: a dataset of 100,000 events has 150,000 dates, and the regular
 * expression below costs several times as much. Anything else returns null.
 */
export function plainDate(text: string): EdtfDate | null {
  const min = plainStart(text);
  const n = text.length;
  if (Number.isNaN(min)) return null;
  return { type: 'date', min, max: min + plainSpans[n], precision: plainPrecisions[n], approximate: false, uncertain: false, year: digits(text, 0, 4), zoned: n > 10 };
}

/** The precision and the length (ms) of a plain date's period, by the length of its text. */
export const plainPrecisions: Record<number, Precision> = { 10: 'day', 17: 'minute', 20: 'second' };
export const plainSpans: Record<number, number> = { 10: 864e5, 17: 6e4, 20: 1e3 };

/** Where the period of a plain date (see `plainDate`) begins, in ms; NaN for any other text. */
export function plainStart(text: string): number {
  const n = text.length;
  if ((n !== 10 && n !== 17 && n !== 20) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN; // '-'
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  let min = utc(year, month - 1, day);
  if (n > 10) {
    if (text[10] !== 'T' || text[13] !== ':' || text[n - 1] !== 'Z' || (n === 20 && text[16] !== ':')) return NaN;
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = n === 20 ? digits(text, 17, 2) : 0;
    if (!(hour < 24 && minute < 60 && second < 60)) return NaN;
    min += ((hour * 60 + minute) * 60 + second) * 1e3;
  }
  return min;
}

/** The number written by `width` digits at `at`; NaN when one is not a digit. */
function digits(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i++) {
    const digit = text.charCodeAt(i) - 48;
    value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN;
  }
  return value;
}

function readDate(text: string): EdtfDate {
  const match = datePattern.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a date in ISO 8601 / EDTF form (for example 2022-02-10)`);
  const [, longYear, sign, yearDigits, monthText, dayText, hourText, minuteText, secondText, zone, qualifier] = match;

  let year: number;
  let precision: Precision = 'year';
  let span = 1; // years covered when digits are unspecified
  if (longYear !== undefined) {
    year = Number(longYear);
  } else {
    const unspecified = yearDigits.indexOf('X');
    if (unspecified >= 0 && /\d/.test(yearDigits.slice(unspecified))) {
      throw new RangeError(`"${text}": only the last digits of a year can be unspecified (X)`);
    }
    if (unspecified === 0 || unspecified === 1) throw new RangeError(`"${text}": too many unspecified digits`);
    if (unspecified === 2) {
      precision = 'century';
      span = 100;
    } else if (unspecified === 3) {
      precision = 'decade';
      span = 10;
    }
    year = Number(yearDigits.replace(/X/g, '0'));
    if (sign === '-') {
      if (span > 1) throw new RangeError(`"${text}": unspecified digits in a negative year`);
      year = -year;
    }
  }
  if (Object.is(year, -0)) throw new RangeError(`"${text}": year 0 has no sign`);
  if (year > maxYear || year < minYear) {
    throw new RangeError(`"${text}": year ${year} is outside the supported range (${minYear} to ${maxYear})`);
  }

  let min: number;
  let max: number;
  if (monthText === undefined || monthText === 'XX') {
    if (span > 1 && monthText !== undefined) throw new RangeError(`"${text}": a month after an unspecified year`);
    if (monthText === 'XX' && dayText !== undefined && dayText !== 'XX') {
      throw new RangeError(`"${text}": a day in an unspecified month`);
    }
    if (hourText !== undefined) throw new RangeError(`"${text}": a time on an unspecified day`);
    min = utc(year, 0, 1);
    max = utc(year + span, 0, 1);
  } else {
    if (span > 1) throw new RangeError(`"${text}": a month after an unspecified year`);
    if (monthText.includes('X')) throw new RangeError(`"${text}": a month is either given or XX`);
    const month = Number(monthText);
    if (month >= 21 && month <= 24) {
      if (dayText !== undefined) throw new RangeError(`"${text}": a season has no day`);
      // Seasons (Northern Hemisphere, by quarter): spring from March, summer from June…
      precision = 'season';
      min = utc(year, 2 + (month - 21) * 3, 1);
      max = utc(year, 5 + (month - 21) * 3, 1);
    } else if (month >= 1 && month <= 12) {
      precision = 'month';
      min = utc(year, month - 1, 1);
      max = utc(year, month, 1);
      if (dayText !== undefined && dayText !== 'XX') {
        if (dayText.includes('X')) throw new RangeError(`"${text}": a day is either given or XX`);
        const day = Number(dayText);
        if (day < 1 || day > daysInMonth(year, month)) throw new RangeError(`"${text}": there is no day ${day} in that month`);
        precision = 'day';
        min = utc(year, month - 1, day);
        max = min + 864e5;
        if (hourText !== undefined) {
          const hour = Number(hourText);
          const minute = Number(minuteText);
          const second = secondText === undefined ? 0 : Number(secondText);
          if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) {
            throw new RangeError(`"${text}": ${hourText}:${minuteText} is not a time of day`);
          }
          precision = secondText === undefined ? 'minute' : 'second';
          min += ((hour * 60 + minute) * 60 + second) * 1e3 - zoneOffset(zone, text) * 6e4;
          max = min + (secondText === undefined ? 6e4 : 1e3);
        }
      } else if (dayText === 'XX' && hourText !== undefined) {
        throw new RangeError(`"${text}": a time on an unspecified day`);
      }
    } else {
      throw new RangeError(`"${text}": ${monthText} is not a month (01–12, or 21–24 for seasons)`);
    }
  }
  return {
    type: 'date',
    min,
    max,
    precision,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    year,
    zoned: zone !== undefined,
  };
}

function parseEnd(text: string): IntervalEnd {
  if (text === '') return 'unknown';
  if (text === '..') return 'open';
  return parseDate(text);
}

function zoneOffset(zone: string | undefined, text: string): number {
  if (zone === undefined || zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = zone.length > 3 ? Number(zone.slice(-2)) : 0;
  if (hours > 14 || minutes > 59) throw new RangeError(`"${text}": ${zone} is not a time zone offset`);
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Milliseconds at the start of a UTC calendar day of the proleptic Gregorian calendar
 * (a `monthIndex` past 11 runs into the next years). Counted here rather than asked of
 * Date.UTC, which reads years 0–99 as 1900–1999 and costs a call for each of a large
 * dataset's dates: years are counted from March, so that a leap day ends its year,
 * in eras of 400 years (146,097 days).
 */
export function utc(year: number, monthIndex: number, day: number): number {
  const months = year * 12 + monthIndex - 2;
  const marchYear = Math.floor(months / 12);
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (months - marchYear * 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 to 1970-01-01.
  return (era * 146097 + dayOfEra - 719468) * 864e5;
}

/** Days in a month (1–12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
