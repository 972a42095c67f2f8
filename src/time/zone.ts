// The timeline draws wall-clock time: a floating calendar date (2022-02-10) sits on
// its own day, and an instant (14:30Z) is moved to the clock time it showed in the
// display time zone. Both then live on one UTC-based line that d3's UTC scale and
// ticks read directly.

/** A function from an instant (ms) to wall-clock ms in one time zone. */
export type WallClock = (instant: number) => number;

/** True when `timeZone` is `UTC` or an IANA zone name this browser knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const quarterHour = 9e5;

const day = 864e5;
/** Days in a block: offsets are looked up for whole blocks of days at a time. */
const blockDays = 32;
const block = blockDays * day;
const localOffset = (instant: number) => new Date(instant).getTimezoneOffset() * 6e4;

/**
 * Instants to wall-clock time in the browser's own zone: Date knows its offsets, no Intl
 * needed. A zone changes its offset at most once a day, and most go months without a
 * change: when the 33 midnights of a block of 32 UTC days share one offset, every instant
 * in the block has it. The two blocks used last answer most instants with two comparisons
 * each (a model asks for the 300,000 instants of 100,000 events, the starts in time order
 * and the ends soon after); a block with a change is looked up day by day.
 */
export function localWallClock(): WallClock {
  /** Each block's offset, NaN for a block with a change; each day's in those, NaN for a day with a change. */
  const blocks = new Map<number, number>();
  const days = new Map<number, number>();
  let from = NaN;
  let to = NaN;
  let offset = 0;
  let otherFrom = NaN;
  let otherTo = NaN;
  let otherOffset = 0;
  return (instant) => {
    if (instant >= from && instant < to) return instant - offset;
    if (instant >= otherFrom && instant < otherTo) {
      [from, to, offset, otherFrom, otherTo, otherOffset] = [otherFrom, otherTo, otherOffset, from, to, offset];
      return instant - offset;
    }
    if (!Number.isFinite(instant)) return instant;
    const key = Math.floor(instant / block);
    let steady = blocks.get(key);
    if (steady === undefined) blocks.set(key, (steady = steadyOffset(key * block, blockDays)));
    if (!Number.isNaN(steady)) {
      [otherFrom, otherTo, otherOffset] = [from, to, offset];
      [from, to, offset] = [key * block, (key + 1) * block, steady];
      return instant - offset;
    }
    const dayKey = Math.floor(instant / day);
    let dayOffset = days.get(dayKey);
    if (dayOffset === undefined) days.set(dayKey, (dayOffset = steadyOffset(dayKey * day, 1)));
    return instant - (Number.isNaN(dayOffset) ? localOffset(instant) : dayOffset);
  };
}

/** The offset (ms) of the `count` days from `start` when all their midnights share it, else NaN. */
function steadyOffset(start: number, count: number): number {
  const offset = localOffset(start);
  for (let d = 1; d <= count; d++) if (localOffset(start + d * day) !== offset) return NaN;
  return offset;
}

/**
 * Converts instants to wall-clock time in `timeZone`. Offsets only change on quarter
 * hours, so one Intl lookup serves every instant in the same quarter hour.
 */
export function wallClock(timeZone: string): WallClock {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (instant) => instant;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    era: 'short',
  });
  const offsets = new Map<number, number>();
  return (instant) => {
    if (!Number.isFinite(instant)) return instant;
    const quarter = Math.floor(instant / quarterHour);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = offsetAt(format, quarter * quarterHour);
      offsets.set(quarter, offset);
    }
    return instant + offset;
  };
}

function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const date = new Date(0);
  date.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  date.setUTCHours(Number(parts.hour), Number(parts.minute));
  return date.getTime() - (instant - (((instant % 6e4) + 6e4) % 6e4));
}
