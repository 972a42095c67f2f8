// The playground: each form control sets one attribute of the live <crisis-timeline>,
// and the markup of the element is shown as text (escaped by textContent).

const timeline = document.querySelector('#timeline');
const form = document.querySelector('#settings');
const markupCode = document.querySelector('#markup');
const heightValue = document.querySelector('#height-value');
const defaultHeight = 500;

/** The controls in the order their attributes are written. */
const controls = [...form.elements].filter((control) => control.name);

/** ISO 8601 durations such as PT1H, P2W, P1Y6M. */
const durationPattern = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

const checks = {
  duration: (value) => durationPattern.test(value),
  locale: (value) => {
    try {
      return Intl.getCanonicalLocales(value).length > 0;
    } catch {
      return false;
    }
  },
  zone: (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
};

/** True when the control's value is empty or valid; shows or hides its error message. */
function check(control) {
  const kind = control.dataset.kind;
  if (!kind) return true;
  const value = control.value.trim();
  const valid = !value || checks[kind](value);
  control.setAttribute('aria-invalid', String(!valid));
  document.getElementById(`e-${control.name}`).hidden = valid;
  return valid;
}

function attributeValue(control) {
  if (control.type === 'checkbox') return control.checked ? '' : null;
  const value = control.value.trim();
  return value === '' ? null : value;
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function apply() {
  const written = [];
  const params = new URLSearchParams();
  for (const control of controls) {
    if (control.name === 'height') continue;
    const value = attributeValue(control);
    // An invalid value is still set (the component falls back and warns), but marked in the form.
    check(control);
    // "(default)" sets the default value rather than removing the attribute: the element
    // reads a removed attribute as null, and warns about it.
    const set = value ?? control.dataset.default ?? null;
    if (set === null) timeline.removeAttribute(control.name);
    else if (timeline.getAttribute(control.name) !== set) timeline.setAttribute(control.name, set);
    if (value !== null) {
      written.push(value === '' ? control.name : `${control.name}="${escapeAttribute(value)}"`);
      params.set(control.name, value);
    }
  }
  const height = Number(form.elements.height.value);
  heightValue.value = `${height}px`;
  if (height === defaultHeight) timeline.style.removeProperty('--crisis-timeline-height');
  else {
    timeline.style.setProperty('--crisis-timeline-height', `${height}px`);
    written.push(`style="--crisis-timeline-height: ${height}px"`);
    params.set('height', String(height));
  }

  const oneLine = `<crisis-timeline${written.map((a) => ` ${a}`).join('')}></crisis-timeline>`;
  markupCode.textContent = oneLine.length <= 72 ? oneLine : `<crisis-timeline\n${written.map((a) => `  ${a}`).join('\n')}\n></crisis-timeline>`;
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Fills the form from the address (?theme=dark&group-by=category…). */
function readAddress() {
  const params = new URLSearchParams(location.search);
  if (![...params.keys()].length) return;
  for (const control of controls) {
    const value = params.get(control.name);
    if (control.type === 'checkbox') control.checked = value !== null;
    else if (control.name === 'height') control.value = value ?? String(defaultHeight);
    else if (control.tagName === 'SELECT') {
      const known = [...control.options].some((option) => option.value === (value ?? ''));
      control.value = known ? (value ?? '') : '';
    } else control.value = value ?? '';
  }
}

let typing;
form.addEventListener('input', (event) => {
  // Text is applied once the typing pauses, so half-typed dates are not tried.
  clearTimeout(typing);
  if (event.target.type === 'text') typing = setTimeout(apply, 350);
  else apply();
});
form.addEventListener('change', () => {
  clearTimeout(typing);
  apply();
});
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('#reset').addEventListener('click', () => {
  form.reset();
  apply();
});

document.querySelector('#copy').addEventListener('click', async () => {
  const status = document.querySelector('#copy-status');
  try {
    await navigator.clipboard.writeText(markupCode.textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is not allowed here: select the markup and copy it.';
  }
  setTimeout(() => (status.textContent = ''), 3000);
});

readAddress();
apply();
