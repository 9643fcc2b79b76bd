// The audit page's behaviour. Without JavaScript the form posts to /audit and the server answers the same page
// with the result. With it, the form is sent by XMLHttpRequest (fetch reports no upload progress) to the result
// URL: a progress bar while the archive uploads, then an indeterminate one with "Analysing…" while the server
// works, then the result fragment the server renders, swapped in below the form. "Save this profile" posts the
// profile to the API and shows its id with a link to the editor.
import { texts } from './dom.js';

const form = document.querySelector('[data-testid=audit-form]');
if (form) {
  initAudit(form);
}

function initAudit(form) {
  const config = JSON.parse(form.dataset.config);
  const t = texts(config);
  const token = document.querySelector('meta[name=csrf-token]')?.content;
  const progress = form.querySelector('[data-progress]');
  const bar = progress.querySelector('progress');
  const label = progress.querySelector('[data-progress-label]');
  const uploadLabel = label.textContent; // the bar's name while the archive goes up, said again on each upload
  const status = form.querySelector('[data-status]');
  const submit = form.querySelector('[data-testid=audit-submit]');
  const slot = document.querySelector('[data-audit-result]');
  let request = null;

  const say = (text, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };

  const done = () => {
    request = null;
    submit.disabled = false;
    progress.hidden = true;
    form.removeAttribute('aria-busy');
  };

  /** The problem's own words (what was wrong and what is allowed), else the HTTP status. */
  const problem = (xhr) => {
    try {
      const body = JSON.parse(xhr.responseText);
      const fields = (body.errors || []).map((e) => e.message).join(' ');
      return [body.detail, fields].filter(Boolean).join(' ') || body.title || String(xhr.status);
    } catch {
      return String(xhr.status);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (request || !form.reportValidity()) {
      return;
    }
    const xhr = new XMLHttpRequest();
    request = xhr;
    xhr.open('POST', config.resultUrl + '?lang=' + encodeURIComponent(config.lang));
    xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.setRequestHeader('Accept', 'text/html, application/problem+json');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    progress.hidden = false;
    bar.value = 0;
    label.textContent = uploadLabel;
    say(t('audit.js.uploading', 0));
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const percent = Math.round((100 * e.loaded) / e.total);
        bar.value = percent;
        say(t('audit.js.uploading', percent));
      }
    });
    xhr.upload.addEventListener('load', () => {
      bar.removeAttribute('value'); // indeterminate: the server reads and audits, no figure to give
      label.textContent = t('audit.js.analysing');
      say(t('audit.js.analysing'));
    });
    xhr.addEventListener('load', () => {
      done();
      if (xhr.status !== 200) {
        say(t('audit.js.failed', problem(xhr)), true);
        return;
      }
      slot.innerHTML = xhr.responseText; // the server's own rendering, every text escaped there
      say('');
      const result = slot.querySelector('[data-testid=audit-result]');
      setUpSave(result);
      result.focus();
    });
    xhr.addEventListener('error', () => {
      done();
      say(t('audit.js.network'), true);
    });
    xhr.send(new FormData(form));
  });

  function setUpSave(result) {
    const box = result.querySelector('[data-audit-save]');
    if (!box) {
      return;
    }
    box.hidden = false;
    const button = box.querySelector('button');
    const saved = box.querySelector('[data-save-status]');
    button.addEventListener('click', async () => {
      button.disabled = true;
      saved.textContent = t('audit.js.saving');
      try {
        const response = await fetch('/api/v1/profiles', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': token },
          body: button.dataset.profile,
        });
        const body = await response.json().catch(() => ({}));
        if (response.status !== 201 || !body.id) {
          throw new Error(body.detail || String(response.status));
        }
        saved.textContent = t('audit.js.saved', body.id) + ' ';
        const link = document.createElement('a');
        link.href = '/?profile=' + encodeURIComponent(body.id);
        link.dataset.testid = 'audit-profile-link';
        link.textContent = t('audit.js.openEditor');
        saved.append(link);
      } catch (error) {
        button.disabled = false;
        saved.textContent = t('audit.js.saveFailed', error.message);
      }
    });
  }
}
