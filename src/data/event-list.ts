// The accepted events of a dataset, held in columns: one array for each field, by the
// event's position. Drawing 100,000 events reads a few fields of all of them and looks
// at a few hundred one by one: an object for each event, made for all of them as they
// were read, doubled the garbage collection of a first render (some 25 ms more).

import { plainDate, plainPrecisions, type EdtfDate } from '../time/edtf.js';
import type { EventStatus, TimelineEvent } from '../types.js';
import { printable } from './printable.js';

/** Statuses by their code in `EventColumns.statuses`. */
export const statuses: readonly EventStatus[] = ['reported', 'ongoing', 'expected'];

/** What few events have: optional fields beyond those drawn, and dates that are not plain ISO ones. */
export interface EventExtras {
  /** Place, summary, date note, actors, source: those it has. */
  details?: Partial<TimelineEvent>;
  /** The dates as read, when they are not plain ISO dates (which read again quickly when asked for). */
  dates?: {
    start: EdtfDate;
    end: EdtfDate | 'open' | null;
    /** The start is unknown (an interval written `/2022-02-20`). */
    startUnknown: boolean;
  };
}

/** The fields of the events, one array for each, by position. */
export interface EventColumns {
  ids: string[];
  titles: string[];
  /** The start and end as written (trimmed; '' for no end). */
  starts: string[];
  ends: string[];
  /** Codes into `statuses`. */
  statuses: Uint8Array;
  categories: (string | undefined)[];
  /** The first of each event's actors, which grouping by actor files it under. */
  actors: (string | undefined)[];
  extras: (EventExtras | undefined)[];
}

/** Columns for `length` events, to be filled. */
export function eventColumns(length: number): EventColumns {
  // Made at their full length at once, then cut to the events accepted: grown one push at
  // a time, they were copied again and again, by the growing and by the garbage collector.
  return {
    ids: new Array<string>(length),
    titles: new Array<string>(length),
    starts: new Array<string>(length),
    ends: new Array<string>(length),
    statuses: new Uint8Array(length),
    categories: new Array<string | undefined>(length),
    actors: new Array<string | undefined>(length),
    extras: new Array<EventExtras | undefined>(length),
  };
}

/**
 * The accepted events in time order: their fields in columns, in the order they were
 * read, and each event as a `ResolvedEvent` when asked for.
 */
export class EventList {
  private readonly columns: EventColumns;
  /**
   * Where the event at each place in time is in the columns; null when they came in time
   * order. Sorting 100,000 events moves their times, not their eight other fields: moved
   * too, those cost the sort as long again.
   */
  private readonly order: Uint32Array | null;
  private readonly made: (ResolvedEvent | undefined)[];

  constructor(columns: EventColumns = eventColumns(0), order: Uint32Array | null = null) {
    this.columns = columns;
    this.order = order;
    this.made = new Array<ResolvedEvent | undefined>(columns.ids.length);
  }

  get length(): number {
    return this.columns.ids.length;
  }

  /** The event at `index` (0 to length - 1), made on first asking. */
  get(index: number): ResolvedEvent {
    return (this.made[index] ??= new ResolvedEvent(this.columns, this.at(index)));
  }

  /** The id of the event at `index`; undefined outside 0 to length - 1. */
  id(index: number): string | undefined {
    return this.columns.ids[this.at(index)];
  }

  /** The title, as drawn (see `printable`). */
  title(index: number): string {
    return printable(this.columns.titles[this.at(index)]);
  }

  category(index: number): string | undefined {
    return this.columns.categories[this.at(index)];
  }

  /** The first of the event's actors, which grouping by actor files it under. */
  actor(index: number): string | undefined {
    return this.columns.actors[this.at(index)];
  }

  hasId(id: string): boolean {
    return this.columns.ids.includes(id);
  }

  map<T>(transform: (event: ResolvedEvent, index: number) => T): T[] {
    return Array.from({ length: this.length }, (_, i) => transform(this.get(i), i));
  }

  /** Where the event at `index` (its place in time) is in the columns. */
  private at(index: number): number {
    return this.order ? this.order[index] : index;
  }
}

/**
 * One accepted event. What drawing needs of it (its id, title, group and status) is at
 * hand; its `TimelineEvent`, and its dates as `EdtfDate`s, are made when first asked for.
 */
export class ResolvedEvent {
  readonly id: string;
  /** The title, as drawn (see `printable`). */
  readonly title: string;
  readonly status: EventStatus;
  readonly category: string | undefined;
  /** The first of its actors, which grouping by actor files it under. */
  readonly actor: string | undefined;
  /** The start is unknown (an interval written `/2022-02-20`). */
  readonly startUnknown: boolean;

  private readonly details: Partial<TimelineEvent> | undefined;
  private readonly startText: string;
  private readonly endText: string;
  /** The dates as read; undefined for plain ISO dates until asked for. */
  private startDate: EdtfDate | undefined;
  private endDate: EdtfDate | 'open' | null | undefined;
  private timelineEvent: TimelineEvent | undefined;

  constructor(columns: EventColumns, index: number) {
    this.id = columns.ids[index];
    this.title = printable(columns.titles[index]);
    this.status = statuses[columns.statuses[index]];
    this.category = columns.categories[index];
    this.actor = columns.actors[index];
    this.startText = columns.starts[index];
    this.endText = columns.ends[index];
    const extras = columns.extras[index];
    this.details = extras?.details;
    this.startUnknown = extras?.dates?.startUnknown ?? false;
    this.startDate = extras?.dates?.start;
    this.endDate = extras?.dates?.end;
  }

  /** Period of the start date (or of the end date, when only the end is known). */
  get start(): EdtfDate {
    return (this.startDate ??= plainDate(this.startText)!);
  }

  /** Period of the end date; 'open' for an event without end (`..`); null for a point event. */
  get end(): EdtfDate | 'open' | null {
    if (this.endDate === undefined) this.endDate = this.endText === '' ? null : plainDate(this.endText)!;
    return this.endDate;
  }

  /** The event as the `events` property gives it back. */
  get event(): TimelineEvent {
    if (!this.timelineEvent) {
      // A plain date's precision shows in its length: no need to read it again for it.
      const precision = this.startDate?.precision ?? plainPrecisions[this.startText.length];
      const event: TimelineEvent = { id: this.id, title: this.title, start: this.startText, status: this.status, actors: [], precision };
      if (this.endText) event.end = this.endText;
      if (this.category) event.category = this.category;
      this.timelineEvent = Object.assign(event, this.details);
    }
    return this.timelineEvent;
  }
}
