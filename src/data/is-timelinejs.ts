// Tells TimelineJS3 JSON from our own format. Kept apart from the converter, which a page
// only downloads when it is given TimelineJS data.

/** True when the data looks like TimelineJS3 JSON rather than our own format. */
export function isTimelineJs(data: unknown): boolean {
  if (!isObject(data)) return false;
  const title = data.title;
  if (isObject(title) && isObject(title.text) && typeof title.text.headline === 'string') return true;
  return Array.isArray(data.events) && data.events.some((event) => isObject(event) && isObject(event.start_date));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
