import { css } from 'lit';
import * as geometry from './geometry.js';

export const styles = css`
  :host {
    display: block;
    position: relative;
    height: var(--crisis-timeline-height, 500px);
    min-height: 240px;
    min-width: 280px;
    box-sizing: border-box;
    font-family: var(--crisis-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--crisis-timeline-font-size, 13px);
    line-height: 1.35;
    contain: layout paint;
    container-type: inline-size;
  }

  /* Colours: the light theme, then the dark one (theme="dark", or "auto" in a dark scheme). */
  .base {
    --_bg: var(--crisis-timeline-background, #ffffff);
    --_fg: var(--crisis-timeline-color, #1b1f24);
    --_muted: var(--crisis-timeline-muted-color, #57606a);
    --_line: var(--crisis-timeline-line-color, #d0d7de);
    --_surface: var(--crisis-timeline-surface, #f6f8fa);
    --_accent: var(--crisis-timeline-accent, #0a5cc2);
    --_focus: var(--crisis-timeline-focus-color, #0a5cc2);
    --_now: var(--crisis-timeline-now-color, #b3261e);
    --_danger: var(--crisis-timeline-error-color, #b3261e);
    --_palette-0: #0a5cc2;
    --_palette-1: #b3261e;
    --_palette-2: #1a7f37;
    --_palette-3: #8250df;
    --_palette-4: #9a6700;
    --_palette-5: #bf3989;
    --_palette-6: #0e7a8a;
    --_palette-7: #57606a;
    --_radius: var(--crisis-timeline-radius, 6px);
    color-scheme: light;
  }
  .base.dark {
    --_bg: var(--crisis-timeline-background, #15191e);
    --_fg: var(--crisis-timeline-color, #e6edf3);
    --_muted: var(--crisis-timeline-muted-color, #9da7b3);
    --_line: var(--crisis-timeline-line-color, #39414a);
    --_surface: var(--crisis-timeline-surface, #1f252c);
    --_accent: var(--crisis-timeline-accent, #6cb6ff);
    --_focus: var(--crisis-timeline-focus-color, #6cb6ff);
    --_now: var(--crisis-timeline-now-color, #ff7b72);
    --_danger: var(--crisis-timeline-error-color, #ff7b72);
    --_palette-0: #6cb6ff;
    --_palette-1: #ff8e86;
    --_palette-2: #56d364;
    --_palette-3: #c297ff;
    --_palette-4: #e3b341;
    --_palette-5: #f778ba;
    --_palette-6: #39c5cf;
    --_palette-7: #9da7b3;
    color-scheme: dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .base {
    position: relative;
    display: flex;
    color: var(--_fg);
    flex-direction: column;
    height: 100%;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  /* Toolbar */
  .controls {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_line);
    background: var(--_surface);
    flex: none;
    min-height: 42px;
  }
  .controls .range {
    margin-inline-start: auto;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
    padding-inline-start: 8px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .controls button {
    min-width: 32px;
    height: 30px;
    padding: 0 8px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_bg);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
  }
  .controls button:hover {
    border-color: var(--_muted);
  }
  .controls button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .controls .separator {
    width: 1px;
    align-self: stretch;
    margin: 2px 4px;
    background: var(--_line);
  }
  .controls button[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
    border-color: var(--_fg);
  }
  .controls svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Time runs left to right on a right-to-left page too; the text in it keeps its own
     direction (dir="auto"), and the counts read "+3" as the badges on the canvas do. */
  .plot,
  .lane-heads,
  .key-cluster {
    direction: ltr;
  }

  /* The plot: axis, lanes, events. d3-zoom is bound here. */
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    /* What happens in the plot (every frame of a zoom) never reaches the rest of the page. */
    contain: strict;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
  /* d3-axis draws ticks and labels in currentColor, which follows the forced palette of a
     high contrast theme (below), where it leaves SVG's own fill and stroke alone. */
  .axis {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    overflow: visible;
    color: var(--_muted);
  }
  .axis text {
    font-family: inherit;
    font-size: 12px;
  }
  .axis .major text {
    color: var(--_fg);
    font-weight: 600;
  }
  .axis .domain {
    display: none;
  }
  .axis .grid path {
    fill: none;
    stroke: var(--_line);
    stroke-dasharray: 2 3;
  }
  .axis-rule {
    position: absolute;
    left: 0;
    right: 0;
    top: ${geometry.axisHeight}px;
    border-top: 1px solid var(--_line);
    pointer-events: none;
  }

  .lane {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_line);
    pointer-events: none;
  }
  .lane:first-child {
    border-top: none;
  }
  /* Lane names, over a horizontal lane's first row or above a vertical lane. */
  .lane-label,
  .lane-heads span {
    position: absolute;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .lane-label {
    /* Over a bar that passes beneath it at the start of a thin lane's first row. */
    z-index: 1;
    left: ${geometry.laneNameLeft}px;
    top: 2px;
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
    padding: 0 4px;
    border-radius: 3px;
    /* A long name is cut short rather than take the row from its events (the layout keeps
       the same width clear). */
    box-sizing: border-box;
    max-width: 40%;
  }

  /* The line runs beneath the events and the cluster badges, which it would cross out; its label stays on top. */
  .now {
    position: absolute;
    top: ${geometry.axisHeight}px;
    bottom: 0;
    width: 0;
    border-left: 2px dashed var(--_now);
    pointer-events: none;
  }
  .now span {
    position: absolute;
    z-index: 2;
    bottom: 2px;
    left: 4px;
    white-space: nowrap;
    font-size: 11px;
    font-weight: 600;
    color: var(--_now);
    background: color-mix(in srgb, var(--_bg) 90%, transparent);
    padding: 1px 4px;
    border-radius: 3px;
  }

  /* Events */
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    position: absolute;
    left: 0;
    top: 0;
    height: ${geometry.eventHeight}px;
    cursor: pointer;
    color: var(--_fg);
    border-radius: 4px;
    --_color: var(--_palette-0);
  }
  .event:focus-visible {
    outline-offset: 1px;
  }
  .mark {
    position: absolute;
    top: ${(geometry.eventHeight - geometry.markSize) / 2}px;
    left: 0;
    width: ${geometry.markSize}px;
    height: ${geometry.markSize}px;
    background: var(--_color);
    clip-path: var(--_shape, circle(50%));
  }
  /* Expected events are hollow: an inner shape in the background colour. */
  .expected .mark::after {
    content: '';
    position: absolute;
    inset: 2.5px;
    background: var(--_bg);
    clip-path: var(--_shape, circle(50%));
  }
  .range .mark {
    top: 3px;
    height: ${geometry.eventHeight - 6}px;
    border-radius: 3px;
    clip-path: none;
    background: color-mix(in srgb, var(--_color) 22%, var(--_bg));
    border: 2px solid var(--_color);
  }
  .range.expected .mark {
    border-style: dashed;
    background: color-mix(in srgb, var(--_color) 8%, var(--_bg));
  }
  .range.expected .mark::after {
    display: none;
  }
  /* Approximate, uncertain or coarse ends fade out instead of stopping hard. */
  .range.fuzzy-start .mark {
    border-left-color: transparent;
    mask-image: linear-gradient(to right, transparent, black 24px);
  }
  .range.fuzzy-end .mark {
    border-right-color: transparent;
    mask-image: linear-gradient(to left, transparent, black 24px);
  }
  .range.fuzzy-start.fuzzy-end .mark {
    mask-image: linear-gradient(to right, transparent, black 24px, black calc(100% - 24px), transparent);
  }
  /* The period of a date known only to the month or year: a faint band around the mark. */
  /* A bar on rails: a line along the row's foot, the title above it, later events over it. */
  .rail .mark {
    top: auto;
    bottom: 1px;
    height: 5px;
    border: none;
    border-radius: 3px;
    background: var(--_color);
    pointer-events: none;
  }
  .rail.expected .mark {
    border: none;
    background: repeating-linear-gradient(to right, var(--_color) 0 6px, transparent 6px 10px);
  }
  .rail .label {
    line-height: ${geometry.eventHeight - 6}px;
  }
  .band::before {
    content: '';
    position: absolute;
    top: 1px;
    left: var(--band-start);
    width: var(--band-size);
    height: ${geometry.eventHeight - 2}px;
    background: color-mix(in srgb, var(--_color) 14%, transparent);
    border-radius: 2px;
    pointer-events: none;
  }
  .band.fuzzy::before {
    mask-image: linear-gradient(to right, transparent, black 30%, black 70%, transparent);
  }
  .label {
    position: absolute;
    top: 0;
    line-height: ${geometry.eventHeight}px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .expected .label {
    font-style: italic;
  }
  .event:hover .label,
  .event.selected .label {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 3px;
  }
  .event.selected .mark {
    outline: 2px solid var(--_fg);
    outline-offset: 2px;
  }
  .event.selected:not(.range) .mark {
    clip-path: none;
    border-radius: 50%;
    outline-offset: 1px;
    box-shadow: inset 0 0 0 2px var(--_bg);
  }

  /* A cluster's badge, and its likeness in the legend's key. */
  .cluster,
  .key-cluster {
    padding: 0 4px;
    border: 1px solid var(--_muted);
    border-radius: 12px;
    background: var(--_surface);
    color: var(--_fg);
    font-weight: 600;
  }
  /* Never displayed: badges are drawn on the canvas in the look computed for it (see cluster-layer.ts). */
  .cluster {
    display: none;
    font-size: 11px;
    /* Narrower than the narrowest cell of the grid, whatever the zoom. */
    max-width: ${geometry.clusterCell - 2}px;
  }
  canvas.clusters {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .plot.over-cluster {
    cursor: zoom-in;
  }
  .plot.over-cluster.next {
    cursor: pointer;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
    padding: 6px 10px;
    border-top: 1px solid var(--_line);
    background: var(--_surface);
    font-size: 12px;
    flex: none;
  }
  .legend-categories {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    /* Two rows of chips at most: many categories scroll, rather than squeeze the plot. */
    max-height: 56px;
    overflow-y: auto;
  }
  .chip,
  .key-toggle {
    min-height: 26px;
    padding: 2px 10px;
    border: 1px solid var(--_line);
    border-radius: 13px;
    background: var(--_bg);
    cursor: pointer;
    font-size: 12px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding-left: 8px;
  }
  .legend-categories .more {
    align-self: center;
    padding: 0 6px;
    color: var(--_muted);
    white-space: nowrap;
  }
  .chip[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .key-mark {
    opacity: 0.35;
  }
  .key-toggle {
    display: none;
    margin-inline-start: auto;
  }
  .legend-key {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  .legend-key li {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .key-mark {
    position: relative;
    display: inline-block;
    flex: none;
    width: 10px;
    height: 10px;
    background: var(--_color, var(--_muted));
    clip-path: var(--_shape, circle(50%));
  }
  .key-mark.hollow::after {
    content: '';
    position: absolute;
    inset: 2px;
    background: var(--_surface);
    clip-path: circle(50%);
  }
  .key-bar,
  .key-band {
    display: inline-block;
    width: 22px;
    height: 10px;
    border: 2px solid var(--_muted);
    border-radius: 2px;
    background: color-mix(in srgb, var(--_muted) 22%, transparent);
  }
  .key-bar.fuzzy {
    border-right-color: transparent;
    mask-image: linear-gradient(to left, transparent, black 12px);
  }
  .key-band {
    border: none;
    background: color-mix(in srgb, var(--_muted) 25%, transparent);
  }
  .key-rail {
    display: inline-block;
    width: 22px;
    height: 5px;
    border-radius: 3px;
    background: var(--_muted);
  }
  .key-cluster {
    display: inline-block;
    font-size: 10px;
    line-height: 14px;
  }
  .key-now {
    display: inline-block;
    width: 0;
    height: 12px;
    border-left: 2px dashed var(--_now);
  }

  /* Vertical: time runs down the page, the axis on the left, events in columns beside it. */
  .vertical .plot {
    touch-action: pan-x;
  }
  .vertical .axis-rule {
    top: 0;
    bottom: 0;
    left: ${geometry.axisWidth}px;
    right: auto;
    border-top: none;
    border-left: 1px solid var(--_line);
  }
  .vertical .axis text {
    font-size: 11px;
  }
  .vertical .lane {
    top: 0;
    bottom: 0;
    border-top: none;
    border-left: 1px solid var(--_line);
  }
  .vertical .lane:first-child {
    border-left: none;
  }
  .vertical .lane-label {
    display: none;
  }
  /* Lane names above the plot, where they hide no event. */
  .lane-heads {
    position: relative;
    flex: none;
    height: 22px;
    border-bottom: 1px solid var(--_line);
  }
  .lane-heads span {
    top: 3px;
    padding: 0 6px;
  }
  .vertical .now {
    left: ${geometry.axisWidth}px;
    right: 0;
    bottom: auto;
    width: auto;
    height: 0;
    border-left: none;
    border-top: 2px dashed var(--_now);
  }
  .now.flip span {
    left: auto;
    right: 4px;
  }
  /* Down a vertical axis the label goes in the axis's margin, where it hides ticks, not events.
     After .now.flip, so that its place there holds: flipped, it only goes above its line. */
  .vertical .now span {
    bottom: auto;
    top: 2px;
    left: ${2 - geometry.axisWidth}px;
    width: ${geometry.axisWidth - 4}px;
    padding: 1px 2px;
    white-space: normal;
    font-size: 10px;
  }
  .vertical .now.flip span {
    top: auto;
    bottom: 2px;
  }
  .vertical .event {
    height: ${geometry.eventHeight}px;
  }
  .vertical .mark {
    left: 8px;
  }
  .vertical .range .mark {
    left: 2px;
    width: 5px;
    border-width: 0;
    border-radius: 3px;
    background: var(--_color);
    pointer-events: none;
  }
  .vertical .range.expected .mark {
    background: repeating-linear-gradient(to bottom, var(--_color) 0 5px, transparent 5px 9px);
  }
  .vertical .range.fuzzy-start .mark {
    mask-image: linear-gradient(to bottom, transparent, black 24px);
  }
  .vertical .range.fuzzy-end .mark {
    mask-image: linear-gradient(to top, transparent, black 24px);
  }
  .vertical .range.fuzzy-start.fuzzy-end .mark {
    mask-image: linear-gradient(to bottom, transparent, black 24px, black calc(100% - 24px), transparent);
  }
  .vertical .band::before {
    top: var(--band-start);
    height: var(--band-size);
    left: 6px;
    width: 16px;
  }
  .vertical .band.fuzzy::before {
    mask-image: linear-gradient(to bottom, transparent, black 30%, black 70%, transparent);
  }
  .vertical .label {
    left: 24px;
    right: 0;
  }

  /* Notices */
  .notice {
    position: absolute;
    z-index: 5;
    left: 8px;
    right: 8px;
    bottom: 8px;
    padding: 8px 36px 8px 10px;
    border: 1px solid var(--_danger);
    border-left-width: 4px;
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 15%);
  }
  .notice strong {
    color: var(--_danger);
  }
  .notice .close {
    position: absolute;
    top: 4px;
    right: 4px;
    width: 28px;
    height: 28px;
    border: none;
    background: none;
    cursor: pointer;
    font-size: 18px;
  }
  .notice button.retry {
    margin-top: 6px;
  }
  .status {
    position: absolute;
    inset: 42px 0 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    pointer-events: none;
  }

  @container (max-width: 480px) {
    .wide-only {
      display: none;
    }
    /* Beside the buttons on a phone the range gets two short lines rather than one cut off. */
    .controls .range {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      white-space: normal;
      text-wrap: balance;
      text-align: end;
      font-size: 12px;
      line-height: 1.2;
    }
  }
  /* On narrow screens the legend keeps to one scrolling row; the key opens on demand. */
  @container (max-width: 640px) {
    .legend {
      flex-wrap: nowrap;
      position: relative;
    }
    .legend-categories {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: none;
    }
    .chip {
      white-space: nowrap;
    }
    .key-toggle {
      display: inline-block;
    }
    .legend-key {
      display: none;
      position: absolute;
      z-index: 4;
      right: 6px;
      bottom: calc(100% + 4px);
      flex-direction: column;
      padding: 8px 12px;
      border: 1px solid var(--_line);
      border-radius: 6px;
      background: var(--_bg);
      box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    }
    .legend.key-open .legend-key {
      display: flex;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* A high contrast theme's palette, in place of the theme's and the categories' colours
     (those are inline styles, hence !important), where the palette does not reach: the
     marks and bands, which keep their own backgrounds, and SVG, which keeps the colours
     set on it. (Elsewhere the theme's own colours are left to be forced: a system colour
     of ours would be kept, and the pressed List button, drawn inverted, would write its
     text in Canvas on the Canvas backplate drawn behind text.) */
  @media (forced-colors: active) {
    * {
      --_color: CanvasText !important;
    }
    .mark,
    .band::before,
    .axis,
    .key-mark,
    .key-band,
    .key-rail {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_line: GrayText;
      forced-color-adjust: none;
    }
  }
`;
