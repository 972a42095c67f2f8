// Reads the JSON of Knight Lab's TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html),
// the format many newsrooms keep their timelines in, into our event format. The
// result goes through `validate` like any other data: this module only maps
// fields, and whatever it cannot map is left for the validator to report.
//
// Mapped: `start_date`/`end_date` → `start`/`end` (EDTF at the precision given),
// `text.headline` → `title`, `text.text` → `summary` (both HTML, turned into plain
// text), `unique_id` → `id`, `group` → `category`, `media` → `source`, and the
// title slide's headline → `meta.title`.
// Ignored: `display_date` (on slides and dates: we write dates ourselves, at their
// precision), `background`, `autolink`, `media.thumbnail`/`alt`/`link`, and
// `eras`. Eras label spans of the navigation; drawn as events they would claim that
// something happened, so they wait for the component to have a layer of their own.

import type { TimelineMeta } from '../types.js';
import { textOf } from './markup.js';
import { safeUrl } from './validate.js';

export { isTimelineJs } from './is-timelinejs.js';

/**
 * Converts TimelineJS3 JSON into `{meta, events}` for `validate`. Never throws:
 * an unusable slide becomes an event the validator refuses with a reason, at the
 * same index as in `data.events`.
 */
export function fromTimelineJs(data: unknown): { meta: TimelineMeta; events: unknown[] } {
  const meta: TimelineMeta = {};
  if (!isObject(data)) return { meta, events: [] };
  if (isObject(data.title) && isObject(data.title.text)) {
    const title = htmlToText(data.title.text.headline);
    if (title) meta.title = title;
  }
  // On the cosmological scale TimelineJS considers only the year.
  const yearsOnly = data.scale === 'cosmological';
  const events = Array.isArray(data.events) ? data.events.map((slide) => readSlide(slide, yearsOnly)) : [];
  return { meta, events };
}

function readSlide(slide: unknown, yearsOnly: boolean): unknown {
  // Not an object: passed on as it is, for the validator to say so.
  if (!isObject(slide)) return slide;
  const event: Record<string, unknown> = {};
  const id = slide.unique_id;
  if ((typeof id === 'string' && id.trim() !== '') || typeof id === 'number') event.id = id;

  const text = isObject(slide.text) ? slide.text : {};
  const media = isObject(slide.media) ? slide.media : {};
  const headline = htmlToText(text.headline);
  const body = htmlToText(text.text);
  const caption = htmlToText(media.caption);
  // A headline is optional in TimelineJS (a slide may be all picture); we need a
  // title, so a slide without one is named by the start of its text or caption.
  const title = headline || clip(body) || clip(caption);
  if (title) event.title = title;

  if (slide.start_date !== undefined) event.start = edtfOf(slide.start_date, yearsOnly);
  if (slide.end_date !== undefined) event.end = edtfOf(slide.end_date, yearsOnly);
  // Spreadsheets give empty cells as "" or null, and a numeric group ("2022") as a number.
  const group = slide.group;
  if (typeof group === 'number') event.category = String(group);
  else if (typeof group === 'string' ? group.trim() !== '' : group !== undefined && group !== null) event.category = group;
  if (body && body !== title) event.summary = body;

  const source = mediaSource(media, caption || headline || title);
  if (source) event.source = source;
  return event;
}

/**
 * The slide's media as a source: a link to it (http or https) quoted by its caption,
 * or a quotation given as media (TimelineJS takes `<blockquote>` markup in
 * `media.url`). Embed codes (`<iframe>`) and other addresses are left out.
 */
function mediaSource(media: Record<string, unknown>, quote: string): { quote: string; url?: string } | null {
  if (typeof media.url !== 'string') return null;
  const value = media.url.trim();
  if (/^<blockquote[\s>]/i.test(value)) {
    const quoted = htmlToText(value);
    return quoted ? { quote: quoted } : null;
  }
  // TimelineJS's own examples use protocol-relative addresses ("//upload.wikimedia.org/…").
  const url = safeUrl(value.startsWith('//') ? `https:${value}` : value);
  return url && quote ? { quote, url } : null;
}

const dateParts = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type DatePart = (typeof dateParts)[number];

