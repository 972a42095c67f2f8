// The templates a timeline needs only once it is used: the detail panel (at the first
// selection), the list view, the tooltip and the account of problems with the data,
// with their styles. One chunk beside the bundle, fetched once the page is idle, or as
// soon as one of them is needed.

export { renderDetail } from './detail.js';
export { renderList } from './list.js';
export { renderProblems } from './problems.js';
export { renderTooltip } from './tooltip.js';
export { partStyles } from './part-styles.js';
export { warnings } from './warnings.js';
