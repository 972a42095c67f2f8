// The component's own words (English), in one place.

import type { EventStatus } from '../types.js';

export const statusWords: Record<EventStatus, string> = {
  reported: 'Reported',
  ongoing: 'Ongoing',
  expected: 'Expected',
};

/** "3 events", "1 event", "1,234 events", "12.3k events". */
export function countWords(count: number, noun = 'event'): string {
  // Digits grouped by hand: toLocaleString's first call loads number data (~20 ms).
  const number = count < 10_000 ? String(count).replace(/\B(?=(\d{3})+$)/, ',') : compactCount(count);
  return `${number} ${noun}${count === 1 ? '' : 's'}`;
}

/** A short count for a cluster badge: 7, 950, 1.2k, 3.4M. */
export function compactCount(count: number): string {
  if (count < 1000) return String(count);
  // From 999,950 up, thousands would round to "1000k".
  if (count < 999_950) return `${Math.round(count / 100) / 10}k`;
  return `${Math.round(count / 1e5) / 10}M`;
}