/**
 * A TimelineJS date object as an EDTF date at the precision it was given:
 * `{year: 2022}` → `2022`, `{…, month: 2}` → `2022-02`, `{…, day: 10}` → `2022-02-10`,
 * `{…, hour: 14, minute: 30}` → `2022-02-10T14:30`. TimelineJS builds its dates in
 * the reader's local time, so times become floating (no zone). An hour alone gets
 * `:00` (EDTF has no hour precision); milliseconds are dropped (our EDTF reading
 * has no fractions of a second).
 *
 * Anything that is not a date object with whole numbers in a sensible order comes
 * out as text the validator refuses with the values quoted, rather than guessed at.
 */
function edtfOf(value: unknown, yearsOnly: boolean): unknown {
  // A string or a number is not TimelineJS, but the validator says best what is wrong with it.
  if (!isObject(value)) return value;
  const given: Partial<Record<DatePart, number>> = {};
  const wrong: string[] = [];
  let last = -1;
  for (const [index, part] of dateParts.entries()) {
    const raw = value[part];
    // TimelineJS's spreadsheets leave empty cells as "", and TimelineJS reads them as absent.
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const number = wholeNumber(raw);
    // A part after a missing one (a day without a month) has nothing to attach to.
    if (number === null || index !== last + 1 || (part !== 'year' && number < 0)) {
      wrong.push(`${part} ${typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw)}`);
      continue;
    }
    given[part] = number;
    last = index;
  }
  // Months run 1–12 in TimelineJS; EDTF would read 21–24 as seasons.
  if (given.month !== undefined && (given.month < 1 || given.month > 12)) wrong.push(`month ${given.month}`);
  if (given.year === undefined && !wrong.some((part) => part.startsWith('year '))) return 'date without a year';
  if (given.year === undefined || wrong.length) return `date with ${wrong.join(', ')}`;

  // TimelineJS writes BCE years as negative numbers and shows -44 as "44 BCE"
  // (though its axis, built on JavaScript's astronomical years, puts it a year
  // earlier). EDTF counts astronomically (0000 is 1 BCE), so 44 BCE is -0043. Year 0
  // is no year BCE or CE; it stays 0000, where TimelineJS draws it.
  const year = given.year < 0 ? given.year + 1 : given.year;
  // Years beyond four digits take EDTF's "Y" form, which has no month or day.
  if (Math.abs(year) > 9999) return `Y${year}`;
  let text = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
  if (yearsOnly || given.month === undefined) return text;
  text += `-${pad(given.month, 2)}`;
  if (given.day === undefined) return text;
  text += `-${pad(given.day, 2)}`;
  if (given.hour === undefined) return text;
  text += `T${pad(given.hour, 2)}:${pad(given.minute ?? 0, 2)}`;
  if (given.second !== undefined) text += `:${pad(given.second, 2)}`;
  return text;
}

/** A whole number from a number or its digits ("08", " -44 "), else null. */
function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

let parser: DOMParser | undefined;

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
let policy: HtmlPolicy | null | undefined;

/**
 * The HTML to parse, as TrustedHTML where the page enforces Trusted Types
 * (require-trusted-types-for 'script'): the parsed document is inert (see below), so
 * passing the text through is safe. null when the page's trusted-types directive does not
 * allow the policy's name.
 */
function trustedHtml(html: string): unknown {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): HtmlPolicy } })
    .trustedTypes;
  if (!factory) return html;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('crisis-timeline#text', { createHTML: (s) => s });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : null;
}

/**
 * Plain text of an HTML fragment, entities decoded and whitespace collapsed; '' for
 * anything but a string.
 *
 * The fragment is parsed by DOMParser into a document of its own that is never put
 * in the page. Such a document has no browsing context: scripting is disabled in it,
 * so `<script>` does not run and inline handlers (`<img onerror>`, `<svg onload>`)
 * never fire, and nothing is fetched, so `<img src>` makes no request at all (and
 * thus no error that could fire a handler). Markup inserted into the live page
 * would do all of that, which is why this never touches innerHTML.
 * `textOf` then leaves out the text of <script> and <style>, which `textContent`
 * would keep.
 */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return typeof html === 'number' ? String(html) : '';
  // Plain text needs no parser.
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  parser ??= new DOMParser();
  const markup = trustedHtml(html);
  // No policy allowed: keep the text between the tags rather than fail.
  if (markup === null) return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return textOf(parser.parseFromString(markup as string, 'text/html').body);
}

/** The start of a long text, for use as a title. */
function clip(text: string, length = 80): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
