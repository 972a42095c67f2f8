// A linear scale from UTC time to pixels, with d3-time's calendar ticks. It has the
// parts d3-zoom's rescaleX and d3-axis call (domain, range, invert, copy, ticks), and
// none of d3-scale's interpolators and formats, which would cost an embedding page
// about 4 kB gzipped for nothing the timeline uses.

import { utcTicks } from 'd3-time';

export interface TimeScale {
  /** Pixel position of a time (ms or Date). */
  (time: number | Date): number;
  domain(): [Date, Date];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  /** The time at a pixel position. */
  invert(x: number): Date;
  /** Calendar-aligned times (years, months, days, hours…), about `count` of them. */
  ticks(count?: number): Date[];
  copy(): TimeScale;
}

export function scaleTime(domain: readonly (number | Date)[] = [0, 864e5], range: readonly number[] = [0, 1]): TimeScale {
  let d0 = +domain[0];
  let d1 = +domain[1];
  let r0 = +range[0];
  let r1 = +range[1];

  const scale = ((time: number | Date) => r0 + ((+time - d0) * (r1 - r0)) / (d1 - d0)) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
    d0 = +next[0];
    d1 = +next[1];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    r0 = +next[0];
    r1 = +next[1];
    return scale;
  }) as TimeScale['range'];
  scale.invert = (x) => new Date(d0 + ((x - r0) * (d1 - d0)) / (r1 - r0));
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  scale.copy = () => scaleTime([d0, d1], [r0, r1]);
  return scale;
}
