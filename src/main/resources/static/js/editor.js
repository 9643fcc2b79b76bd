// The editor's behaviour, for any page that includes the editor fragment: live analysis a moment after the
// person stops typing (stale requests aborted), "apply" and "use this version" editing the draft, media rows.
// After each report the form dispatches "ricochet:analysed" (detail: {report, request}) for the host page.
// A form with data-live-submit="false" posts to its data-submit-url as usual (e.g. a workshop submission).
import { el, texts } from './dom.js';
import { render } from './result.js';

const DELAY_MS = 450;
// A whole class behind one school router shares the per-IP limit: when the server says to wait, the editor
// waits as long as asked (capped) and tries again by itself, instead of showing an error at each keystroke.
// A 503 may also be a draft that misses the deadline every time: after a few retries in a row, it says so.
const MAX_WAIT_S = 60;
const MAX_RETRIES = 3;

export function initEditor(form) {
  const config = JSON.parse(form.dataset.config);
  const t = texts(config);
  const draft = form.querySelector('[name=text]');
  const result = form.parentElement.querySelector('[data-result]');
  const status = form.querySelector('[data-status]');
  const counter = form.querySelector('[data-counter]');
  const token = form.querySelector('input[name=_csrf]')?.value
    ?? document.querySelector('meta[name=csrf-token]')?.content;
  const state = { heatNetwork: null, controller: null, timer: null, lastRequest: null, retries: 0 };

  setUpMedia(form, t);
  form.querySelectorAll('[data-live-only]').forEach((node) => { node.hidden = false; });

  const updateCounter = () => { counter.textContent = t('editor.count', Array.from(draft.value).length); };

  const emptyCard = () => el('div', { class: 'card', 'data-empty': true }, el('p', { class: 'muted', text: t('result.empty') }));

  async function analyse() {
    clearTimeout(state.timer);
    state.controller?.abort();
    if (!draft.value.trim()) {
      result.replaceChildren(emptyCard());
      say('', false);
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    const request = requestOf(form);
    say(t('editor.working'), false);
    try {
      const response = await fetch(form.dataset.analyzeUrl, {
        method: 'POST', credentials: 'same-origin', signal: controller.signal,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': token },
        body: JSON.stringify(request),
      });
      if (controller.signal.aborted) return;
      if ((response.status === 429 || response.status === 503) && state.retries < MAX_RETRIES) {
        const wait = Math.min(MAX_WAIT_S, Math.max(1, Number(response.headers.get('Retry-After')) || 5));
        state.retries += 1;
        say(t('editor.busy', wait), true);
        state.timer = setTimeout(analyse, wait * 1000);
        return;
      }
      state.retries = 0;
      const body = await response.json();
      if (controller.signal.aborted) return;
      if (!response.ok) {
        const detail = response.status === 401 || response.status === 403 ? t('editor.expired')
          : (body.errors || []).map((e) => sentence(t('editor.fieldError', e.field, e.message))).join(' · ')
            || body.detail || body.title;
        say(t('editor.offline', detail), true);
        return;
      }
      state.lastRequest = request;
      render(result, body, request, config, t, state);
      say(t('result.score.status', body.score), false);
      form.dispatchEvent(new CustomEvent('ricochet:analysed', { bubbles: true, detail: { report: body, request } }));
    } catch (error) {
      if (error.name !== 'AbortError') say(t('editor.offline', error.message), true);
    }
  }

  /** Messages start with a capital, whatever the API's message starts with. */
  function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function say(message, problem) {
    status.textContent = message;
    status.classList.toggle('problem', problem);
  }

  function schedule() {
    state.retries = 0;
    clearTimeout(state.timer);
    state.timer = setTimeout(analyse, DELAY_MS);
  }

  /** Replaces part of the draft and re-analyses at once, keeping the text area focused where it was edited. */
  function replace(offset, length, value) {
    const text = draft.value;
    if (offset < 0 || offset + length > text.length) return;
    draft.value = text.slice(0, offset) + value + text.slice(offset + length);
    updateCounter();
    remember();
    analyse();
  }

  // The draft survives a language switch or a reload in the same tab (sessionStorage, this tab only).
  const storageKey = 'ricochet.draft:' + (form.dataset.submitUrl || location.pathname);
  const remember = () => { try { sessionStorage.setItem(storageKey, draft.value); } catch (e) { /* private mode */ } };
  if (!draft.value) {
    try { draft.value = sessionStorage.getItem(storageKey) || ''; } catch (e) { /* private mode */ }
  }

  form.addEventListener('input', (event) => {
    if (event.target === draft) {
      updateCounter();
      remember();
    }
    schedule();
  });
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    if (form.dataset.liveSubmit === 'false') return;
    event.preventDefault();
    analyse();
  });
  result.addEventListener('click', (event) => {
    const button = event.target.closest('button[name=apply], button[name=useRewrite]');
    if (!button) return;
    event.preventDefault();
    // Offsets belong to the analysed text: if the person typed since, refresh the result instead.
    if (!state.lastRequest || state.lastRequest.text !== draft.value) {
      analyse();
      return;
    }
    if (button.name === 'useRewrite') {
      draft.value = button.value;
      updateCounter();
      remember();
      analyse();
      return;
    }
    const [offset, length, ...value] = button.value.split(':');
    replace(Number(offset), Number(length), value.join(':'));
  });
  result.addEventListener('change', (event) => {
    if (event.target.matches('[data-heat-network]') && state.lastRequest) {
      state.heatNetwork = event.target.value;
      analyse();
    }
  });

  updateCounter();
  // A page that arrives with a draft but no result (e.g. a host page pre-filling it) gets its analysis.
  if (draft.value.trim() && !result.querySelector('[data-score-box]')) analyse();
  return { analyse, replace };
}

