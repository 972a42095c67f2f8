// The one gate every dataset passes through, whatever way it came in: it accepts
// the events it can draw, reports each one it cannot (with its index or id and
// the reason) and never throws.

import { orderBy } from '../layout/order.js';
import { parseEdtf, plainSpans, plainStart } from '../time/edtf.js';
import type { CategoryInfo, DataProblem, EventSource, EventStatus, SourceDocument, TimelineEvent, TimelineMeta } from '../types.js';
import { EventList, eventColumns, statuses, type EventColumns, type EventExtras } from './event-list.js';
import { HashBits } from './hash-bits.js';

export { EventList, ResolvedEvent } from './event-list.js';

/** Where each accepted event's dates fall (ms on the UTC time line), by its position in `events`. */
export interface EventTimes {
  /** Where the period of the start date (or of the end date, when only the end is known) begins and ends. */
  startMin: Float64Array;
  startMax: Float64Array;
  /** Where the period of the end date ends: NaN for a point event, Infinity for an open end (`..`). */
  endMax: Float64Array;
  /** Which dates are instants (they carry a zone): 1 the start, 2 the end. */
  zoned: Uint8Array;
}

export interface ValidationResult {
  /** The accepted events, in chronological order. */
  events: EventList;
  times: EventTimes;
  meta: TimelineMeta;
  problems: DataProblem[];
}

/** The result for no data at all. */
export function noEvents(): ValidationResult {
  return { events: new EventList(), times: eventTimes(0), meta: {}, problems: [] };
}

function eventTimes(length: number): EventTimes {
  return { startMin: new Float64Array(length), startMax: new Float64Array(length), endMax: new Float64Array(length), zoned: new Uint8Array(length) };
}

/** Above this many events a dataset is refused rather than risk freezing the page. */
export const maxEvents = 1_000_000;

const knownFields = new Set([
  'id', 'title', 'start', 'end', 'date', 'status', 'category', 'actors', 'place', 'summary', 'dateNote', 'source',
]);
const knownSourceFields = new Set(['document', 'quote', 'start', 'end', 'url']);

/** Reads a dataset (an array of events, or `{meta, events}`) into accepted events and problems. */
export function validate(data: unknown): ValidationResult {
  const reading = begin(data);
  if (reading.list) readSlice(reading, 0, reading.list.length);
  return finish(reading);
}

/**
 * Like `validate`, but reads `slice` events at a time and waits for `pause()` between
 * slices, so that a very large dataset never holds the page still for long.
 */
export async function validateInSlices(data: unknown, slice: number, pause: () => Promise<unknown>): Promise<ValidationResult> {
  const reading = begin(data);
  const length = reading.list?.length ?? 0;
  for (let from = 0; from < length; from += slice) {
    readSlice(reading, from, Math.min(length, from + slice));
    await pause();
  }
  return finish(reading);
}

/** A dataset being read: its list of events (null when it has none), and what came of it so far. */
interface Reading {
  list: unknown[] | null;
  /** How many events were accepted so far: the columns' first free position. */
  count: number;
  columns: EventColumns;
  times: EventTimes;
  meta: TimelineMeta;
  problems: DataProblem[];
  /** Where each accepted event is in the list. */
  positions: Uint32Array;
  /** The hash of each accepted event's id, and which hashes more than one id has (see `repeatedIds`). */
  idHashes: Uint32Array;
  idBits: HashBits;
  /** Some event accepted so far has no id. */
  unnamed: boolean;
  /** The events accepted so far came in time order. */
  sorted: boolean;
}

function begin(data: unknown): Reading {
  const reading: Reading = {
    list: null,
    count: 0,
    columns: eventColumns(0),
    times: eventTimes(0),
    meta: {},
    problems: [],
    positions: new Uint32Array(0),
    idHashes: new Uint32Array(0),
    idBits: new HashBits(0),
    unnamed: false,
    sorted: true,
  };
  let list: unknown;
  if (Array.isArray(data)) {
    list = data;
  } else if (isObject(data)) {
    list = data.events;
    reading.meta = readMeta(data.meta, reading.problems);
  }
  if (!Array.isArray(list)) {
    reading.problems.push({ message: 'The data is neither an array of events nor an object with an "events" array.' });
  } else if (list.length > maxEvents) {
    reading.problems.push({
      message: `The data has ${list.length.toLocaleString('en')} events; at most ${maxEvents.toLocaleString('en')} are supported.`,
    });
  } else {
    reading.list = list;
    reading.columns = eventColumns(list.length);
    reading.times = eventTimes(list.length);
    reading.positions = new Uint32Array(list.length);
    reading.idHashes = new Uint32Array(list.length);
    reading.idBits = new HashBits(list.length);
  }
  return reading;
}

