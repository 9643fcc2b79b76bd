// The findings inside the draft, as LanguageTool's and Grammarly's editors show them: the marked pieces of the
// server's result panel drawn again, transparent, in a mirror behind the text area (same box, font and scroll),
// so each finding is underlined under its own words; a click on one, Enter on a passage of the annotated text or
// Alt+down / Alt+up in the draft opens its card (its message and fixes), next to the word, within the form.

/**
 * @param isCurrent whether the shown result is about the draft as it stands (offsets are only right then)
 * @returns draw() after each change of draft or result, and closeCard(refocus)
 */
export function setUpMarks({ form, draft, result, t, isCurrent }) {
  const mirror = form.querySelector('[data-draft-mirror]');
  const pop = form.querySelector('[data-finding-pop]');

  /** The underlined pieces of the shown result: offset, length, severity, the cards they belong to. */
  function pieces() {
    return [...result.querySelectorAll('[data-result-body] mark[data-offset]')].map((mark) => ({
      offset: Number(mark.dataset.offset), length: mark.textContent.length, mark,
      severity: [...mark.classList].find((c) => c.startsWith('sev-')) || '', ids: mark.getAttribute('aria-describedby'),
    }));
  }

  /** The mirror holds the draft's text, transparent, with a <mark> under each finding; only for the analysed text. */
  function draw() {
    const text = draft.value;
    const nodes = [];
    let at = 0;
    if (isCurrent()) {
      for (const p of pieces()) {
        if (p.offset < at || p.offset + p.length > text.length) continue;
        nodes.push(document.createTextNode(text.slice(at, p.offset)));
        const mark = document.createElement('mark');
        mark.className = 'ul ' + p.severity;
        mark.dataset.testid = 'finding-underline';
        mark.dataset.offset = String(p.offset);
        mark.textContent = text.slice(p.offset, p.offset + p.length);
        nodes.push(mark);
        at = p.offset + p.length;
      }
    }
    // A last line break needs something after it to take its height, as the text area gives it.
    nodes.push(document.createTextNode(text.slice(at) + '\u200b'));
    mirror.replaceChildren(...nodes);
    syncMirror();
  }

  function syncMirror() {
    mirror.style.width = draft.offsetWidth + 'px';
    mirror.style.height = draft.offsetHeight + 'px';
    mirror.scrollTop = draft.scrollTop;
  }

  /** The piece under the caret, when the result is about this very text. */
  function pieceAt(caret) {
    if (!isCurrent()) return null;
    return pieces().find((p) => p.offset <= caret && caret <= p.offset + p.length) || null;
  }

  /** The card of a piece: its findings' messages and fixes, next to the underline, within the form's width. */
  function openCard(piece) {
    const items = piece.ids.split(' ').map((id) => document.getElementById(id)).filter(Boolean);
    if (!items.length) return;
    const list = document.createElement('ul');
    list.className = 'findings';
    for (const item of items) {
      const copy = item.cloneNode(true);
      copy.removeAttribute('id');
      copy.dataset.testid = 'finding-card-item';
      copy.querySelectorAll('[data-testid=suggestion-apply]').forEach((b) => { b.dataset.testid = 'finding-card-apply'; });
      list.append(copy);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'secondary small';
    close.dataset.testid = 'finding-card-close';
    close.textContent = t('editor.card.close');
    close.addEventListener('click', () => closeCard(true));
    pop.replaceChildren(list, close);
    pop.hidden = false;
    const under = mirror.querySelector(`mark[data-offset="${piece.offset}"]`);
    const box = form.getBoundingClientRect();
    const spot = under ? under.getBoundingClientRect() : draft.getBoundingClientRect();
    const left = Math.max(0, Math.min(spot.left - box.left, form.clientWidth - pop.offsetWidth));
    pop.style.left = left + 'px';
    pop.style.top = (Math.min(spot.bottom, draft.getBoundingClientRect().bottom) - box.top + 4) + 'px';
  }

  function closeCard(refocus) {
    if (pop.hidden) return;
    pop.hidden = true;
    pop.replaceChildren();
    if (refocus) draft.focus();
  }

  function showPieceAtCaret() {
    const piece = pieceAt(draft.selectionStart);
    if (piece) openCard(piece); else closeCard(false);
  }

  /** Alt+down / Alt+up: the caret jumps to the next or previous underlined passage, its card open. */
  function jump(step) {
    const all = pieces();
    if (!all.length || !isCurrent()) return;
    const caret = draft.selectionStart;
    const target = step > 0 ? all.find((p) => p.offset > caret) || all[0]
      : [...all].reverse().find((p) => p.offset + p.length < caret) || all[all.length - 1];
    select(target);
  }

  function select(piece) {
    draft.focus();
    draft.setSelectionRange(piece.offset, piece.offset + piece.length);
    openCard(piece);
  }

  const markOf = (event) => event.target.closest('[data-result-body] mark[data-offset]');
  draft.addEventListener('scroll', syncMirror);
  draft.addEventListener('click', showPieceAtCaret);
  draft.addEventListener('keydown', (event) => {
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      jump(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      closeCard(true);
    }
  });
  pop.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeCard(true); });
  new ResizeObserver(syncMirror).observe(draft);
  // The annotated text's passages are the keyboard's list of the same spans: each selects its words in the draft.
  result.addEventListener('click', (event) => {
    const mark = markOf(event);
    if (mark && isCurrent()) select(pieces().find((p) => p.mark === mark));
  });
  result.addEventListener('keydown', (event) => {
    const mark = markOf(event);
    if (mark && isCurrent() && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(pieces().find((p) => p.mark === mark));
    }
  });
  return { draw, closeCard };
}
