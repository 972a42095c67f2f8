// The `categories` attribute names the categories to show by their ids, separated by
// spaces. An id may have spaces of its own ("Main events", as TimelineJS groups often
// do): the list names it by its words, in order and together, one space apart, as the
// legend writes it back, however many spaces it had. (So a list naming "Main events"
// names a category "events" too, should the data have both.)

/** Which categories a list names. */
export interface CategoryList {
  has(id: string): boolean;
}

/** The categories `text` names; null for no list (every category). */
export function categoryList(text: string | null | undefined): CategoryList | null {
  const words = text && wordsOf(text);
  if (!words) return null;
  // Asked once for each event: each id's answer is kept.
  const named = new Map<string, boolean>();
  return {
    has(id) {
      let is = named.get(id);
      if (is === undefined) named.set(id, (is = ` ${words} `.includes(` ${wordsOf(id)} `)));
      return is;
    },
  };
}

/** `text`'s words, one space apart. */
function wordsOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
