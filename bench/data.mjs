// Deterministic synthetic events for the benchmark. Plain ES module with no imports,
// so the page can build the data itself (nothing large crosses the CDP pipe) and
// Node can build the same data for checks.

export const LANES = ['lane-0', 'lane-1', 'lane-2', 'lane-3', 'lane-4'];
export const YEAR_START = Date.UTC(2021, 0, 1);
export const YEAR_END = Date.UTC(2022, 0, 1);

const MINUTE = 6e4;
const HOUR = 36e5;
const DAY = 864e5;

/** mulberry32: small, fast, and the same sequence everywhere for a given seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` events over 2021 in five lanes: about half points, half ranges lasting 1 hour
 * to 20 days (log-uniform, so short ranges are common). Times are whole minutes.
 * Returns library-neutral records: {id, title, lane, start, end|null} in ms.
 */
export function generate(n, seed = 1) {
  const random = prng(seed);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const lane = LANES[Math.floor(random() * LANES.length)];
    const isRange = random() < 0.5;
    const duration = isRange ? Math.exp(Math.log(HOUR) + random() * Math.log((20 * DAY) / HOUR)) : 0;
    const latestStart = YEAR_END - duration - MINUTE;
    const start = YEAR_START + Math.floor((random() * (latestStart - YEAR_START)) / MINUTE) * MINUTE;
    const end = isRange ? Math.max(start + HOUR, Math.floor((start + duration) / MINUTE) * MINUTE) : null;
    events[i] = { id: `e${i}`, title: `Event ${i} ${lane}`, lane, start, end };
  }
  return events;
}

/** `YYYY-MM-DDTHH:MMZ`, the minute-precision ISO 8601 form <crisis-timeline> reads. */
export function isoMinute(ms) {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

/** The <crisis-timeline> input format. */
export function toCrisisTimeline(events) {
  return events.map((e) => {
    const out = { id: e.id, title: e.title, start: isoMinute(e.start), category: e.lane };
    if (e.end !== null) out.end = isoMinute(e.end);
    return out;
  });
}

/** vis-timeline items (Date objects) and its five groups. */
export function toVis(events) {
  const items = events.map((e) => {
    const item = { id: e.id, group: e.lane, content: e.title, start: new Date(e.start) };
    if (e.end !== null) item.end = new Date(e.end);
    return item;
  });
  const groups = LANES.map((id) => ({ id, content: id }));
  return { items, groups };
}
