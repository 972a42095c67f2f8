// ISO 8601 durations (`PT1H`, `P80Y`, `P2W`, `P1Y6M`, `PT0.5S`) as milliseconds, for
// zoom limits. Years and months have no fixed length; their average is close enough
// to say how wide a view may get.

const pattern = /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?!$)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const day = 864e5;
const units = [365.2425 * day, 30.436875 * day, 7 * day, day, 36e5, 6e4, 1e3];

/** The length of an ISO 8601 duration in ms, or NaN when `text` is not one. */
export function parseDuration(text: string): number {
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match) return NaN;
  let ms = 0;
  for (let i = 0; i < units.length; i++) {
    const value = match[i + 1];
    if (value !== undefined) ms += Number(value.replace(',', '.')) * units[i];
  }
  return ms > 0 ? ms : NaN;
}
