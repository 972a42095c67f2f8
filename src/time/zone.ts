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
/** Offsets (minutes) of the browser's zone for whole UTC days that hold no change of offset. */
const steadyDays = new Map<number, number>();
const localOffset = (instant: number) => new Date(instant).getTimezoneOffset();
/** The steady day asked for last, and its offset: a model asks for its events' instants in time order. */
let lastDay = NaN;
let lastOffset = 0;

/**
 * Instants to wall-clock time in the browser's own zone: Date knows its offsets, no Intl
 * needed. A zone changes its offset at most once a day, so when a UTC day starts and ends
 * on the same offset, every instant of it has that offset: one lookup serves the day
 * (a dataset of 100,000 events has 300,000 instants, and few days).
 */
export const localWallClock: WallClock = (instant) => {
  if (!Number.isFinite(instant)) return instant;
  const key = Math.floor(instant / day);
  if (key === lastDay) return instant - lastOffset * 6e4;
  let offset = steadyDays.get(key);
  if (offset === undefined) {
    offset = localOffset(key * day);
    if (localOffset((key + 1) * day) !== offset) return instant - localOffset(instant) * 6e4;
    steadyDays.set(key, offset);
  }
  lastDay = key;
  lastOffset = offset;
  return instant - offset * 6e4;
};

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
