// Stand-in for d3-interpolate in the self-contained bundle: d3-zoom uses
// interpolateZoom only to run zoom transitions, which the timeline never starts
// (see d3-transition.js beside this file).
export function interpolateZoom() {
  throw new Error('crisis-timeline: d3-zoom transitions are not part of this bundle.');
}