function readSlice(reading: Reading, from: number, to: number): void {
  const { list, columns, problems, times, positions, idHashes, idBits } = reading;
  const { ids } = columns;
  for (let index = from; index < to; index++) {
    // Each event goes to the next free position; a refused event's times are overwritten.
    const at = reading.count;
    if (!readEvent(list![index], index, problems, columns, times, at)) continue;
    reading.count++;
    positions[at] = index;
    // Hashed now, while the id is at hand and this code is warm: a pass of its own over
    // 100,000 events, later, took several times as long.
    const id = ids[at];
    if (id === '') {
      reading.unnamed = true;
    } else {
      idHashes[at] = hashOf(id);
      idBits.add(idHashes[at]);
    }
    // Checked as they come, rather than in a pass of their own once all are read.
    if (at > 0 && reading.sorted) reading.sorted = !precedes(times, at, at - 1);
  }
}

function finish({ count, columns, times, positions, idHashes, idBits, unnamed, sorted, meta, problems }: Reading): ValidationResult {
  const { ids, titles, starts, ends, statuses: status, categories, actors, extras } = columns;
  const lists = [ids, titles, starts, ends, categories, actors, extras];
  const repeated = idBits.clashed ? repeatedIds(ids, count, idHashes, idBits) : [];
  let n = count;
  if (repeated.length) {
    // Keep the first event of each id; the fields and times of the others are dropped with them.
    const all: { [i: number]: unknown }[] = [times.startMin, times.startMax, times.endMax, times.zoned, status, ...lists];
    n = 0;
    for (let i = 0, r = 0; i < count; i++) {
      if (i === repeated[r]) {
        r++;
        problems.push({ index: positions[i], id: ids[i], message: `The id "${ids[i]}" is used twice; the first event with it is kept.` });
        continue;
      }
      for (const column of all) column[n] = column[i];
      n++;
    }
    problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  }
  // Events without an id get one from their position, kept clear of given ids.
  if (unnamed) {
    const given = new Set(ids.slice(0, n));
    for (let i = 0; i < n; i++) {
      if (ids[i] !== '') continue;
      let id = `event-${i + 1}`;
      while (given.has(id)) id += '-';
      given.add(id);
      ids[i] = id;
    }
  }
  for (const list of lists) list.length = n;
  const kept: EventColumns = { ...columns, statuses: status.slice(0, n) };
  const keptTimes = { startMin: times.startMin.slice(0, n), startMax: times.startMax.slice(0, n), endMax: times.endMax.slice(0, n), zoned: times.zoned.slice(0, n) };
  // Equal times keep the order read, which dropping repeated ids kept too.
  return { events: new EventList(kept, sortChronologically(keptTimes, sorted)), times: keptTimes, meta, problems };
}

/** A hash of an id, from 0 to 2^32 - 1. */
function hashOf(id: string): number {
  let hash = 0;
  for (let c = 0; c < id.length; c++) hash = (Math.imul(hash, 31) + id.charCodeAt(c)) | 0;
  return hash >>> 0;
}

/**
 * The positions, in order, of the first `count` events whose id an earlier event has,
 * given each event's id hash and the hashes met more than once. Only ids of those hashes
 * go into a Set: it hashes each new string through a slow call (some 300 ns apiece in
 * Chromium), a fifth of the time it took to read 100,000 events. (For 100,000 ids,
 * sorting the hashes natively took about 10 ms, a hash table with open addressing 15 to
 * 27 ms, and a pass setting a bit for each about 5 ms.)
 */
function repeatedIds(ids: readonly string[], count: number, hashes: Uint32Array, bits: HashBits): number[] {
  const repeated: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    if (id === '' || !bits.clashes(hashes[i])) continue;
    if (seen.has(id)) repeated.push(i);
    else seen.add(id);
  }
  return repeated;
}

/** Where the event at `i` ends (a point event, where its start's period ends): what orders equal starts. */
function endOf({ startMax, endMax }: EventTimes, i: number): number {
  return Number.isNaN(endMax[i]) ? startMax[i] : endMax[i];
}

