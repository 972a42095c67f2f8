// Chooses the ticks of the time axis: as many as fit without their labels touching,
// at whatever unit the zoom calls for (decades down to minutes), labelled through
// Intl in the reader's locale. A second, coarser row names the larger unit
// ("February 2022" over day ticks) so every label stays short.

import { dateFormat } from './format.js';
import type { TimeScale } from './scale.js';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';

export interface Tick {
  /** Wall-clock ms. */
  value: number;
  label: string;
}

export interface AxisTicks {
  /** The unit the ticks fall on. */
  unit: TickUnit;
  minor: Tick[];
  /** Boundaries of the next larger unit, with the one in force at the left edge first. */
  major: Tick[];
}

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** Estimated width (px) of a label; the default assumes a 12 px sans-serif font. */
export type MeasureText = (text: string) => number;
const estimate: MeasureText = (text) => text.length * 7 + 4;

const units: { unit: TickUnit; interval: CountableTimeInterval }[] = [
  { unit: 'year', interval: utcYear },
  { unit: 'month', interval: utcMonth },
  { unit: 'day', interval: utcDay },
  { unit: 'hour', interval: utcHour },
  { unit: 'minute', interval: utcMinute },
];

const minorFormats: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric' },
  hour: { hour: 'numeric', minute: '2-digit' },
  minute: { hour: 'numeric', minute: '2-digit' },
  second: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

/** Short names of the larger unit, for a single row of labels (a vertical axis). */
const contextFormats: Partial<Record<TickUnit, Intl.DateTimeFormatOptions>> = {
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  hour: { day: 'numeric', month: 'short' },
  minute: { day: 'numeric', month: 'short' },
  second: { hour: 'numeric', minute: '2-digit' },
};

const majorFormats: Partial<Record<TickUnit, { unit: TickUnit; format: Intl.DateTimeFormatOptions }>> = {
  month: { unit: 'year', format: { year: 'numeric' } },
  day: { unit: 'month', format: { month: 'long', year: 'numeric' } },
  hour: { unit: 'day', format: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } },
  minute: { unit: 'day', format: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } },
  second: { unit: 'minute', format: { hour: 'numeric', minute: '2-digit', day: 'numeric', month: 'short' } },
};

/** The unit every one of these times falls on. */
export function tickUnit(values: readonly number[]): TickUnit {
  for (const { unit, interval } of units) {
    if (values.every((v) => interval.floor(new Date(v)).getTime() === v)) return unit;
  }
  return 'second';
}

function format(locale: string | undefined, options: Intl.DateTimeFormatOptions, bce: boolean): (ms: number) => string {
  const f = dateFormat(locale, { ...options, timeZone: 'UTC', ...(bce && 'year' in options ? { era: 'short' } : {}) });
  return (ms) => f.format(ms);
}

/**
 * Ticks for `scale` whose labels, `spacing` px apart at least, do not collide.
 * The scale's domain is wall-clock time on the UTC line.
 */
export function axisTicks(
  scale: TimeScale,
  options: { locale?: string; measure?: MeasureText; spacing?: number; merged?: boolean } = {},
): AxisTicks {
  const { locale, measure = estimate, spacing = 12, merged = false } = options;
  const [x0, x1] = scale.range();
  const width = Math.abs(x1 - x0);
  const [d0, d1] = scale.domain();
  const bce = d0.getUTCFullYear() <= 0;
  let count = Math.max(2, Math.floor(width / 60));
  for (;;) {
    let values = scale.ticks(count).map(Number);
    const unit = tickUnit(values);
    // Round years before the common era are round BC years: year -400 is 401 BC, so ticks
    // years apart move a year on there (-399 is 400 BC), and year 0 (1 BC) to AD 1.
    if (bce && unit === 'year' && values[1] - values[0] > 2 * 366 * 864e5) {
      values = values.map((v) => (new Date(v).getUTCFullYear() > 0 ? v : utcYear.offset(new Date(v), 1).getTime()));
    }
    const label = format(locale, minorFormats[unit], bce);
    // In one row, the first tick and each tick that starts a larger unit name it ("1 Feb", "Mar 2022").
    const context = merged && contextFormats[unit] ? format(locale, contextFormats[unit], bce) : null;
    const boundary = merged && majorFormats[unit] ? units.find((u) => u.unit === majorFormats[unit]!.unit)!.interval : null;
    const minor = values.map((value, i) => ({
      value,
      label: context && (i === 0 || boundary!.floor(new Date(value)).getTime() === value) ? context(value) : label(value),
    }));
    if (count <= 2 || fits(minor, scale, measure, spacing)) {
      return { unit, minor, major: majorTicks(unit, d0.getTime(), d1.getTime(), locale, bce) };
    }
    count = Math.floor(count * 0.75);
  }
}

function fits(ticks: Tick[], scale: TimeScale, measure: MeasureText, spacing: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const room = scale(ticks[i].value) - scale(ticks[i - 1].value);
    const need = (measure(ticks[i].label) + measure(ticks[i - 1].label)) / 2 + spacing;
    if (room < need) return false;
  }
  return true;
}

function majorTicks(unit: TickUnit, start: number, end: number, locale: string | undefined, bce: boolean): Tick[] {
  const major = majorFormats[unit];
  if (!major) return [];
  const interval = units.find((u) => u.unit === major.unit)!.interval;
  const label = format(locale, major.format, bce);
  const first = interval.floor(new Date(start)).getTime();
  // The period in force at the left edge comes first, even though it began before the view.
  const values = [first, ...interval.range(new Date(first + 1), new Date(end)).map(Number)];
  return values.map((value) => ({ value, label: label(value) }));
}
