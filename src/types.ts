// The public data types of <crisis-timeline>: the event format it reads, the
// events it gives back, and the details of the DOM events it fires.

import type { Precision } from './time/edtf.js';

export type { Precision };

/** What the source says of an event: it had happened, it is under way, or it is announced. */
export type EventStatus = 'reported' | 'ongoing' | 'expected';

/** Where an event came from: the sentence of a source document that states it. */
export interface EventSource {
  /** Id of a document in the dataset's `meta.documents`. */
  document?: string;
  /** The sentence or clause, verbatim. */
  quote: string;
  /** Character offsets of the quote in the document's text (UTF-16 code units). */
  start?: number;
  end?: number;
  /** A link to the source (http and https only). */
  url?: string;
}

/** One event as written in a dataset. Only `title` and a date are required. */
export interface TimelineEventInput {
  id?: string;
  title: string;
  /** EDTF date: `2022-02-10`, `2022-02`, `2021-11~`, `2022-02-10T14:30+03:00`…, or a `Date` (an instant, to the second). */
  start?: string | Date;
  /** EDTF date, inclusive: the end date's whole period is part of the event. `..` is an open end. Or a `Date`. */
  end?: string | Date;
  /** A date or an EDTF interval (`2022-02-10/2022-02-20`), instead of start and end. */
  date?: string | Date;
  status?: EventStatus;
  category?: string;
  actors?: string[];
  place?: string;
  summary?: string;
  /** How the date was worked out. */
  dateNote?: string;
  source?: EventSource;
}

/** An accepted event, as the `events` property gives it back. */
export interface TimelineEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  status: EventStatus;
  category?: string;
  actors: string[];
  place?: string;
  summary?: string;
  dateNote?: string;
  source?: EventSource;
  /** How precise the start date is, read from its form. */
  precision: Precision;
}

/** A source document of the dataset. */
export interface SourceDocument {
  id: string;
  title: string;
  publisher?: string;
  /** EDTF date of publication. */
  published?: string;
  /** EDTF date on which it was written. */
  written?: string;
  url?: string;
}

export interface CategoryInfo {
  id: string;
  label: string;
}

/** Optional facts about a dataset as a whole. */
export interface TimelineMeta {
  title?: string;
  documents?: SourceDocument[];
  /** Reference date drawn as a line ("Article published"). */
  now?: string;
  /** The first view: the part of the timeline the data is about. */
  focus?: { start: string; end: string };
  categories?: CategoryInfo[];
  /** Lane order for each way of grouping. */
  groups?: { category?: string[]; actor?: string[] };
}

/** A dataset: an array of events, or an object with `events` and optional `meta`. */
export type TimelineData = TimelineEventInput[] | { meta?: TimelineMeta; events: TimelineEventInput[] };

/** One thing wrong with the data given to the timeline. */
export interface DataProblem {
  /** Position of the event in the input, when the problem is with one event. */
  index?: number;
  /** Its id, when it has one. */
  id?: string;
  message: string;
  /** 'error' (the default): the event was refused; 'warning': it was kept, the named part ignored. */
  level?: 'error' | 'warning';
}

export interface TimelineRange {
  start: Date;
  end: Date;
}

export interface TimelineSelectDetail {
  /** Id of the selected event, or null when the selection was cleared. */
  id: string | null;
}

export type TimelineRangeChangeDetail = TimelineRange;

export interface TimelineLoadDetail {
  /** How many events were accepted. */
  count: number;
}

export interface TimelineErrorDetail {
  message: string;
  problems: DataProblem[];
}
