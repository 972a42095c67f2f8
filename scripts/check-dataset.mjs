#!/usr/bin/env node
// Checks a <crisis-timeline> dataset (no dependencies).
//
//   node scripts/check-dataset.mjs [dataset.json]
//
// Default dataset: src/data/article-events.json. The text of a source document
// with id X is read from X.txt in the same folder as the dataset.
// Checks:
//   - event ids are unique and match ^[a-z0-9]+(-[a-z0-9]+)*$
//   - events are in chronological order of start (earliest moment the start date can mean)
//   - each source.quote === text.slice(source.start, source.end) (UTF-16 code units)
//   - and, more lightly: required fields, status/category values, EDTF form of dates,
//     end not before start, source.document refers to a known document.
// Prints OK, or the problems found and exits with code 1.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const datasetPath = resolve(process.argv[2] ?? join(here, '..', 'src', 'data', 'article-events.json'));

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STATUSES = ['reported', 'ongoing', 'expected'];
// EDTF level 0/1 date, no intervals: YYYY[-MM[-DD[Thh:mm[:ss](Z|±hh:mm)]]], or a date
// without time followed by one qualifier ~ ? %.
const EDTF_RE =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const EDTF_QUALIFIED_RE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]$/;

const problems = [];
const problem = (msg) => problems.push(msg);

/** Earliest and latest instants (ms since epoch) an EDTF date can mean, or null if invalid. */
function bounds(value) {
  if (typeof value !== 'string') return null;
  let m = EDTF_RE.exec(value);
  let qualified = false;
  if (!m) {
    m = EDTF_QUALIFIED_RE.exec(value);
    qualified = true;
  }
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, tz] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > dim) return null;
  }
  if (!qualified && hh !== undefined) {
    if (Number(hh) > 23 || Number(mi) > 59 || (ss !== undefined && Number(ss) > 59)) return null;
    let offsetMin = 0;
    if (tz !== 'Z') {
      const sign = tz[0] === '-' ? -1 : 1;
      offsetMin = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
    }
    const t = Date.UTC(year, month - 1, day, Number(hh), Number(mi), Number(ss ?? 0)) - offsetMin * 60000;
    return { lo: t, hi: t + (ss === undefined ? 60000 : 1000) - 1 };
  }
  const utc = (yy, mm, dd) => {
    const dt = new Date(Date.UTC(2000, mm, dd));
    dt.setUTCFullYear(yy); // years 0000–0099 would otherwise be read as 19xx
    return dt.getTime();
  };
  if (month === undefined) return { lo: utc(year, 0, 1), hi: utc(year + 1, 0, 1) - 1 };
  if (day === undefined) return { lo: utc(year, month - 1, 1), hi: utc(year, month, 1) - 1 };
  return { lo: utc(year, month - 1, day), hi: utc(year, month - 1, day + 1) - 1 };
}

let data;
try {
  data = JSON.parse(readFileSync(datasetPath, 'utf8'));
} catch (err) {
  console.error(`Cannot read ${datasetPath}: ${err.message}`);
  process.exit(1);
}

const meta = data?.meta ?? {};
const documents = Array.isArray(meta.documents) ? meta.documents : [];
if (documents.length === 0) problem('meta.documents is missing or empty');
const texts = new Map();
for (const doc of documents) {
  if (!doc || typeof doc.id !== 'string' || !ID_RE.test(doc.id)) {
    problem(`document id ${JSON.stringify(doc?.id)} is not kebab-case`);
    continue;
  }
  const path = join(dirname(datasetPath), `${doc.id}.txt`);
  try {
    texts.set(doc.id, readFileSync(path, 'utf8'));
  } catch {
    problem(`document "${doc.id}": cannot read its text at ${path}`);
  }
}
const categoryIds = new Set((Array.isArray(meta.categories) ? meta.categories : []).map((c) => c?.id));
for (const key of ['now']) {
  if (meta[key] !== undefined && !bounds(meta[key])) problem(`meta.${key} ${JSON.stringify(meta[key])} is not an EDTF date`);
}
if (meta.focus) {
  const fs = bounds(meta.focus.start);
  const fe = bounds(meta.focus.end);
  if (!fs || !fe) problem('meta.focus.start/end must be EDTF dates');
  else if (fe.hi < fs.lo) problem('meta.focus.end is before meta.focus.start');
}

const events = data?.events;
if (!Array.isArray(events)) {
  problem('events is not an array');
} else {
  const seen = new Set();
  let previous = null; // { id, lo }
  events.forEach((ev, i) => {
    const label = `events[${i}] (${ev?.id ?? 'no id'})`;
    if (!ev || typeof ev !== 'object') return problem(`${label}: not an object`);

    // ids
    if (typeof ev.id !== 'string' || !ID_RE.test(ev.id)) problem(`${label}: id must match ${ID_RE}`);
    else if (seen.has(ev.id)) problem(`${label}: duplicate id "${ev.id}"`);
    else seen.add(ev.id);

    // required fields and enums
    for (const f of ['title', 'start', 'status', 'category', 'source']) {
      if (ev[f] === undefined || ev[f] === '') problem(`${label}: missing ${f}`);
    }
    if (ev.status !== undefined && !STATUSES.includes(ev.status)) problem(`${label}: status "${ev.status}" is not one of ${STATUSES.join(', ')}`);
    if (ev.category !== undefined && !categoryIds.has(ev.category)) problem(`${label}: category "${ev.category}" is not in meta.categories`);

    // dates and chronological order
    const s = bounds(ev.start);
    if (ev.start !== undefined && !s) problem(`${label}: start ${JSON.stringify(ev.start)} is not an EDTF date`);
    if (ev.end !== undefined && ev.end !== '..') {
      const e = bounds(ev.end);
      if (!e) problem(`${label}: end ${JSON.stringify(ev.end)} is not an EDTF date or ".."`);
      else if (s && e.hi < s.lo) problem(`${label}: end ${ev.end} is before start ${ev.start}`);
    }
    if (s) {
      if (previous && s.lo < previous.lo) {
        problem(`${label}: start ${ev.start} is earlier than the start of the previous event "${previous.id}" (${previous.start}); events must be in chronological order`);
      }
      previous = { id: ev.id, start: ev.start, lo: s.lo };
    }

    // source quote
    const src = ev.source;
    if (src && typeof src === 'object') {
      const text = texts.get(src.document);
      if (text === undefined) {
        problem(`${label}: source.document "${src.document}" is not a readable document in meta.documents`);
      } else if (!Number.isInteger(src.start) || !Number.isInteger(src.end) || src.start < 0 || src.end > text.length || src.start >= src.end) {
        problem(`${label}: source.start/end (${src.start}, ${src.end}) are not a valid range in "${src.document}" (length ${text.length})`);
      } else {
        const actual = text.slice(src.start, src.end);
        if (actual !== src.quote) {
          const at = text.indexOf(src.quote);
          problem(
            `${label}: source.quote does not equal text.slice(${src.start}, ${src.end}) = ${JSON.stringify(actual)}` +
              (at >= 0 ? `; the quote is found at ${at}..${at + src.quote.length}` : '; the quote is not found in the text'),
          );
        }
      }
    }
  });
}

if (problems.length) {
  console.error(`${problems.length} problem(s) in ${datasetPath}:`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log(`OK: ${events.length} events in ${datasetPath}`);
