// The styles of the parts fetched on demand (the list view, the detail panel, the tooltip
// and the notice's list of problems), which come with them: they are adopted into a
// timeline's shadow root when the parts arrive.

import { css } from 'lit';
import * as geometry from '../geometry.js';

export const partStyles = css`
  /* Tooltip */
  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: min(320px, 90%);
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 12px;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
    /* Seen only in a high contrast theme, which drops the shadow and colours borders. */
    border: 1px solid transparent;
  }
  .tooltip strong {
    display: block;
    font-size: 13px;
  }

  /* List view */
  .list {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: 4px 0;
  }
  .list-items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-item {
    display: grid;
    grid-template-columns: 12px clamp(7em, 28%, 15em) 1fr;
    align-items: baseline;
    gap: 2px 10px;
    padding: 6px 12px;
    border-bottom: 1px solid var(--_line);
  }
  .list-item.selected {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .list-item time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .list-title {
    justify-self: start;
    padding: 0;
    border: none;
    background: none;
    text-align: start;
    cursor: pointer;
    font-weight: 600;
  }
  .list-title:hover {
    text-decoration: underline;
  }
  .expected .list-title {
    font-style: italic;
  }
  .list-meta {
    grid-column: 3;
    color: var(--_muted);
    font-size: 12px;
  }
  .list .more {
    margin: 8px 12px;
  }
  .list .empty {
    padding: 12px;
    color: var(--_muted);
  }

  /* Detail panel */
  .detail {
    position: absolute;
    z-index: 4;
    top: 42px;
    right: 0;
    bottom: 0;
    width: min(${geometry.panelWidth}px, 100%);
    overflow: auto;
    padding: 14px 16px 16px;
    background: var(--_bg);
    border-left: 1px solid var(--_line);
    box-shadow: -4px 0 16px rgb(0 0 0 / 12%);
  }
  /* geometry.panelBeside (the minifier takes no expression in a query) */
  @container (width < 560px) {
    .detail {
      width: 100%;
    }
  }
  .detail h2 {
    margin: 0 32px 4px 0;
    font-size: 16px;
    line-height: 1.3;
  }
  .detail .when {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  .detail .close {
    position: absolute;
    top: 8px;
    right: 8px;
    width: 32px;
    height: 32px;
    border: none;
    background: none;
    cursor: pointer;
    font-size: 20px;
    line-height: 1;
    border-radius: 4px;
  }
  .detail dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 8px 0;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
  }
  .detail p {
    margin: 8px 0;
  }
  .detail .source {
    margin: 10px 0;
  }
  .detail blockquote {
    margin: 0;
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_color, var(--_accent));
    background: var(--_surface);
    font-style: italic;
  }
  /* Quotation marks, unless the quote brings its own. */
  .detail blockquote:not(.quoted)::before {
    content: '“';
  }
  .detail blockquote:not(.quoted)::after {
    content: '”';
  }
  .detail figcaption {
    margin-top: 4px;
    font-size: 12px;
    color: var(--_muted);
  }
  .detail a {
    color: var(--_accent);
  }
  .detail .note {
    font-size: 12px;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 6px;
    margin-inline-start: 6px;
    border-radius: 8px;
    border: 1px solid currentColor;
    font-size: 11px;
    font-style: normal;
    vertical-align: 1px;
  }

  /* The notice's list of problems */
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
`;
