// Geometry shared by the stylesheet and the layout, in CSS pixels. Imported as a namespace
// (`geometry.rowHeight`): each is a constant of its own, which the minifier writes in where
// it is used.

export const axisHeight = 46;
/** Width of the time axis when it runs down the page. */
export const axisWidth = 68;
/** Narrowest column of events beside a vertical axis. */
export const columnWidth = 110;
/** Width of the strip of cluster counts beside the columns of a vertical timeline. */
export const clusterStrip = 48;
/** Width of the detail panel on wide screens. */
export const panelWidth = 360;
/** Narrowest timeline with room for its plot beside the detail panel; a narrower one it covers whole. */
export const panelBeside = 560;
export const rowHeight = 27;
export const eventHeight = 24;
export const laneHeader = 20;
/** Thinnest lane along a horizontal axis; lanes that would be thinner share one ("12 more lanes"). */
export const minLane = 28;
export const markSize = 12;
export const minBar = 8;
export const gap = 6;
export const labelGap = 5;
export const minLabel = 44;
export const maxLabel = 320;
export const clusterCell = 64;
/** Where a lane's name starts (px). */
export const laneNameLeft = 6;
/** Room kept under the rows of a horizontal timeline with a reference date, for its label. */
export const nowLabel = 18;
