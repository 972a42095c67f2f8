// Dates in words, at the precision they were given, with their uncertainty said
// plainly: "about November 2021", "some time in February 2022", "10–20 Feb 2022".
// Calendar parts come from Intl in the reader's locale; the qualifying words are
// English.

import type { EdtfDate } from './edtf.js';

export interface DateWordsOptions {
  locale?: string;
  /** Zone in which times with a zone are shown. */
  timeZone?: string;
  /** Short month names ("10 Feb 2022") instead of long ones. */
  short?: boolean;
}

type Formats = Map<string, Intl.DateTimeFormat>;
const cache: Formats = new Map();

/** An Intl.DateTimeFormat, made once for each locale and set of options. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * The format for dates like `date`: made once for each locale, precision and zone. Events
 * are described as they come into view, a hundred in a frame of a zoom, so the key is
 * built from the few facts that choose the options.
 */
const formats: Formats = new Map();
function formatFor(date: EdtfDate, locale: string | undefined, short: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${date.precision}|${short ? 1 : 0}|${date.year <= 0 ? 1 : 0}|${date.zoned ? timeZone : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = dateFormat(locale, partsFor(date, short, timeZone));
    formats.set(key, format);
  }
  return format;
}

/** Intl options that show a date of this precision, and nothing finer. */
function partsFor(date: EdtfDate, short: boolean, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  const month = short ? 'short' : 'long';
  const era = date.year <= 0 ? { era: 'short' as const } : {};
  switch (date.precision) {
    case 'century':
    case 'decade':
    case 'year':
      return { year: 'numeric', timeZone: 'UTC', ...era };
    case 'season':
    case 'month':
      return { year: 'numeric', month, timeZone: 'UTC', ...era };
    case 'day':
      return { year: 'numeric', month, day: 'numeric', timeZone: 'UTC', ...era };
    default:
      return {
        year: 'numeric',
        month,
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        ...(date.precision === 'second' ? { second: '2-digit' as const } : {}),
        // A time with a zone is an instant: show it on the display zone's clock (the reader's
        // when none is given), and say which.
        ...(date.zoned ? { timeZone, timeZoneName: 'short' as const } : { timeZone: 'UTC' }),
        ...era,
      };
  }
}

/** A date at its own precision: "1990s", "2022", "February 2022", "10 February 2022", "10 Feb 2022, 16:00 UTC". */
export function formatDate(date: EdtfDate, options: DateWordsOptions = {}): string {
  const { locale, short = false, timeZone } = options;
  if (date.precision === 'decade' || date.precision === 'century') return `${date.year}s`;
  const format = formatFor(date, locale, short, timeZone);
  if (date.precision === 'season') return format.formatRange(date.min, date.max - 1);
  return format.format(date.min);
}

/** A span between two dates, sharing what they share: "10–20 February 2022". */
export function formatRange(start: EdtfDate, end: EdtfDate, options: DateWordsOptions = {}): string {
  const { locale, short = false, timeZone } = options;
  const coarser = precisionRank(start) <= precisionRank(end) ? start : end;
  if (start.precision !== end.precision || start.precision === 'decade' || start.precision === 'century' || start.precision === 'season') {
    return `${formatDate(start, options)} – ${formatDate(end, options)}`;
  }
  const format = formatFor(coarser, locale, short, timeZone);
  return format.formatRange(start.min, end.min);
}

const ranks = ['century', 'decade', 'year', 'season', 'month', 'day', 'minute', 'second'];
function precisionRank(date: EdtfDate): number {
  return ranks.indexOf(date.precision);
}

/** The qualifiers of a date in words: "about", "possibly", "possibly about". */
function qualify(text: string, date: EdtfDate, vague: boolean): string {
  const prefix = date.uncertain ? (date.approximate ? 'possibly about ' : 'possibly ') : date.approximate ? 'about ' : '';
  // A point in time known only to the month or year happened some time within it.
  const within = vague && !date.approximate && !date.uncertain ? 'some time in ' : '';
  return prefix + within + text;
}

/** Whether a date names a period longer than a day rather than a day or a moment. */
function isPeriod(date: EdtfDate): boolean {
  return precisionRank(date) < ranks.indexOf('day');
}

/**
 * The date of an event in words, with its uncertainty:
 * "about November 2021", "some time in February 2022", "10–20 February 2022",
 * "since about October 2021 (ongoing)", "until 20 February 2022".
 */
export function describeDates(
  start: EdtfDate,
  end: EdtfDate | 'open' | null,
  startUnknown: boolean,
  options: DateWordsOptions = {},
): string {
  if (startUnknown) return `until ${qualify(formatDate(start, options), start, false)}`;
  if (end === null) return qualify(formatDate(start, options), start, isPeriod(start));
  if (end === 'open') return `since ${qualify(formatDate(start, options), start, false)}`;
  if (!start.approximate && !start.uncertain && !end.approximate && !end.uncertain) {
    return formatRange(start, end, options);
  }
  return `${qualify(formatDate(start, options), start, false)} – ${qualify(formatDate(end, options), end, false)}`;
}

/** A value for `<time datetime>`: the date as given when it is plain ISO 8601, else its first day. */
export function machineDate(date: EdtfDate): string {
  const iso = new Date(date.min).toISOString();
  switch (date.precision) {
    case 'year':
    case 'decade':
    case 'century':
      return iso.slice(0, iso.indexOf('-', 1));
    case 'season':
    case 'month':
      return iso.slice(0, iso.indexOf('-', 1) + 3);
    case 'day':
      return iso.slice(0, iso.indexOf('T'));
    default:
      return iso.replace('.000', '');
  }
}