/** The event at `a` comes before the one at `b`: it starts earlier, or as early and ends earlier. */
function precedes(times: EventTimes, a: number, b: number): boolean {
  const start = times.startMin;
  return start[a] < start[b] || (start[a] === start[b] && endOf(times, a) < endOf(times, b));
}

/**
 * Sorts the events' times by start, then end; equals keep the input order. Returns where
 * each event now in place came from, or null when they were in order. `sorted` says they
 * are (found out while reading them).
 */
export function sortChronologically(times: EventTimes, sorted?: boolean): Uint32Array | null {
  const n = times.startMin.length;
  const { startMin: start, startMax, endMax, zoned } = times;
  if (sorted === undefined) {
    sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = !precedes(times, i, i - 1);
  }
  if (sorted) return null; // as most datasets come
  const order = orderBy(start, (a, b) => start[a] - start[b] || endOf(times, a) - endOf(times, b) || a - b);
  // One loop for every column, each read and written as its own kind: a loop over the
  // columns would see two kinds of array at one place and run several times slower.
  const wasStart = start.slice();
  const wasStartMax = startMax.slice();
  const wasEndMax = endMax.slice();
  const wasZoned = zoned.slice();
  for (let i = 0; i < n; i++) {
    const from = order[i];
    start[i] = wasStart[from];
    startMax[i] = wasStartMax[from];
    endMax[i] = wasEndMax[from];
    zoned[i] = wasZoned[from];
  }
  return order;
}

/** A problem with the event at `index`, named by its id when it has one. */
function problem(index: number, id: string, message: string, level?: 'warning'): DataProblem {
  const out: DataProblem = id ? { index, id, message } : { index, message };
  if (level) out.level = level;
  return out;
}

/** How messages name an event: by id, else by position. */
function nameOf(index: number, id: string): string {
  return id ? `Event "${id}"` : `Event ${index + 1}`;
}

// Runs once for each event of a dataset of up to a million: it writes the event's fields
// to the columns, keeps an object only for the few fields most events lack, and builds
// the words of a problem only when there is one.
function readEvent(input: unknown, index: number, problems: DataProblem[], columns: EventColumns, times: EventTimes, at: number): boolean {
  if (!isObject(input)) {
    problems.push({ index, message: `Event ${index + 1} is ${describe(input)}, not an object.` });
    return false;
  }
  let id = typeof input.id === 'string' ? trimmed(input.id) : '';
  if (typeof input.id === 'number' && Number.isFinite(input.id)) id = String(input.id);
  else if (id === '' && input.id !== undefined) {
    problems.push({ index, message: `Event ${index + 1}: the id is ${describe(input.id)}; it must be a non-empty string.` });
    return false;
  }

  const title = typeof input.title === 'string' ? trimmed(input.title) : '';
  if (title === '') {
    problems.push(problem(index, id, `${nameOf(index, id)} has ${input.title === undefined ? 'no' : 'an empty or invalid'} title.`));
    return false;
  }

  let texts: DateTexts;
  let dates: Dates | undefined;
  try {
    texts = dateTexts(input);
    if (!plainTimes(texts, times, at)) dates = readDates(texts.start, texts.end);
  } catch (error) {
    problems.push(problem(index, id, `${nameOf(index, id)} (“${clip(title)}”): ${(error as Error).message}.`));
    return false;
  }
  const details: Partial<TimelineEvent> = {};
  readDetails(input, details, (message) => problems.push(problem(index, id, `${nameOf(index, id)}: ${message}`, 'warning')));
  if (dates) {
    const { start, end } = dates;
    if (input.status === undefined && end === 'open') details.status = 'ongoing';
    times.startMin[at] = start.min;
    times.startMax[at] = start.max;
    times.endMax[at] = end === null ? NaN : end === 'open' ? Infinity : end.max;
    times.zoned[at] = (start.zoned ? 1 : 0) | (end !== null && end !== 'open' && end.zoned ? 2 : 0);
  }
  columns.ids[at] = id;
  columns.titles[at] = title;
  columns.starts[at] = texts.start;
  columns.ends[at] = texts.end;
  columns.statuses[at] = details.status === undefined ? 0 : statuses.indexOf(details.status);
  columns.categories[at] = details.category;
  columns.actors[at] = details.actors?.[0];
  // Most events of a large dataset have nothing more: no object is kept for them.
  const more = details.place ?? details.summary ?? details.dateNote ?? details.actors ?? details.source;
  columns.extras[at] = more === undefined && dates === undefined ? undefined : { details: more === undefined ? undefined : details, dates };
  return true;
}

