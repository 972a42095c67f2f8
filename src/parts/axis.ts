// Draws the time axis with d3-axis into the <svg> the element renders once, inside its
// groups .grid, .minor and .major: grid lines, minor ticks and their labels, and major
// labels ("February 2022") that stick to the start of the view. Lit owns the <svg>; d3
// owns what is in its groups.

import { axisLeft, axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import type { TimeAxis } from '../controllers/zoom-controller.js';
import type { TimeScale } from '../time/scale.js';
import type { AxisTicks, Tick } from '../time/ticks.js';
import * as geometry from '../geometry.js';

export interface AxisView {
  scale: TimeScale;
  ticks: AxisTicks;
  /** The axis time runs along: x, along the top; y, down the left side. */
  along: TimeAxis;
  /** Size of the plot (px). */
  width: number;
  height: number;
}

/**
 * Draws `view` into `node`. `majorWidths` keeps the major labels' drawn widths by text:
 * each is measured once, as drawn (clear it when the font may have changed).
 */
export function drawAxis(node: SVGSVGElement, view: AxisView, majorWidths: Map<string, number>): void {
  const { scale, width, height } = view;
  const { minor, major } = view.ticks;
  const horizontal = view.along === 'x';
  const svg = select(node);
  const axis = (ticks: Tick[], size: number) => {
    const labels = new Map(ticks.map((t) => [t.value, t.label]));
    return (horizontal ? axisTop<Date>(scale) : axisLeft<Date>(scale))
      .tickValues(ticks.map((t) => new Date(t.value)))
      .tickFormat((d) => labels.get(+d) ?? '')
      .tickSizeOuter(0)
      .tickSize(size);
  };
  const place = (name: string, x: number, y: number) => svg.select<SVGGElement>(name).attr('transform', `translate(${x},${y})`);
  // A turned axis starts afresh: d3 would keep the old direction's line ends.
  if (node.dataset.along !== view.along) svg.selectAll('g > *').remove();
  node.dataset.along = view.along;
  // Grid lines at the minor ticks: one path, not an element each.
  const grid = minor.map((t) => Math.round(scale(t.value)) + 0.5);
  const lines = horizontal ? grid.map((x) => `M${x},0V${height}`) : grid.map((y) => `M0,${y}H${width}`);
  place('.grid', horizontal ? 0 : geometry.axisWidth, horizontal ? geometry.axisHeight : 0)
    .selectAll('path')
    .data([lines.join('')])
    .join('path')
    .attr('d', (d) => d);
  const minorGroup = place('.minor', horizontal ? 0 : geometry.axisWidth - 2, horizontal ? geometry.axisHeight - 6 : 0).call(axis(minor, 4));
  // A label at either end moves in to be read whole (down a vertical axis, the first names
  // the month). One that would move further than labels are spaced, and might meet its
  // neighbour, is hidden instead: cut in half by the edge, it said little anyway.
  const length = horizontal ? width : height;
  minorGroup.selectAll('text').each(function (_, i) {
    const at = scale(minor[i].value);
    const half = horizontal ? minor[i].label.length * 3.5 + 2 : 7;
    const shift = Math.min(Math.max(at, half), length - half) - at;
    select(this).attr(horizontal ? 'x' : 'y', shift).attr('opacity', Math.abs(shift) > 10 ? 0 : 1);
  });
  const majorGroup = place('.major', 0, 18).call(axis(horizontal ? major : [], 0));
  // Major labels start at their boundary; the one already in force sticks to the left edge
  // and gives way to the next; the last one shows only if it fits before the right edge.
  // Each label is measured as drawn once, all before any moves, so as to lay out once at most.
  const positions = major.map((t) => scale(t.value));
  const texts = majorGroup.selectAll<SVGTextElement, unknown>('text');
  texts.each(function (_, i) {
    const label = major[i].label;
    // Nothing is drawn while the plot is hidden (the list view): measured later, then.
    if (!majorWidths.has(label)) {
      const drawn = this.getComputedTextLength();
      if (drawn > 0) majorWidths.set(label, drawn);
    }
  });
  texts.each(function (_, i) {
    const x = positions[i];
    const shift = Math.max(0, 4 - x) + 4;
    const next = positions[i + 1] ?? width;
    const label = major[i].label;
    const labelWidth = majorWidths.get(label) ?? label.length * 7.5;
    select(this)
      .attr('text-anchor', 'start')
      .attr('x', shift)
      .attr('opacity', x + shift + labelWidth + 8 > next ? 0 : 1);
  });
}
