// Draws the cluster badges ("+38") on a canvas. A zoom frame may move a hundred of
// them; as elements they cost more style, layout and paint than all the drawn events.
// Their look is read from one element styled as a badge (the `cluster` part), so the
// theme, dark mode, forced colours and `::part(cluster)` rules still apply.

/** A badge to draw: its text, the middle of its cell along the time axis, and its row or column. */
export interface BadgeSpec {
  key: string;
  text: string;
  along: number;
  across: number;
}

/** Where a badge was drawn, in the canvas's CSS pixels. */
export interface Badge {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a badge looks like, as computed for the styled element. */
export interface BadgeLook {
  font: string;
  color: string;
  background: string;
  border: string;
  borderWidth: number;
  radius: number;
  padding: number;
  maxWidth: number;
}

export interface BadgeLayout {
  /** Size of the canvas in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels to a CSS pixel. */
  ratio: number;
  /** 'x': badges centred on `along` horizontally, at `across` from the top; 'y': the other way. */
  axis: 'x' | 'y';
  /** Height of a badge: a row's, which the layout decides, not the style. */
  badgeHeight: number;
}

/**
 * The look of a badge, from the computed style of an element styled as one. Only
 * properties whose values need no layout are read: reading, say, `height` would force a
 * layout in the middle of every zoom frame.
 */
export function readLook(element: Element): BadgeLook {
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    color: style.color,
    background: style.backgroundColor,
    border: style.borderTopColor,
    borderWidth: style.borderTopStyle === 'none' ? 0 : px(style.borderTopWidth),
    radius: px(style.borderTopLeftRadius),
    padding: px(style.paddingLeft),
    maxWidth: px(style.maxWidth) || Infinity,
  };
}

/** Widths of badge texts by font and text: forget them when the page's fonts change (see `forgetTextWidths`). */
const textWidths = new Map<string, number>();

/** Forgets the widths measured so far: a web font that has just loaded draws the same font name wider or narrower. */
export function forgetTextWidths(): void {
  textWidths.clear();
}
/** Where each canvas's badges are drawn before they are shown on it. */
const drafts = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();
/** Canvases with badges on them. */
const painted = new WeakSet<HTMLCanvasElement>();

/** Clears the badges off `canvas`; a canvas that never had any is not even set up (its first use costs tens of ms). */
export function clearBadges(canvas: HTMLCanvasElement): void {
  if (painted.delete(canvas)) canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}

/**
 * Draws the badges on `canvas` (nothing else: it is cleared first); returns where each
 * one went. They are drawn on a canvas outside the page, then copied: text drawn on a
 * canvas in the page resolves its font through the element's style, which would force a
 * layout in the middle of every zoom frame. (An OffscreenCanvas would do too, but its
 * fonts are set up apart from the page's: about 40 ms more on a page's first render.)
 */
export function drawBadges(canvas: HTMLCanvasElement, specs: readonly BadgeSpec[], look: BadgeLook, layout: BadgeLayout): Badge[] {
  if (!specs.length) {
    clearBadges(canvas);
    return [];
  }
  const { width, height, ratio, axis, badgeHeight } = layout;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  resize(canvas, pixelWidth, pixelHeight);
  const shown = canvas.getContext('2d');
  if (!shown) return [];
  shown.clearRect(0, 0, pixelWidth, pixelHeight);
  painted.add(canvas);
  let draft = drafts.get(canvas);
  if (!draft) drafts.set(canvas, (draft = document.createElement('canvas')));
  resize(draft, pixelWidth, pixelHeight);
  const context = draft.getContext('2d');
  if (!context) return [];
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);

  context.font = look.font;
  const badges: Badge[] = [];
  const inset = look.borderWidth / 2;
  const radius = Math.min(look.radius, badgeHeight / 2);
  for (const spec of specs) {
    const widthKey = `${look.font}|${spec.text}`;
    let textWidth = textWidths.get(widthKey);
    if (textWidth === undefined) textWidths.set(widthKey, (textWidth = context.measureText(spec.text).width));
    const badgeWidth = Math.min(look.maxWidth, Math.ceil(textWidth) + 2 * (look.padding + look.borderWidth));
    const x = axis === 'x' ? spec.along - badgeWidth / 2 : spec.across;
    const y = axis === 'x' ? spec.across : spec.along - badgeHeight / 2;
    badges.push({ key: spec.key, x, y, width: badgeWidth, height: badgeHeight });
  }
  // A badge cut by either end of the view moves in to be read whole ("+315", not "+31"), but
  // never onto the badge beside it in its row. (They come row by row, in time order.)
  const [along, across, size, end] = axis === 'x' ? (['x', 'y', 'width', width] as const) : (['y', 'x', 'height', height] as const);
  badges.forEach((badge, i) => {
    const before = badges[i - 1]?.[across] === badge[across] ? badges[i - 1] : undefined;
    const after = badges[i + 1]?.[across] === badge[across] ? badges[i + 1] : undefined;
    if (badge[along] < 0) badge[along] = Math.min(0, after ? after[along] - 2 - badge[size] : 0);
    if (badge[along] + badge[size] > end) badge[along] = Math.max(end - badge[size], before ? before[along] + before[size] + 2 : 0);
  });
  // One path for every badge, filled and stroked once: far fewer canvas calls than one a badge.
  context.beginPath();
  for (const { x, y, width: w } of badges) context.roundRect(x + inset, y + inset, w - 2 * inset, badgeHeight - 2 * inset, radius);
  context.fillStyle = look.background;
  context.fill();
  if (look.borderWidth > 0) {
    context.lineWidth = look.borderWidth;
    context.strokeStyle = look.border;
    context.stroke();
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = look.color;
  for (let i = 0; i < badges.length; i++) {
    const { x, y, width: w } = badges[i];
    context.fillText(specs[i].text, x + w / 2, y + badgeHeight / 2, w - 2 * look.padding);
  }
  shown.drawImage(draft, 0, 0);
  return badges;
}

/** Resizes a canvas only when its size changes: resizing reallocates it. */
function resize(canvas: HTMLCanvasElement, width: number, height: number): void {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
}

/** The badge drawn at (x, y), if any. */
export function badgeAt(badges: readonly Badge[], x: number, y: number): Badge | undefined {
  return badges.find((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
}
