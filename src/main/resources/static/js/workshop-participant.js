// The participant's page: the editor turns every submit of its form into a live analysis; the "submit to the
// workshop" button must post the form for real, so it says so just before the submit event (see editor.js).
document.querySelectorAll('[data-workshop-submit]').forEach((button) => {
  button.addEventListener('click', () => {
    const form = document.getElementById(button.getAttribute('form'));
    if (form) form.dataset.liveSubmit = 'false';
  });
});

// Polling for the close (see ParticipantPages#status): 3 s is "at once" for a person typing, and cheap.
const POLL_MS = 3000;
const live = document.querySelector('[data-closed-live]');
const box = document.querySelector('[data-closed-box]');
const editor = document.querySelector('[data-testid="submit-form"]');

// The draft as it stands in the editor, media rows with their alt texts, moved into the read-only copy box.
function keepDraft() {
  const form = document.getElementById('editor-form');
  if (!form) return;
  const text = form.querySelector('[name="text"]');
  if (text) box.querySelector('#closed-draft').value = text.value;
  const list = box.querySelector('[data-closed-media]');
  list.textContent = '';
  form.querySelectorAll('[data-media-row]').forEach((row) => {
    const type = row.querySelector('[name="mediaType"]');
    const alt = row.querySelector('[name="mediaAlt"]');
    if (!type || !type.value) return;
    const li = document.createElement('li');
    li.textContent = list.dataset.msgMedia.replace('{0}', type.options[type.selectedIndex].text)
      .replace('{1}', alt ? alt.value : '');
    list.appendChild(li);
  });
}

function showClosed() {
  keepDraft();
  if (editor) editor.hidden = true;
  box.hidden = false;
  if (!live.querySelector('[data-testid="closed"]')) {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.dataset.testid = 'closed';
    notice.textContent = live.dataset.closedText;
    live.appendChild(notice);
  }
}

function poll(timer) {
  fetch(live.dataset.statusUrl, { headers: { Accept: 'application/json' }, cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((status) => {
      if (status && status.closed) {
        clearInterval(timer);
        showClosed();
      }
    })
    .catch(() => {}); // a network blip: the next round tries again
}

if (live && box && editor && !editor.hidden) {
  const timer = setInterval(() => poll(timer), POLL_MS);
}
