// The templates a timeline needs only once it is used: the detail panel (at the first
// selection) and the list view. One chunk beside the bundle, fetched once the page is idle.

export { renderDetail } from './detail.js';
export { renderList } from './list.js';
