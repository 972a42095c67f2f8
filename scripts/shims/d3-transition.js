// Stand-in for d3-transition in the self-contained bundle. d3-zoom imports it only to
// interrupt transitions on the zoomed element; the timeline never starts one (its
// zoom controller animates frame by frame itself), so there is nothing to interrupt, and the
// bundle saves d3-transition, d3-color and most of d3-interpolate (~9 kB gzipped).
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function () {
  return this;
};
