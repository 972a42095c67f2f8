// The console's words about attributes and calls a timeline cannot use. Only a mistake
// needs them, and they are a third of a kilobyte of English: they come with the
// on-demand parts, a moment after the mistake.

export const warnings = {
  choice: (attribute: string, value: string, accepted: readonly string[]) =>
    `${attribute}="${value}" is not valid; it takes ${accepted.join(', ')}. Using "${accepted[0]}".`,
  timeZone: (value: string) => `time-zone="${value}" is not a time zone; it takes an IANA name such as Europe/London, or UTC. Using the reader's.`,
  locale: (value: string) => `locale="${value}" is not a supported BCP 47 locale; using the page's or the browser's.`,
  now: (value: string) => `now="${value}" is not a date (ISO 8601 / EDTF, e.g. 2022-02-10); using the data's.`,
  span: (attribute: string, value: string) => `${attribute}="${value}" is not an ISO 8601 duration such as PT1H or P80Y; using the default.`,
  spans: (max: string, min: string | undefined) =>
    `max-span="${max}" is narrower than ${min ? `min-span="${min}"` : 'the narrowest view (an hour)'}; the narrowest view wins.`,
  view: (start: string, end: string) => `start="${start}" end="${end}" is not a time range (two ISO 8601 dates, the end after the start).`,
  categories: (list: string, unknown: readonly string[], known: readonly string[]) =>
    `categories="${list}": the data has no category ${unknown.join(', ')}; it has ${known.join(', ')}.`,
  zoomTo: (start: unknown, end: unknown) => `zoomTo(${String(start)}, ${String(end)}): that is not a time range.`,
  select: (id: string) => `select("${id}"): there is no event with that id.`,
};

export type Warnings = typeof warnings;
