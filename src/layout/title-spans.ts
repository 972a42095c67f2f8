// Down a vertical axis each event sits in a column of its lane, its title beside its mark,
// across the axis. A title may run on over the columns to its right where they are free
// over its height, as a title along a horizontal axis runs on to the next event in its row.

/** An event laid out in a column (`row`) of a lane, from `x0` to `x1` along time (px). */
export interface InColumn {
  lane: number;
  row: number;
  x0: number;
  x1: number;
}

/**
 * How many columns each event's title may take: its own, then each next one of its lane
 * that no event's box crosses over the title's `height`. A box runs from the event's top
 * (within the view) for `height`, or down to its end. A pass over all the events for each
 * column tried: the events laid out are a few hundred at most.
 */
export function titleSpans(events: readonly InColumn[], columns: number, height: number): number[] {
  const top = (e: InColumn) => Math.max(e.x0, 0);
  return events.map((e) => {
    let span = 1;
    const crosses = (b: InColumn) => b.lane === e.lane && b.row === e.row + span && top(b) < top(e) + height && Math.max(b.x1, top(b) + height) > top(e);
    while (e.row + span < columns && !events.some(crosses)) span++;
    return span;
  });
}