/**
 * `text.trim()`, but a text with nothing to trim is kept as it is: trim() copies a string
 * built by concatenation even then, and 100,000 such copies of titles and dates cost a
 * first render a few young-generation collections, each copying the last ones made.
 * (No character from U+0021 to U+167F but U+00A0 is white space.)
 */
function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 0x1680 && first !== 0xa0 && last > 32 && last < 0x1680 && last !== 0xa0 ? text : text.trim();
}

/**
 * The common case: writes the times of one or two plain ISO dates (see `plainDate`) at
 * `at`, with no objects made for them, and says so; writes nothing for any other dates.
 */
function plainTimes({ start, end }: DateTexts, times: EventTimes, at: number): boolean {
  const min = plainStart(start);
  const endMax = end === '' ? NaN : plainStart(end) + plainSpans[end.length];
  if (Number.isNaN(min) || (end !== '' && !(endMax > min))) return false;
  times.startMin[at] = min;
  times.startMax[at] = min + plainSpans[start.length];
  times.endMax[at] = endMax;
  times.zoned[at] = (start.length > 10 ? 1 : 0) | (end.length > 10 ? 2 : 0);
  return true;
}

/** Reads the optional fields of an event (status, texts, actors, source) into `event`; `warn` hears what is ignored. */
function readDetails(input: Record<string, unknown>, event: Partial<TimelineEvent>, warn: (message: string) => void): void {
  if (input.status !== undefined) {
    if (statuses.includes(input.status as EventStatus)) event.status = input.status as EventStatus;
    else warn(`the status ${describe(input.status)} is not one of ${statuses.join(', ')}; "reported" is assumed.`);
  }
  // Each read by its name: read in a loop over the names, a load sees a new key at each
  // step and goes the slow, generic way, 100,000 times over in a large dataset.
  if (input.category !== undefined) readText(input.category, 'category', event, warn);
  if (input.place !== undefined) readText(input.place, 'place', event, warn);
  if (input.summary !== undefined) readText(input.summary, 'summary', event, warn);
  if (input.dateNote !== undefined) readText(input.dateNote, 'dateNote', event, warn);
  if (input.actors !== undefined) {
    if (Array.isArray(input.actors) && input.actors.every((a) => typeof a === 'string')) {
      event.actors = input.actors.map((a) => a.trim()).filter(Boolean);
    } else warn('actors must be a list of names; it is ignored.');
  }
  if (input.source !== undefined) {
    const source = readSource(input.source, warn);
    if (source) event.source = source;
  }
  for (const key in input) {
    if (knownFields.has(key)) continue;
    const unknown = Object.keys(input).filter((k) => !knownFields.has(k));
    warn(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} ignored.`);
    break;
  }
}

/** Sets a text field of `event` from `value`, trimmed; `warn` hears of a value that is not text. */
function readText(value: unknown, field: 'category' | 'place' | 'summary' | 'dateNote', event: Partial<TimelineEvent>, warn: (message: string) => void): void {
  if (typeof value !== 'string') return warn(`${field} is ${describe(value)}, not text; it is ignored.`);
  const text = trimmed(value);
  if (text !== '') event[field] = text;
}

/** The start and end of an event as written (trimmed; '' for no end). */
interface DateTexts {
  start: string;
  end: string;
}

/** An event's dates as read. */
type Dates = NonNullable<EventExtras['dates']>;

/** The start and end as written, from `start`/`end` or from `date`. */
function dateTexts(input: Record<string, unknown>): DateTexts {
  let start = fromDate(input.start);
  let end = fromDate(input.end);
  const date = fromDate(input.date);
  if (date !== undefined) {
    if (start !== undefined) throw new RangeError('give either "date" or "start", not both');
    if (typeof date !== 'string') throw new RangeError(`the date is ${describe(date)}, not text`);
    const parts = date.split('/');
    start = parts[0];
    if (parts.length > 1) {
      if (end !== undefined) throw new RangeError('give the end either in "date" or in "end", not both');
      end = parts.slice(1).join('/');
    }
  }
  if (start === undefined) throw new RangeError('it has no date ("start" or "date")');
  if (typeof start !== 'string') throw new RangeError(`the start date is ${describe(start)}, not text`);
  if (end !== undefined && typeof end !== 'string') throw new RangeError(`the end date is ${describe(end)}, not text`);
  if (start.includes('/')) throw new RangeError('an interval belongs in "date"; "start" takes one date');
  return { start: trimmed(start), end: end === undefined ? '' : trimmed(end) };
}

/** A `Date` as the instant `toISOString` writes (an invalid one refused); any other value as it is. */
function fromDate(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) throw new RangeError('it has an invalid Date');
  return value.toISOString();
}

/** The dates of an event; throws a RangeError that says what is wrong. */
function readDates(startText: string, endText: string): Dates {
  const parsed = parseEdtf(endText === '' ? startText : `${startText}/${endText}`);
  if (parsed.type === 'date') return { start: parsed, end: null, startUnknown: false };
  if (parsed.start === 'open') throw new RangeError('an event cannot start at ".."; leave the start empty if it is unknown');
  if (parsed.start === 'unknown') {
    if (typeof parsed.end === 'string') throw new RangeError('it has neither a start nor an end date');
    return { start: parsed.end, end: null, startUnknown: true };
  }
  // An unknown end says no more than a point event does.
  return { start: parsed.start, end: parsed.end === 'unknown' ? null : parsed.end, startUnknown: false };
}

function readSource(input: unknown, warn: (message: string) => void): EventSource | null {
  if (!isObject(input) || typeof input.quote !== 'string') {
    warn('source must be an object with a "quote"; it is ignored.');
    return null;
  }
  const source: EventSource = { quote: input.quote };
  if (typeof input.document === 'string') source.document = input.document;
  if (Number.isInteger(input.start) && Number.isInteger(input.end) && (input.end as number) >= (input.start as number)) {
    source.start = input.start as number;
    source.end = input.end as number;
  } else if (input.start !== undefined || input.end !== undefined) {
    warn('source.start and source.end must be character offsets (whole numbers, end ≥ start); they are ignored.');
  }
  if (input.url !== undefined) {
    const url = safeUrl(input.url);
    if (url) source.url = url;
    else warn(`source.url ${describe(input.url)} is not an http or https address; it is ignored.`);
  }
  const unknown = Object.keys(input).filter((key) => !knownSourceFields.has(key));
  if (unknown.length) warn(`unknown source field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} ignored.`);
  return source;
}

function readMeta(input: unknown, problems: DataProblem[]): TimelineMeta {
  if (input === undefined) return {};
  if (!isObject(input)) {
    problems.push({ message: 'meta must be an object; it is ignored.', level: 'warning' });
    return {};
  }
  const meta: TimelineMeta = {};
  const warn = (message: string) => problems.push({ message: `meta: ${message}`, level: 'warning' });
  if (typeof input.title === 'string') meta.title = input.title;
  for (const field of ['now'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (isDate(value)) meta[field] = value;
    else warn(`${field} ${describe(value)} is not a date; it is ignored.`);
  }
  if (input.focus !== undefined) {
    const focus = input.focus;
    if (isObject(focus) && isDate(focus.start) && isDate(focus.end)) meta.focus = { start: focus.start, end: focus.end };
    else warn('focus must be {start, end} with two dates; it is ignored.');
  }
  if (Array.isArray(input.documents)) {
    meta.documents = input.documents.filter(isObject).flatMap((d): SourceDocument[] => {
      if (typeof d.id !== 'string' || typeof d.title !== 'string') return [];
      const document: SourceDocument = { id: d.id, title: d.title };
      for (const field of ['publisher', 'published', 'written'] as const) {
        if (typeof d[field] === 'string') document[field] = d[field];
      }
      const url = safeUrl(d.url);
      if (url) document.url = url;
      return [document];
    });
  }
  if (Array.isArray(input.categories)) {
    meta.categories = input.categories.filter(
      (c): c is CategoryInfo => isObject(c) && typeof c.id === 'string' && typeof c.label === 'string',
    ).map(({ id, label }) => ({ id, label }));
  }
  if (isObject(input.groups)) {
    const groups: TimelineMeta['groups'] = {};
    for (const key of ['category', 'actor'] as const) {
      const order = input.groups[key];
      if (Array.isArray(order)) groups[key] = order.filter((g): g is string => typeof g === 'string');
    }
    meta.groups = groups;
  }
  return meta;
}

/** The URL if it is an absolute http(s) address, else null: no javascript:, data: or relative tricks. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return parseEdtf(value).type === 'date';
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (typeof value === 'object') return 'an object';
  // Objects and lists were described above; what is left prints itself well.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `${typeof value} ${String(value)}`;
}

function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
