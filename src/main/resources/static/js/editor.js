// The editor's behaviour, for any page that includes the editor fragment. A moment after the person stops typing
// it posts the form as it stands (the same fields the form posts without JavaScript) to data-result-url and swaps
// in the result panel the server renders; stale requests are aborted. The findings are underlined inside the
// draft (draft-marks.js), and "apply" / "use this version" edit the draft where it is. After each result the
// form dispatches "ricochet:analysed" (detail: {score}) for the host page.
// A form with data-live-submit="false" posts to its data-submit-url as usual (e.g. a workshop submission).
import { texts } from './dom.js';
import { setUpMarks } from './draft-marks.js';
import { setUpMedia } from './media.js';

const DELAY_MS = 450;
// A whole class behind one school router shares the per-IP limit: when the server says to wait, the editor
// waits as long as asked (capped) and tries again by itself, instead of showing an error at each keystroke.
// A 503 may also be a draft that misses the deadline every time: after a few retries in a row, it says so.
const MAX_WAIT_S = 60;
const MAX_RETRIES = 3;
// The engine takes 10,000 characters; the warning comes early enough to cut a paragraph, not a word.
const LIMIT = 10000;
const NEAR_LIMIT = 9000;

export function initEditor(form) {
  const config = JSON.parse(form.dataset.config);
  const t = texts(config);
  const number = new Intl.NumberFormat(config.lang);
  const layout = form.closest('.editor-layout') || form.parentElement;
  const draft = form.querySelector('[name=text]');
  const result = layout.querySelector('[data-result]');
  const staleNote = result.querySelector('[data-testid=result-stale]');
  const status = form.querySelector('[data-status]');
  const counter = form.querySelector('[data-counter]');
  const lengthWarning = form.querySelector('[data-length-warning]');
  const token = document.querySelector('meta[name=csrf-token]')?.content;
  // analysed: the text the shown result is about (its offsets are right for it); analysedFields: the whole form.
  const state = { controller: null, timer: null, analysed: null, analysedFields: null, retries: 0 };
  const media = setUpMedia(form);
  const marks = setUpMarks({ form, draft, result, t, isCurrent: () => state.analysed === draft.value });

  layout.dataset.live = '';
  form.querySelectorAll('[data-live-only]').forEach((node) => { node.hidden = false; });
  const body = () => result.querySelector('[data-result-body]');
  const hasResult = () => !!result.querySelector('[data-score-box]');
  const length = () => Array.from(draft.value).length;

  function updateCounter() {
    const n = length();
    counter.textContent = t('editor.count', n);
    lengthWarning.hidden = n < NEAR_LIMIT;
    lengthWarning.classList.toggle('over', n > LIMIT);
    lengthWarning.textContent = n > LIMIT ? t('editor.length.over', number.format(n))
      : n >= NEAR_LIMIT ? t('editor.length.near', number.format(n)) : '';
  }

  /** What the analysis is about; the heat map's network, a field of the panel itself, only picks what it shows. */
  const fields = () => {
    const data = new URLSearchParams(new FormData(form));
    data.delete('heatNetwork');
    return data.toString();
  };

  /** The shown result is about another form (text, networks, time…): said in words and by data-stale until redrawn. */
  function markStale() {
    const stale = hasResult() && state.analysedFields !== fields();
    if (stale) result.dataset.stale = ''; else delete result.dataset.stale;
    staleNote.hidden = !stale;
    marks.draw();
  }

  async function analyse() {
    clearTimeout(state.timer);
    state.controller?.abort();
    if (length() > LIMIT) {
      say(t('editor.length.over', number.format(length())), true);
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    const sent = draft.value;
    const sentFields = fields();
    const body = new URLSearchParams(new FormData(form));
    say(t('editor.working'), false);
    try {
      const response = await fetch(form.dataset.resultUrl, {
        method: 'POST', credentials: 'same-origin', signal: controller.signal,
        headers: { Accept: 'text/html', 'X-CSRF-Token': token },
        body,
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
      if (!response.ok) {
        say(t('editor.offline', await problem(response)), true);
        return;
      }
      const html = await response.text();
      if (controller.signal.aborted) return;
      swap(html, sent, sentFields);
    } catch (error) {
      if (error.name !== 'AbortError') say(t('editor.offline', error.message), true);
    }
  }

  /** What went wrong, from the problem+json the server answers (field by field when it names fields). */
  async function problem(response) {
    if (response.status === 401 || response.status === 403) return t('editor.expired');
    try {
      const p = await response.json();
      return (p.errors || []).map((e) => sentence(t('editor.fieldError', e.field, e.message))).join(' · ')
        || p.detail || p.title;
    } catch (e) {
      return String(response.status);
    }
  }

  /** The server's panel in place of the old one; "show all" stays open if the person opened it. */
  function swap(html, sent, sentFields) {
    const holder = document.createElement('template');
    holder.innerHTML = html;
    const fresh = holder.content.querySelector('[data-result-body]');
    const wasOpen = body().querySelector('.more-findings')?.open;
    const more = fresh.querySelector('.more-findings');
    if (more && wasOpen) more.open = true;
    marks.closeCard(false);
    body().replaceWith(fresh);
    state.analysed = sent;
    state.analysedFields = sentFields;
    result.dataset.renderedAt = String(Math.round(performance.now()));
    markStale();
    const score = fresh.dataset.score;
    say(score ? t('result.score.status', score) : '', false);
    form.dispatchEvent(new CustomEvent('ricochet:analysed', { bubbles: true,
      detail: { score: score ? Number(score) : null } }));
  }

  /** Messages start with a capital, whatever the API's message starts with. */
  function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function say(message, isProblem) {
    status.textContent = message;
    status.classList.toggle('problem', isProblem);
  }

  function schedule() {
    state.retries = 0;
    clearTimeout(state.timer);
    state.timer = setTimeout(analyse, DELAY_MS);
  }

  // --- Editing ---

  /** Replaces part of the draft and re-analyses at once, the caret after the change, in the text area. */
  function replace(offset, count, value) {
    const text = draft.value;
    if (offset < 0 || offset + count > text.length) return;
    setDraft(text.slice(0, offset) + value + text.slice(offset + count), offset + value.length);
  }

  function setDraft(text, caret) {
    marks.closeCard(false);
    draft.value = text;
    draft.focus();
    draft.setSelectionRange(caret, caret);
    edited();
    analyse();
  }

  function edited() {
    updateCounter();
    remember();
    markStale();
  }

  // Every field survives a language switch or a reload in the same tab (sessionStorage, this tab only).
  const storageKey = 'ricochet.form:' + (form.dataset.submitUrl || location.pathname);
  function remember() {
    const data = new FormData(form);
    const saved = {};
    for (const name of ['text', 'networks', 'language', 'audience', 'kind', 'profile', 'mediaType', 'mediaAlt', 'date', 'time', 'timeZone']) {
      saved[name] = data.getAll(name);
    }
    try { sessionStorage.setItem(storageKey, JSON.stringify(saved)); } catch (e) { /* private mode */ }
  }
  function restore() {
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null'); } catch (e) { /* private mode */ }
    if (!saved || !saved.text?.[0]) return;
    draft.value = saved.text[0];
    form.querySelectorAll('input[name=networks]').forEach((box) => { box.checked = saved.networks.includes(box.value); });
    for (const name of ['language', 'audience', 'kind', 'profile', 'date', 'time', 'timeZone']) {
      const field = form.elements.namedItem(name);
      if (name === 'profile' && field?.value) continue; // a link's ?profile= wins over the tab's last one
      if (field && saved[name]?.length && [...(field.options || [{ value: saved[name][0] }])].some((o) => o.value === saved[name][0])) {
        field.value = saved[name][0];
      }
    }
    saved.mediaType.forEach((type, i) => { if (type) media.add(type, saved.mediaAlt[i] ?? ''); });
  }

  if (!draft.value) restore();
  else if (hasResult()) { // a page posted without the script: its result is current
    state.analysed = draft.value;
    state.analysedFields = fields();
  }

  draft.addEventListener('input', edited);
  form.addEventListener('input', () => { markStale(); schedule(); });
  form.addEventListener('change', () => { remember(); markStale(); schedule(); });
  form.addEventListener('submit', (event) => {
    if (form.dataset.liveSubmit === 'false') return;
    event.preventDefault();
    analyse();
  });
  // The fixes, in the result panel and in a finding's card alike.
  layout.addEventListener('click', (event) => {
    const button = event.target.closest('button[name=apply], button[name=useRewrite]');
    if (!button) return;
    event.preventDefault();
    // Offsets belong to the analysed text: if the person typed since, refresh the result instead.
    if (state.analysed !== draft.value) {
      analyse();
      return;
    }
    if (button.name === 'useRewrite') {
      setDraft(button.value, button.value.length);
      return;
    }
    const [offset, count, ...value] = button.value.split(':');
    replace(Number(offset), Number(count), value.join(':'));
  });
  result.addEventListener('change', (event) => {
    if (event.target.matches('[data-heat-network]')) analyse();
  });

  updateCounter();
  markStale();
  // A page that arrives with a draft but no current result (a host page pre-filling it, a restored draft) gets one.
  if (draft.value.trim() && state.analysed !== draft.value) analyse();
  return { analyse, replace };
}

document.querySelectorAll('form[data-editor]').forEach(initEditor);
