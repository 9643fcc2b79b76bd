// The editor's media rows: with JavaScript, rows are added and removed by buttons instead of the one blank row
// the form offers without it.

/** Wires the rows of the form; returns add(type, alt), which a restored form uses to bring its rows back. */
export function setUpMedia(form) {
  const rows = form.querySelector('[data-media-rows]');
  const addButton = form.querySelector('[data-media-add]');
  if (!rows || !addButton) return { add: () => {} };
  const template = rows.querySelector('[data-media-row]:last-child').cloneNode(true);
  let next = rows.children.length;
  const wire = (row) => {
    const remove = row.querySelector('[data-media-remove]');
    remove.hidden = false;
    remove.addEventListener('click', () => {
      row.remove();
      form.dispatchEvent(new Event('change'));
      addButton.focus();
    });
  };
  // The blank row is only for the no-JavaScript path; drop it when it is empty.
  const blank = rows.querySelector('[data-media-row]:last-child');
  if (blank && !blank.querySelector('select').value) blank.remove();
  rows.querySelectorAll('[data-media-row]').forEach(wire);
  addButton.hidden = false;
  function add(type, alt) {
    const row = template.cloneNode(true);
    for (const control of row.querySelectorAll('select, input')) {
      const base = control.tagName === 'SELECT' ? 'media-type-' : 'media-alt-';
      control.id = base + next;
      row.querySelector(`label[for^="${base}"]`).htmlFor = control.id;
      control.value = control.tagName === 'SELECT' ? type : alt;
    }
    next++;
    rows.append(row);
    wire(row);
    return row;
  }
  addButton.addEventListener('click', () => {
    add('image', '').querySelector('select').focus();
    form.dispatchEvent(new Event('change'));
  });
  return { add };
}