/** The API request from the form, as the server builds it from a form post (EditorForm.toRequest). */
export function requestOf(form) {
  const data = new FormData(form);
  const request = {
    text: data.get('text'),
    networks: data.getAll('networks'),
    language: data.get('language') || 'auto',
    media: [],
    timeZone: data.get('timeZone') || 'Europe/Paris',
    audience: data.get('audience') || 'general',
    kind: data.get('kind') || 'auto',
  };
  if (!request.networks.length) request.networks = ['x'];
  const types = data.getAll('mediaType');
  const alts = data.getAll('mediaAlt');
  types.forEach((type, i) => { if (type) request.media.push({ type, altText: alts[i] ?? '' }); });
  const date = data.get('date');
  const time = data.get('time');
  if (date && time) request.scheduledAt = withOffset(date, time, request.timeZone);
  return request;
}

/** date + time in a zone, with that zone's UTC offset on that day (ISO-8601, as the API wants). */
function withOffset(date, time, zone) {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi);
  let offset;
  try {
    offset = offsetMinutes(zone, local - offsetMinutes(zone, local) * 60000);
  } catch (e) {
    offset = 0;
  }
  const sign = offset < 0 ? '-' : '+';
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time.slice(0, 5)}:00${sign}${pad(Math.abs(offset) / 60)}:${pad(Math.abs(offset) % 60)}`;
}

function offsetMinutes(zone, instant) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric',
    day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(instant));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  const seen = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((seen - Math.floor(instant / 60000) * 60000) / 60000);
}

/** With JavaScript, rows are added and removed by buttons instead of the one blank row of the form post. */
function setUpMedia(form, t) {
  const rows = form.querySelector('[data-media-rows]');
  const add = form.querySelector('[data-media-add]');
  if (!rows || !add) return;
  const template = rows.querySelector('[data-media-row]:last-child').cloneNode(true);
  let next = rows.children.length;
  const wire = (row) => {
    const remove = row.querySelector('[data-media-remove]');
    remove.hidden = false;
    remove.addEventListener('click', () => {
      row.remove();
      form.dispatchEvent(new Event('change'));
      add.focus();
    });
  };
  // The blank row is only for the no-JavaScript path; drop it when it is empty.
  const blank = rows.querySelector('[data-media-row]:last-child');
  if (blank && !blank.querySelector('select').value) blank.remove();
  rows.querySelectorAll('[data-media-row]').forEach(wire);
  add.hidden = false;
  add.addEventListener('click', () => {
    const row = template.cloneNode(true);
    for (const control of row.querySelectorAll('select, input')) {
      const base = control.tagName === 'SELECT' ? 'media-type-' : 'media-alt-';
      control.id = base + next;
      row.querySelector(`label[for^="${base}"]`).htmlFor = control.id;
      if (control.tagName === 'SELECT') control.value = 'image'; else control.value = '';
    }
    next++;
    rows.append(row);
    wire(row);
    row.querySelector('select').focus();
    form.dispatchEvent(new Event('change'));
  });
}

document.querySelectorAll('form[data-editor]').forEach(initEditor);
